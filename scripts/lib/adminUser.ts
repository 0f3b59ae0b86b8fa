import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { passwordProblem } from '../../cms/auth/passwordPolicy'

export type AdminAccount =
  { kind: 'existing' } | { kind: 'environment'; email: string } | { kind: 'generated'; email: string; password: string }

/** 16 random characters; drawn again in the unlikely case one contains the address. */
function generatedPassword(email: string): string {
  let password: string
  do password = randomBytes(12).toString('base64url')
  while (passwordProblem(password, email))
  return password
}

/**
 * The first administrator: from ADMIN_EMAIL / ADMIN_PASSWORD when set, otherwise a generated
 * password that the caller prints once. Never a fixed, published password. Does nothing once
 * any user exists. An ADMIN_PASSWORD the password policy refuses stops the start with the
 * reason; with no user created, the next start finishes the first run.
 */
export async function ensureAdmin(payload: Payload): Promise<AdminAccount> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return { kind: 'existing' }
  const email = process.env.ADMIN_EMAIL || 'admin@example.org'
  const fromEnv = Boolean(process.env.ADMIN_PASSWORD)
  const password = process.env.ADMIN_PASSWORD || generatedPassword(email)
  const problem = passwordProblem(password, email)
  if (problem) throw new Error(`ADMIN_PASSWORD 不符合密码要求：${problem}`)
  await payload.create({
    collection: 'users',
    data: { email, password, name: '系统管理员', role: 'admin' } as never,
    overrideAccess: true,
    context: { skipPublish: true },
  })
  return fromEnv ? { kind: 'environment', email } : { kind: 'generated', email, password }
}
