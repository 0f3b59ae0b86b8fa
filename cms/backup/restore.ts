import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type GlobalSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { dataDir, mediaDir } from '../../content/shared/paths'
import { resetAdminPassword, type NewAdminPassword } from './adminPassword'
import { checkCompatible } from './compatibility'
import { clearContent, describeExisting } from './existing'
import { documentsFile, globalFile, globalVersionsFile, versionsFile, type Manifest } from './format'
import { readJsonl } from './jsonl'
import { swapMediaDir } from './media'
import { collectionsInScope } from './scope'
import { checkForeignKeys, deferForeignKeys } from './sqlite'
import { openArchive } from './verify'

export type RestoreOptions = {
  archive: string
  /** Replace a non-empty database (and media folder) instead of refusing. */
  force?: boolean
  /** Progress lines (Chinese); silent when left out. */
  log?: (msg: string) => void
}

export type RestoreResult = {
  manifest: Manifest
  /** Phrases describing what --force replaced; empty for an empty database. */
  replaced: string[]
  /** Restored accounts of the admin's user collection. */
  users: number
  /** Set when the archive had no password hashes and an administrator got a new password. */
  adminPassword: NewAdminPassword | null
  warnings: string[]
}

type Doc = Record<string, unknown>

/** Rethrows a failed write naming what was being written and, for a validation error, which fields. */
const failed =
  (what: string) =>
  (error: unknown): never => {
    const fields = ((error as { data?: { errors?: { path?: string }[] } }).data?.errors ?? [])
      .map((e) => e.path)
      .filter(Boolean)
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`写入${what}失败：${reason}${fields.length > 0 ? `（字段 ${fields.join('、')}）` : ''}`, {
      cause: error,
    })
  }

/**
 * Restores an archive of `npm run backup` into this database: checks the whole archive first
 * (./verify.ts), refuses a database that already holds content unless `force`, then writes
 * every document with its id, every version and global, in one transaction, and swaps in the
 * media folder. On any failure the transaction is rolled back and the media folder put back,
 * so the database and the folder are as they were.
 *
 * Version rows get new ids (Payload's adapters assign them; nothing refers to them); they are
 * written in their original order, which reproduces their `latest` flags.
 */
export async function restoreBackup(payload: Payload, options: RestoreOptions): Promise<RestoreResult> {
  const log = options.log ?? (() => {})
  const archive = path.resolve(options.archive)
  const staging = path.join(dataDir(), `.restore-${process.pid}-${randomBytes(4).toString('hex')}`)
  const unpacked = path.join(staging, 'archive')
  await mkdir(unpacked, { recursive: true })
  try {
    log(`检查备份 ${archive} ……`)
    const manifest = await openArchive(archive, unpacked)
    const req = await createLocalReq({ context: { skipPublish: true } }, payload)
    const warnings = await checkCompatible(payload, req, manifest)
    const existing = await describeExisting(payload, req, mediaDir())
    if (existing.length > 0 && !options.force) {
      throw new Error(
        `目标数据库不是空的（${existing.join('；')}）。恢复只写入空数据库；` +
          '确认要用备份替换现有的全部内容时，加 --force（在同一事务中先删除现有文档、版本和媒体文件，再写入备份）。',
      )
    }
    if (!(await initTransaction(req))) {
      throw new Error(
        '数据库没有启用事务，恢复失败时可能留下部分数据，因此未写入任何内容（SQLite 需设置 PAYLOAD_DB_TRANSACTIONS=1；MongoDB 需要副本集）',
      )
    }
    let undoMedia: (() => Promise<void>) | undefined
    try {
      await deferForeignKeys(payload, req)
      if (existing.length > 0) {
        log('删除现有内容（--force）……')
        await clearContent(payload, req)
      }
      const users = await writeCollections(payload, req, unpacked, manifest, log)
      await writeGlobals(payload, req, unpacked, manifest)
      const adminPassword =
        !manifest.passwordHashes && users.length > 0 ? await resetAdminPassword(payload, req, users) : null
      await checkForeignKeys(payload, req)
      undoMedia = await swapMediaDir(mediaDir(), path.join(unpacked, 'media'), path.join(staging, 'previous-media'))
      await commitTransaction(req)
      await checkCommitted(payload, manifest)
      return { manifest, replaced: existing, users: users.length, adminPassword, warnings }
    } catch (error) {
      await killTransaction(req)
      await undoMedia?.()
      throw error
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** Documents (ids kept) of every collection, then their versions. Returns the admin's user accounts. */
async function writeCollections(
  payload: Payload,
  req: PayloadRequest,
  dir: string,
  manifest: Manifest,
  log: (msg: string) => void,
): Promise<Doc[]> {
  const scope = collectionsInScope(payload).filter((c) => c.slug in manifest.collections)
  const users: Doc[] = []
  for (const { slug } of scope) {
    for await (const batch of readJsonl(path.join(dir, documentsFile(slug)), documentsFile(slug))) {
      for (const doc of batch) {
        await payload.db
          .create({ collection: slug, customID: doc.id as number | string, data: doc, req, returning: false })
          .catch(failed(`集合 ${slug} 的文档（编号 ${String(doc.id)}）`))
        if (slug === payload.config.admin.user) users.push(doc)
      }
    }
    if (manifest.collections[slug].documents > 0) log(`  ${slug}：${manifest.collections[slug].documents} 个文档`)
  }
  for (const { slug } of scope) {
    if (manifest.collections[slug].versions === null) continue
    for await (const batch of readJsonl(path.join(dir, versionsFile(slug)), versionsFile(slug))) {
      for (const v of batch) {
        await payload.db
          .createVersion({
            collectionSlug: slug,
            parent: v.parent as number | string,
            versionData: v.version as Doc,
            autosave: Boolean(v.autosave),
            createdAt: v.createdAt as string,
            updatedAt: v.updatedAt as string,
            ...(v.publishedLocale ? { publishedLocale: v.publishedLocale as string } : {}),
            ...(v.snapshot ? { snapshot: true as const } : {}),
            req,
            returning: false,
          })
          .catch(failed(`集合 ${slug} 的版本（文档编号 ${String(v.parent)}）`))
      }
    }
    if (manifest.collections[slug].versions) log(`  ${slug}：${manifest.collections[slug].versions} 个版本`)
  }
  return users
}

async function writeGlobals(payload: Payload, req: PayloadRequest, dir: string, manifest: Manifest): Promise<void> {
  for (const [name, counts] of Object.entries(manifest.globals)) {
    const slug = name as GlobalSlug
    if (counts.document) {
      const {
        id: _id,
        globalType: _type,
        ...data
      } = JSON.parse(await readFile(path.join(dir, globalFile(slug)), 'utf8')) as Doc
      // updateGlobal, not createGlobal: it also overwrites one left by --force, and keeps createdAt.
      await payload.db.updateGlobal({ slug, data, req, returning: false })
    }
    if (counts.versions === null) continue
    for await (const batch of readJsonl(path.join(dir, globalVersionsFile(slug)), globalVersionsFile(slug))) {
      for (const v of batch) {
        await payload.db.createGlobalVersion({
          globalSlug: slug,
          versionData: v.version as Doc,
          autosave: Boolean(v.autosave),
          createdAt: v.createdAt as string,
          updatedAt: v.updatedAt as string,
          ...(v.publishedLocale ? { publishedLocale: v.publishedLocale as string } : {}),
          ...(v.snapshot ? { snapshot: true as const } : {}),
          req,
          returning: false,
        })
      }
    }
  }
}

/**
 * Reads the counts back outside the transaction: Payload's SQLite adapter does not report a
 * COMMIT that failed, and a restore must never say "done" when nothing was written.
 */
async function checkCommitted(payload: Payload, manifest: Manifest): Promise<void> {
  for (const [slug, counts] of Object.entries(manifest.collections)) {
    const { totalDocs } = await payload.db.count({ collection: slug as CollectionSlug })
    if (totalDocs !== counts.documents) {
      throw new Error(`恢复未能提交：集合 ${slug} 应有 ${counts.documents} 个文档，数据库中为 ${totalDocs} 个`)
    }
  }
}
