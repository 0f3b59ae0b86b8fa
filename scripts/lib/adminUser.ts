import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

export type AdminAccount =
  | { kind: 'existing' }
  | { kind: 'environment'; email: string }
  | { kind: 'generated'; email: string; password: string }

/**
 * The first administrator: from ADMIN_EMAIL / ADMIN_PASSWORD when set, otherwise a generated
 * password that the caller prints once. Never a fixed, published password. Does nothing once
 * any user exists.
 */
export async function ensureAdmin(payload: Payload): Promise<AdminAccount> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return { kind: 'existing' }
  const email = process.env.ADMIN_EMAIL || 'admin@example.org'
  const fromEnv = Boolean(process.env.ADMIN_PASSWORD)
  const password = process.env.ADMIN_PASSWORD || randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: '系统管理员', role: 'admin' } as never,
    overrideAccess: true,
    context: { skipPublish: true },
  })
  return fromEnv ? { kind: 'environment', email } : { kind: 'generated', email, password }
}
