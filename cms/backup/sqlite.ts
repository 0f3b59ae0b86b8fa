import type { Payload, PayloadRequest } from 'payload'

/**
 * SQLite only (MongoDB has no foreign keys): the few raw statements a restore needs, run on
 * the restore's own transaction. Payload's SQLite adapter keeps that transaction's connection
 * in `sessions`, keyed by the request's transaction id.
 */
type SqliteAdapter = {
  name: string
  sessions?: Record<string, { db: unknown }>
  execute: (args: { db: unknown; raw: string }) => Promise<{ rows?: Record<string, unknown>[] }>
}

async function run(payload: Payload, req: PayloadRequest, raw: string): Promise<Record<string, unknown>[]> {
  const db = payload.db as unknown as SqliteAdapter
  const session = db.sessions?.[String(await req.transactionID)]
  if (!session) throw new Error('恢复的数据库事务已结束，无法继续')
  return (await db.execute({ db: session.db, raw })).rows ?? []
}

/**
 * A document may point at one with a larger id (a 责任单位 whose parent was created later),
 * so foreign keys are checked at commit instead of at each insert. SQLite switches this off
 * again by itself when the transaction ends.
 */
export async function deferForeignKeys(payload: Payload, req: PayloadRequest): Promise<void> {
  if (payload.db.name === 'sqlite') await run(payload, req, 'PRAGMA defer_foreign_keys = ON')
}

/**
 * Fails with the first dangling reference, before commit. Needed because Payload's commit
 * swallows a failed COMMIT (which is where SQLite reports deferred foreign keys): the restore
 * would say "done" with nothing written.
 */
export async function checkForeignKeys(payload: Payload, req: PayloadRequest): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const violations = await run(payload, req, 'PRAGMA foreign_key_check')
  if (violations.length === 0) return
  const first = violations[0]
  throw new Error(
    `备份中有 ${violations.length} 处引用指向不存在的记录（例如表 ${String(first.table)} 第 ${String(first.rowid)} 行引用 ${String(first.parent)}），未恢复任何数据`,
  )
}
