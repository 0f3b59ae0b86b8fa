// The content layer's data store, made from an exported content folder the way Astro's glob
// loader makes it (astro/dist/content/loaders/glob.js, Astro 5): for each `<collection>/*.json`
// the entry's id (its `slug`, else the slugged file name), its data checked by the collection's
// schema, its path relative to the project and the xxhash digest of its bytes. The page
// renderer fills the server bundle's store with it, so pages — and the page inputs an
// incremental publish compares — see the same entries as in a static build
// (tests/site/incremental-build.test.ts builds both and compares every file).
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { slug } from 'github-slugger'
import xxhash from 'xxhash-wasm'
import { jsonCollections } from '../../../content/model/schemas'

/** One entry as Astro's data store keeps it. */
export interface StoreEntry {
  id: string
  data: unknown
  filePath: string
  digest: string
}

export type ContentStore = Map<string, Map<string, StoreEntry>>

const posix = (p: string) => p.split(path.sep).join('/')

/** Astro's id for `<name>.json` without a `slug`: each path segment slugged (github-slugger). */
const idOfFile = (name: string) => slug(name.replace(/\.json$/, ''))

/** Zod's issues as one line each: `field.path: message`. */
function describeIssues(error: { issues: { path: (string | number)[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.join('.') || '(整个文档)'}: ${i.message}`).join('\n')
}

/** Loads every exported JSON collection of `contentDir`; `root` is the Astro project root (for `filePath`). */
export async function loadContentStore(contentDir: string, root: string): Promise<ContentStore> {
  const { h64ToString } = await xxhash()
  const store: ContentStore = new Map()
  for (const [collection, schema] of Object.entries(jsonCollections)) {
    const dir = path.join(contentDir, collection)
    // The glob `*.json` skips dot-files (the export's in-flight temporary files).
    const names = (await readdir(dir).catch(() => [] as string[]))
      .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
      .sort()
    const loaded: StoreEntry[] = []
    for (const name of names) {
      const file = path.join(dir, name)
      // Synchronous on purpose: Node's promise readFile costs four thread-pool trips per file,
      // about four times the time of these reads at 10,000 small files.
      const contents = readFileSync(file, 'utf8')
      let raw: unknown
      try {
        raw = contents === '' ? {} : JSON.parse(contents)
      } catch (error) {
        throw new Error(`内容文件不是有效的 JSON：${file}（${(error as Error).message}）`)
      }
      if (raw === null || typeof raw !== 'object') throw new Error(`内容文件应为 JSON 对象：${file}`)
      const parsed = await schema.safeParseAsync(raw)
      if (!parsed.success)
        throw new Error(`内容文件不符合「${collection}」的数据约定：${file}\n${describeIssues(parsed.error)}`)
      const declared = (raw as { slug?: unknown }).slug
      loaded.push({
        id: typeof declared === 'string' && declared ? declared : idOfFile(name),
        data: parsed.data,
        filePath: posix(path.relative(root, file)),
        digest: h64ToString(contents),
      })
    }
    if (loaded.length === 0) continue
    const entries = new Map<string, StoreEntry>()
    for (const entry of loaded) {
      // Astro keeps the later file and warns; two files claiming one id is an export error here.
      if (entries.has(entry.id)) throw new Error(`内容目录 ${dir} 中有两个文件的标识都是「${entry.id}」`)
      entries.set(entry.id, entry)
    }
    store.set(collection, entries)
  }
  return store
}
