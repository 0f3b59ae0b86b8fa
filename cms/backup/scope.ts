import type { CollectionSlug, GlobalSlug, Payload, PayloadRequest } from 'payload'

/**
 * Payload's own bookkeeping collections, left out of every backup (docs/backup.md lists them):
 * none of them is content, and restoring them would do harm or nothing.
 */
export const EXCLUDED_COLLECTIONS: Record<string, string> = {
  'payload-migrations': '数据库迁移记录：目标数据库启动时自行迁移并记录',
  'payload-locked-documents': '编辑锁：只对备份时正在编辑的会话有意义',
  'payload-preferences': '后台界面偏好（列宽、折叠状态），按用户保存',
  'payload-kv': 'Payload 的键值缓存',
  'payload-jobs': '后台任务队列',
}

export type CollectionScope = { slug: CollectionSlug; versions: boolean; auth: boolean }
export type GlobalScope = { slug: GlobalSlug; versions: boolean }

/** Every collection of the config except the excluded ones, in the config's order. */
export function collectionsInScope(payload: Payload): CollectionScope[] {
  return payload.config.collections
    .filter((c) => !(c.slug in EXCLUDED_COLLECTIONS))
    .map((c) => ({ slug: c.slug as CollectionSlug, versions: Boolean(c.versions), auth: Boolean(c.auth) }))
}

export function globalsInScope(payload: Payload): GlobalScope[] {
  return payload.config.globals.map((g) => ({ slug: g.slug as GlobalSlug, versions: Boolean(g.versions) }))
}

/** Migrations the database has run, oldest first (none on MongoDB, whose schema needs none). */
export async function migrationNames(payload: Payload, req: PayloadRequest): Promise<string[]> {
  const { docs } = await payload.db.find({
    collection: 'payload-migrations',
    limit: 0,
    pagination: false,
    sort: 'id',
    req,
  })
  // batch -1 marks the development "push" pseudo-migration, which is not part of the schema.
  return (docs as { name?: string; batch?: number }[])
    .filter((m) => m.batch !== -1 && m.name)
    .map((m) => m.name as string)
}

/** What lets someone log in as the user: kept only with --with-password-hashes. */
export const PASSWORD_FIELDS = ['hash', 'salt'] as const

/**
 * Never kept: open login sessions and pending reset links are tied to the source server (its
 * secret, its mail) and would only be a way in.
 */
export const SESSION_FIELDS = ['sessions', 'resetPasswordToken', 'resetPasswordExpiration'] as const

/** A user document as it goes into the archive. */
export function withoutCredentials(doc: Record<string, unknown>, keepPasswordHashes: boolean): Record<string, unknown> {
  const copy = { ...doc }
  for (const field of SESSION_FIELDS) delete copy[field]
  if (!keepPasswordHashes) for (const field of PASSWORD_FIELDS) delete copy[field]
  return copy
}
