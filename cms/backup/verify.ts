import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { unpackArchive, verifyFiles } from './archive'
import {
  documentsFile,
  FORMAT,
  FORMAT_VERSION,
  globalFile,
  globalVersionsFile,
  MANIFEST_FILE,
  MEDIA_PREFIX,
  versionsFile,
  type Manifest,
} from './format'
import { readJsonl } from './jsonl'

async function readManifest(dir: string, file: string): Promise<Manifest> {
  let text: string
  try {
    text = await readFile(path.join(dir, MANIFEST_FILE), 'utf8')
  } catch {
    throw new Error(`${file} 中没有 ${MANIFEST_FILE}：这不是本系统（npm run backup）生成的备份`)
  }
  let manifest: Partial<Manifest>
  try {
    manifest = JSON.parse(text)
  } catch (error) {
    throw new Error(`${file} 中的 ${MANIFEST_FILE} 不是有效的 JSON：${(error as Error).message}`)
  }
  if (manifest.format !== FORMAT)
    throw new Error(`${file} 不是本系统的备份（清单格式为「${String(manifest.format)}」）`)
  if (manifest.formatVersion !== FORMAT_VERSION) {
    throw new Error(
      `备份格式版本 ${String(manifest.formatVersion)} 不受支持：本程序只能恢复版本 ${FORMAT_VERSION} 的备份` +
        `${Number(manifest.formatVersion) > FORMAT_VERSION ? '，请先升级程序' : ''}`,
    )
  }
  for (const key of ['collections', 'globals', 'files'] as const) {
    if (typeof manifest[key] !== 'object' || manifest[key] === null) throw new Error(`${file} 的清单缺少「${key}」`)
  }
  return manifest as Manifest
}

async function countLines(dir: string, name: string): Promise<number> {
  let count = 0
  for await (const batch of readJsonl(path.join(dir, name), name)) count += batch.length
  return count
}

/** Checks that each data file parses and holds as many documents as the manifest says. */
async function verifyCounts(dir: string, manifest: Manifest): Promise<void> {
  const expect = async (name: string, expected: number | null, what: string) => {
    if (expected === null) return
    if (!(name in manifest.files)) throw new Error(`备份不完整：清单记有${what}，但没有列出 ${name}`)
    const actual = await countLines(dir, name)
    if (actual !== expected) throw new Error(`备份不一致：${name} 有 ${actual} 条，清单记为 ${expected} 条（${what}）`)
  }
  for (const [slug, counts] of Object.entries(manifest.collections)) {
    await expect(documentsFile(slug), counts.documents, `集合 ${slug} 的文档`)
    await expect(versionsFile(slug), counts.versions, `集合 ${slug} 的版本`)
  }
  const media = Object.keys(manifest.files).filter((name) => name.startsWith(MEDIA_PREFIX)).length
  if (media !== manifest.media?.files)
    throw new Error(`备份不一致：归档中有 ${media} 个媒体文件，清单记为 ${String(manifest.media?.files)} 个`)
  for (const [slug, counts] of Object.entries(manifest.globals)) {
    await expect(globalVersionsFile(slug), counts.versions, `全局设置 ${slug} 的版本`)
    const name = globalFile(slug)
    const saved = name in manifest.files
    if (counts.document !== saved)
      throw new Error(
        `备份不一致：清单${counts.document ? '记有' : '未记'}全局设置 ${slug}，归档中却${saved ? '有' : '没有'} ${name}`,
      )
    if (saved) {
      try {
        JSON.parse(await readFile(path.join(dir, name), 'utf8'))
      } catch (error) {
        throw new Error(`备份中的 ${name} 不是有效的 JSON：${(error as Error).message}`)
      }
    }
  }
}

/**
 * Unpacks `file` into the empty folder `dir` and checks it through: manifest and format
 * version, every file's size and SHA-256, no file beyond the manifest, every line parsed and
 * counted. Nothing is written to the database before this has passed.
 */
export async function openArchive(file: string, dir: string): Promise<Manifest> {
  await unpackArchive(file, dir)
  const manifest = await readManifest(dir, file)
  await verifyFiles(dir, manifest)
  await verifyCounts(dir, manifest)
  return manifest
}
