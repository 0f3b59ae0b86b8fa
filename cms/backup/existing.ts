import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { countMediaFiles } from './media'
import { collectionsInScope, globalsInScope } from './scope'

/** Collections outside the backup that point at documents a --force restore deletes. */
const STALE_WITH_CONTENT = ['payload-locked-documents', 'payload-preferences'] as CollectionSlug[]

const ALL: { id: { exists: true } } = { id: { exists: true } }

/**
 * What the target already holds, one Chinese phrase per non-empty collection, global or the
 * media folder; an empty list means restore may write.
 */
export async function describeExisting(payload: Payload, req: PayloadRequest, mediaDir: string): Promise<string[]> {
  const found: string[] = []
  for (const { slug, versions } of collectionsInScope(payload)) {
    const { totalDocs } = await payload.db.count({ collection: slug, req })
    const versionCount = versions ? (await payload.db.countVersions({ collection: slug, req })).totalDocs : 0
    if (totalDocs + versionCount > 0) found.push(`集合 ${slug} 有 ${totalDocs} 个文档、${versionCount} 个版本`)
  }
  for (const { slug, versions } of globalsInScope(payload)) {
    const doc = (await payload.db.findGlobal({ slug, req })) as { id?: unknown } | null
    const versionCount = versions ? (await payload.db.countGlobalVersions({ global: slug, req })).totalDocs : 0
    if (doc?.id !== undefined || versionCount > 0) found.push(`全局设置 ${slug} 已保存`)
  }
  const files = await countMediaFiles(mediaDir)
  if (files > 0) found.push(`媒体目录 ${mediaDir} 有 ${files} 个文件`)
  return found
}

/**
 * --force: deletes every document and version the backup covers (globals are overwritten in
 * place), plus the editing locks and admin preferences that would point at deleted documents.
 * Runs inside the restore's transaction, so a failure brings all of it back.
 */
export async function clearContent(payload: Payload, req: PayloadRequest): Promise<void> {
  for (const { slug, versions } of collectionsInScope(payload)) {
    if (versions) await payload.db.deleteVersions({ collection: slug, where: ALL, req })
    await payload.db.deleteMany({ collection: slug, where: ALL, req })
  }
  for (const slug of STALE_WITH_CONTENT) {
    if (payload.collections[slug]) await payload.db.deleteMany({ collection: slug, where: ALL, req })
  }
  for (const { slug, versions } of globalsInScope(payload)) {
    if (versions) await payload.db.deleteVersions({ globalSlug: slug, where: ALL, req })
  }
}
