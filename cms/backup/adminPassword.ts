import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

export type NewAdminPassword = { email: string; password: string; fromEnv: boolean }

/**
 * A backup without password hashes restores accounts nobody can log in to, and `npm start`
 * only creates an administrator when there is no user at all. So one administrator gets a new
 * password here, in the restore's transaction: the account of ADMIN_EMAIL when it is a
 * restored administrator, else the first one in the archive (the lowest id); ADMIN_PASSWORD, else a
 * generated one the caller prints once (as scripts/lib/adminUser.ts does on first start).
 *
 * Payload hashes it (a Local API update); the account's other fields, updatedAt included, are
 * then put back as they were in the archive, so only the password differs from the backup.
 */
export async function resetAdminPassword(
  payload: Payload,
  req: PayloadRequest,
  users: Record<string, unknown>[],
): Promise<NewAdminPassword | null> {
  const admins = users.filter((u) => u.role === 'admin')
  const wanted = process.env.ADMIN_EMAIL?.toLowerCase()
  const admin = admins.find((u) => String(u.email).toLowerCase() === wanted) ?? admins[0]
  if (!admin) return null
  const fromEnv = Boolean(process.env.ADMIN_PASSWORD)
  const password = process.env.ADMIN_PASSWORD || randomBytes(12).toString('base64url')
  const id = admin.id as number | string
  const collection = payload.config.admin.user as 'users'
  await payload
    .update({
      collection,
      id,
      data: { password } as never,
      overrideAccess: true,
      req,
      context: { skipPublish: true },
    })
    .catch((error: unknown) => {
      throw new Error(
        `为管理员 ${String(admin.email)} 设置新密码失败：${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      )
    })
  const hashed = (await payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    req,
  })) as Record<string, unknown> | null
  if (!hashed?.hash) throw new Error(`无法为管理员 ${String(admin.email)} 设置新密码`)
  const { id: _id, ...fields } = admin
  await payload.db.updateOne({
    collection,
    id,
    data: { ...fields, hash: hashed.hash, salt: hashed.salt },
    req,
    returning: false,
  })
  return { email: String(admin.email), password, fromEnv }
}
