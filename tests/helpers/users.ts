import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { User } from '../../cms/payload-types'

export type StaffUsers = { admin: User; editor: User; reviewer: User }

/**
 * One account per role. The admin is created first on purpose: the first account of an
 * empty database always becomes an admin.
 */
export async function createStaff(payload: Payload): Promise<StaffUsers> {
  const tag = randomBytes(4).toString('hex')
  const create = (role: User['role']) =>
    payload.create({
      collection: 'users',
      data: { email: `${role}-${tag}@example.test`, password: `pw-${tag}-${role}`, name: `测试${role}`, role },
    })
  const admin = await create('admin')
  return { admin, editor: await create('editor'), reviewer: await create('reviewer') }
}

/** Removes the accounts again. */
export async function deleteStaff(payload: Payload, users: StaffUsers | undefined): Promise<void> {
  if (!users) return
  await payload.delete({ collection: 'users', where: { id: { in: Object.values(users).map((u) => u.id) } } })
}
