import { createHash, randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { User } from '../../cms/payload-types'

export type StaffUsers = { admin: User; editor: User; reviewer: User }

/**
 * The password the helpers here give an account, for signing in (e.g. POST /api/users/login):
 * derived from the address, yet long enough and free of it, as cms/auth/passwordPolicy.ts asks.
 */
export const passwordOf = (user: Pick<User, 'email'>): string =>
  `测试口令-${createHash('sha256').update(user.email.toLowerCase()).digest('hex').slice(0, 16)}`

/** A fresh password that passes the password policy, for accounts made outside these helpers. */
export const newPassword = (): string => `测试口令-${randomBytes(8).toString('hex')}`

const createAccount = (
  payload: Payload,
  data: { email: string; name: string; role: User['role']; department?: number },
) => payload.create({ collection: 'users', data: { ...data, password: passwordOf(data) } })

/**
 * One account per role. The admin is created first on purpose: the first account of an
 * empty database always becomes an admin.
 */
export async function createStaff(payload: Payload): Promise<StaffUsers> {
  const tag = randomBytes(4).toString('hex')
  const create = (role: User['role']) =>
    createAccount(payload, { email: `${role}-${tag}@example.test`, name: `测试${role}`, role })
  const admin = await create('admin')
  return { admin, editor: await create('editor'), reviewer: await create('reviewer') }
}

/** A 单位联络员 bound to `department` (create an admin first: the first account becomes one). */
export function createLiaison(payload: Payload, department: number, name = '测试联络员'): Promise<User> {
  const tag = randomBytes(4).toString('hex')
  return createAccount(payload, { email: `liaison-${tag}@example.test`, name, role: 'liaison', department })
}

/** Removes the accounts again. */
export async function deleteStaff(payload: Payload, users: StaffUsers | undefined): Promise<void> {
  if (!users) return
  await payload.delete({ collection: 'users', where: { id: { in: Object.values(users).map((u) => u.id) } } })
}
