import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { createLocalReq, type Payload, type Where } from 'payload'

import { mediaDir } from '../../content/shared/paths'
import { PRIVATE_DIR_MODE } from '../lib/privateFiles'
import { checkArchive, packArchive } from './archive'
import {
  chinaIso,
  documentsFile,
  FORMAT,
  FORMAT_VERSION,
  globalFile,
  globalVersionsFile,
  MANIFEST_FILE,
  versionsFile,
  type FileEntry,
  type Manifest,
} from './format'
import { JsonlWriter } from './jsonl'
import { stageMedia } from './media'
import { collectionsInScope, globalsInScope, migrationNames, withoutCredentials } from './scope'

export type BackupOptions = {
  /** The archive to write; it must not exist yet. */
  out: string
  /** Keep users' password hashes and salts (off: restored users get new passwords). */
  withPasswordHashes?: boolean
  now?: Date
  /** Documents per query: a page is read, written and dropped before the next one. */
  pageSize?: number
}

type Row = Record<string, unknown> & { id: number | string }

/**
 * Every row of a collection or of its versions, a page at a time, in id order. Paged by id
 * rather than by offset so that a row written meanwhile cannot shift a page.
 */
async function* pages(
  read: (where: Where, limit: number) => Promise<{ docs: unknown[] }>,
  pageSize: number,
): AsyncGenerator<Row[]> {
  let last: number | string | undefined
  for (;;) {
    const { docs } = await read(last === undefined ? {} : { id: { greater_than: last } }, pageSize)
    if (docs.length === 0) return
    yield docs as Row[]
    last = (docs[docs.length - 1] as Row).id
    if (docs.length < pageSize) return
  }
}

function payloadVersion(): string {
  // payload's package.json is not in its exports map: find it next to the resolved entry.
  let dir = path.dirname(createRequire(import.meta.url).resolve('payload'))
  for (; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
      if (pkg.name === 'payload') return pkg.version
    } catch {
      // not this folder
    }
  }
  return 'unknown'
}

/**
 * Writes one archive with every document, version and draft, every global, the media files
 * and a manifest (see ./format.ts). Reads go to the database adapter directly, so no hook or
 * access rule changes what is saved. The archive appears at `out` complete or not at all.
 */
export async function createBackup(
  payload: Payload,
  options: BackupOptions,
): Promise<{ file: string; manifest: Manifest }> {
  const out = path.resolve(options.out)
  if (await stat(out).catch(() => null)) throw new Error(`${out} 已存在：备份不会覆盖已有文件，请换一个文件名`)
  // A folder created here (the default <DATA_DIR>/backups) is private; the archive always is,
  // and so is the staging folder next to it, which holds the same data unpacked.
  await mkdir(path.dirname(out), { recursive: true, mode: PRIVATE_DIR_MODE })
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`
  const staging = path.join(path.dirname(out), `.backup-${tag}`)
  const partial = `${out}.${tag}.partial`
  const req = await createLocalReq({}, payload)
  const keepHashes = options.withPasswordHashes ?? false
  const pageSize = options.pageSize ?? 500
  const files: Record<string, FileEntry> = {}
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: chinaIso(options.now ?? new Date()),
    payloadVersion: payloadVersion(),
    database: payload.db.name,
    migrations: await migrationNames(payload, req),
    passwordHashes: keepHashes,
    collections: {},
    globals: {},
    media: { files: 0, bytes: 0 },
    files,
  }

  const writeJsonl = async (name: string, rows: AsyncGenerator<Row[]>, map: (row: Row) => unknown = (r) => r) => {
    await mkdir(path.join(staging, path.dirname(name)), { recursive: true })
    const writer = await JsonlWriter.create(path.join(staging, name))
    try {
      for await (const page of rows) await writer.write(page.map(map))
    } finally {
      files[name] = await writer.close()
    }
    return writer.count
  }

  try {
    await mkdir(staging, { mode: PRIVATE_DIR_MODE })
    for (const { slug, versions, auth } of collectionsInScope(payload)) {
      const documents = await writeJsonl(
        documentsFile(slug),
        pages(
          (where, limit) => payload.db.find({ collection: slug, where, sort: 'id', limit, pagination: false, req }),
          pageSize,
        ),
        auth ? (doc) => withoutCredentials(doc, keepHashes) : undefined,
      )
      const versionCount = versions
        ? await writeJsonl(
            versionsFile(slug),
            pages(
              (where, limit) =>
                payload.db.findVersions({ collection: slug, where, sort: 'id', limit, pagination: false, req }),
              pageSize,
            ),
          )
        : null
      manifest.collections[slug] = { documents, versions: versionCount }
    }
    for (const { slug, versions } of globalsInScope(payload)) {
      const doc = (await payload.db.findGlobal({ slug, req })) as Record<string, unknown>
      const saved = Boolean(doc && doc.id !== undefined)
      if (saved) {
        const name = globalFile(slug)
        await mkdir(path.join(staging, path.dirname(name)), { recursive: true })
        const body = Buffer.from(`${JSON.stringify(doc)}\n`, 'utf8')
        await writeFile(path.join(staging, name), body, { flag: 'wx' })
        files[name] = { size: body.length, sha256: createHash('sha256').update(body).digest('hex') }
      }
      const versionCount = versions
        ? await writeJsonl(
            globalVersionsFile(slug),
            pages(
              (where, limit) =>
                payload.db.findGlobalVersions({ global: slug, where, sort: 'id', limit, pagination: false, req }),
              pageSize,
            ),
          )
        : null
      manifest.globals[slug] = { document: saved, versions: versionCount }
    }

    const media = await stageMedia(mediaDir(), staging)
    Object.assign(files, media)
    manifest.media = {
      files: Object.keys(media).length,
      bytes: Object.values(media).reduce((sum, f) => sum + f.size, 0),
    }

    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' })
    await packArchive(staging, Object.keys(files), partial)
    await checkArchive(partial, manifest)
    if (await stat(out).catch(() => null)) throw new Error(`${out} 已存在：备份不会覆盖已有文件，请换一个文件名`)
    await rename(partial, out)
    return { file: out, manifest }
  } finally {
    await rm(staging, { recursive: true, force: true })
    await rm(partial, { force: true })
  }
}
