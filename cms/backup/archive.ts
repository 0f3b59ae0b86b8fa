import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

import { create, extract, list, type ReadEntry } from 'tar'

import { PRIVATE_FILE_MODE } from '../lib/privateFiles'
import { MANIFEST_FILE, type FileEntry, type Manifest } from './format'

export async function sha256File(file: string): Promise<FileEntry> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { size, sha256: hash.digest('hex') }
}

/**
 * A link cache that remembers nothing: staged media files are hard links to the live ones, and
 * tar would otherwise store a second path to the same file as a link entry, which restore
 * refuses (it accepts plain files and folders only).
 */
class NoHardLinks extends Map<never, string> {
  override set(): this {
    return this
  }
}

/** Packs manifest.json and the listed files of `dir` into a gzipped tar at `file`. */
export async function packArchive(dir: string, files: string[], file: string): Promise<void> {
  // Owner only: the archive holds every account's e-mail, and with --with-password-hashes their hashes.
  await create({ gzip: true, cwd: dir, file, mode: PRIVATE_FILE_MODE, portable: true, linkCache: new NoHardLinks() }, [
    MANIFEST_FILE,
    ...files,
  ])
}

/**
 * Reads the written archive back and checks every entry against the manifest, so a file that
 * changed while it was being packed (or a bad disk) fails the backup now, not the restore later.
 */
export async function checkArchive(file: string, manifest: Manifest): Promise<void> {
  const seen = new Map<string, Promise<FileEntry>>()
  await list({
    file,
    onReadEntry: (entry: ReadEntry) => {
      if (entry.type !== 'File' || entry.path === MANIFEST_FILE) return
      const hash = createHash('sha256')
      let size = 0
      seen.set(
        entry.path,
        new Promise((resolve) => {
          entry.on('data', (chunk: Buffer) => {
            hash.update(chunk)
            size += chunk.length
          })
          entry.on('end', () => resolve({ size, sha256: hash.digest('hex') }))
        }),
      )
    },
  })
  for (const [name, expected] of Object.entries(manifest.files)) {
    const actual = await seen.get(name)
    if (!actual) throw new Error(`备份自检失败：归档中缺少 ${name}`)
    if (actual.sha256 !== expected.sha256 || actual.size !== expected.size) {
      throw new Error(`备份自检失败：${name} 在打包时发生了变化（请在无人上传文件时重新备份）`)
    }
  }
}

/**
 * Unpacks an archive into the empty folder `dir`. Only plain files and folders are accepted:
 * links or device entries, absolute paths and `..` (tar's strict mode) fail with the entry's
 * name, so nothing is ever written outside `dir`.
 */
export async function unpackArchive(file: string, dir: string): Promise<void> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `找不到备份文件 ${file}` : `无法读取备份文件 ${file}：${error.message}`)
  })
  if (!info.isFile()) throw new Error(`${file} 不是文件`)
  let refused: string | undefined
  try {
    await extract({
      file,
      cwd: dir,
      strict: true,
      filter: (name, entry) => {
        const type = 'type' in entry ? entry.type : 'File'
        if (type === 'File' || type === 'Directory') return true
        refused ??= `${name}（${type}）`
        return false
      },
    })
  } catch (error) {
    throw new Error(`备份文件 ${file} 已损坏或不是 .tar.gz 备份：${(error as Error).message}`, { cause: error })
  }
  if (refused) throw new Error(`备份文件 ${file} 含有不允许的条目 ${refused}：只接受普通文件和目录`)
}

/**
 * Relative paths of every file under `dir` (forward slashes, as in the archive), sorted.
 * Anything but files and folders (a symbolic link, a socket) is an error naming it.
 */
export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = []
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...(await listFiles(dir, name)))
    else if (entry.isFile()) files.push(name)
    else throw new Error(`${path.join(dir, name)} 不是普通文件或目录，无法备份`)
  }
  return files.sort()
}

/**
 * Checks the unpacked files against the manifest: each one present, of its size and SHA-256,
 * and no file the manifest does not list.
 */
export async function verifyFiles(dir: string, manifest: Manifest): Promise<void> {
  const present = new Set((await listFiles(dir)).filter((f) => f !== MANIFEST_FILE))
  for (const [name, expected] of Object.entries(manifest.files)) {
    if (!present.delete(name)) throw new Error(`备份不完整：清单列出的 ${name} 不在归档中`)
    const actual = await sha256File(path.join(dir, name))
    if (actual.size !== expected.size || actual.sha256 !== expected.sha256) {
      throw new Error(
        `备份校验失败：${name} 与清单不符（清单 ${expected.size} 字节、SHA-256 ${expected.sha256.slice(0, 12)}…；` +
          `实际 ${actual.size} 字节、${actual.sha256.slice(0, 12)}…）。备份已损坏或被改动，不能恢复。`,
      )
    }
  }
  const extra = [...present]
  if (extra.length > 0)
    throw new Error(
      `备份含有清单未列出的文件：${extra.slice(0, 5).join('、')}${extra.length > 5 ? ` 等 ${extra.length} 个` : ''}`,
    )
}
