import type { Payload, PayloadRequest } from 'payload'

import type { Manifest } from './format'
import { collectionsInScope, globalsInScope, migrationNames } from './scope'

/**
 * Whether this program can take the archive's documents: the same kind of database (SQLite
 * ids are numbers, MongoDB's are ObjectIds), no collection or global it does not know, and no
 * migration it has not got (a backup from a newer release). Returns warnings for what is
 * allowed but worth saying; throws for what is not.
 */
export async function checkCompatible(payload: Payload, req: PayloadRequest, manifest: Manifest): Promise<string[]> {
  const warnings: string[] = []
  if (manifest.database !== payload.db.name) {
    throw new Error(
      `备份来自 ${manifest.database} 数据库，当前数据库是 ${payload.db.name}：两者的文档编号格式不同，不能恢复`,
    )
  }
  const collections = new Set<string>(collectionsInScope(payload).map((c) => c.slug))
  const globals = new Set<string>(globalsInScope(payload).map((g) => g.slug))
  const unknown = [
    ...Object.keys(manifest.collections)
      .filter((slug) => !collections.has(slug))
      .map((slug) => `集合「${slug}」`),
    ...Object.keys(manifest.globals)
      .filter((slug) => !globals.has(slug))
      .map((slug) => `全局设置「${slug}」`),
  ]
  if (unknown.length > 0)
    throw new Error(`备份中的${unknown.join('、')}在当前程序中不存在（备份来自其他版本的程序？），未恢复任何数据`)

  const applied = new Set(await migrationNames(payload, req))
  const newer = manifest.migrations.filter((name) => !applied.has(name))
  if (newer.length > 0) {
    throw new Error(`备份来自更新版本的程序：本程序没有它的数据库迁移 ${newer.join('、')}。请先升级程序再恢复。`)
  }
  const archived = new Set(manifest.migrations)
  const later = [...applied].filter((name) => !archived.has(name))
  if (later.length > 0)
    warnings.push(`备份来自较早版本的程序（之后新增的迁移：${later.join('、')}）：文档按当前结构写入，新增的字段为空。`)
  const missing = [...collections].filter((slug) => !(slug in manifest.collections))
  if (missing.length > 0) warnings.push(`备份中没有集合 ${missing.join('、')}，恢复后为空。`)
  return warnings
}
