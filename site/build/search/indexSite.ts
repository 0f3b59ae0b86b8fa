// Builds the search index of a built site into `<outDir>/search-index` (site/lib/searchIndex.ts)
// from the searchable part of every page (site/lib/searchExtract.ts): what readers can see is
// exactly what is searchable, and a page that is not built is not in the index.
//
// The records read from the pages are kept beside the build (`recordsFile`). A build that
// reused pages of an earlier one (an incremental publish) takes those pages' records from the
// earlier build's file instead of reading them again: the pages are the very same files.
import { linkSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { extractSearchRecord, urlOfFile, type SearchRecord } from '../../lib/searchExtract'
import { buildSearchIndex, patchSearchIndex, type IndexMeta, type SearchEntry } from '../../lib/searchIndex'
import type { PageManifest } from '../pageInputs'

export interface IndexSiteInput {
  /** The built site; the index goes to `<outDir>/search-index`. */
  outDir: string
  /** Where to keep this build's records (JSON: output file → record), if anywhere. */
  recordsFile?: string
  /** The build whose pages were reused, its records, and this build's page manifest naming them. */
  reused?: { dir: string; recordsFile: string; pagesFile: string }
  /** This build's page manifest, when there is one and nothing was reused: it lists the pages to read. */
  pagesFile?: string
}

/** The search record of every indexed page, by output file. */
export type SearchRecords = Record<string, SearchRecord>

/**
 * `<build>.search.bin`: the records, and what updating the build's index in place needs. In V8's
 * serialisation format: for 30 MB of Chinese text, reading and writing JSON (UTF-8 decoding
 * and encoding) took 1.2 s per publish, this 0.4 s.
 */
interface SearchSidecar {
  /** Bumped when records or the index change shape: an older sidecar is not patched. */
  v: 3
  records: SearchRecords
  index: IndexMeta
}

export interface IndexSiteResult {
  /** Pages in the index. */
  indexedPages: number
  /** Whether the earlier build's index was updated in place rather than rebuilt. */
  patched: boolean
  /** Files written under `<outDir>/search-index`. */
  indexFiles: number
}

export async function indexSite({ outDir, recordsFile, reused, pagesFile }: IndexSiteInput): Promise<IndexSiteResult> {
  const target = path.join(outDir, 'search-index')
  const manifestFile = reused?.pagesFile ?? pagesFile
  const manifest: PageManifest | null = manifestFile ? JSON.parse(readFileSync(manifestFile, 'utf8')) : null
  // The manifest names every page's file; walking a 10,000-document site (45,000 entries) took 0.5 s.
  const files = manifest
    ? Object.values(manifest.pages)
        .map((p) => p[2].split('/').join(path.sep))
        .filter((f) => f.endsWith('.html'))
    : (await readdir(outDir, { recursive: true })).filter(
        (f) => f.endsWith('.html') && !f.startsWith(`search-index${path.sep}`),
      )
  const byFile: SearchRecords = {}
  const sidecar: SearchSidecar | null = reused ? (deserialize(readFileSync(reused.recordsFile)) as SearchSidecar) : null
  const earlier: SearchRecords = sidecar?.records ?? {}
  const reusedFiles = new Set(manifest?.reused.map((p) => manifest.pages[p][2].split('/').join(path.sep)))
  const marker = Buffer.from('data-search-body')
  for (const file of files) {
    const key = file.split(path.sep).join('/')
    if (reusedFiles.has(file)) {
      if (earlier[key]) byFile[key] = earlier[key]
      continue
    }
    // Most pages (lists, facets) have no searchable part: look for the marker in the bytes
    // before paying for decoding the page as text. Read synchronously: small files, where the
    // promise API's thread-pool trips cost more than the reading.
    const bytes = readFileSync(path.join(outDir, file))
    if (!bytes.includes(marker)) continue
    const record = extractSearchRecord(bytes.toString('utf8'), urlOfFile(file))
    if (record) byFile[key] = record
  }
  const records = Object.values(byFile)
  const previous = reused && sidecar ? await previousIndex(reused.dir, sidecar) : null
  const patch = previous ? patchSearchIndex(previous.index, records) : null
  const index = patch ?? buildSearchIndex(records)
  if (recordsFile) {
    writeFileSync(`${recordsFile}.tmp`, serialize({ v: 3, records: byFile, index: index.meta } satisfies SearchSidecar))
    await rename(`${recordsFile}.tmp`, recordsFile)
  }
  const build = path.join(target, index.entry.build)
  await mkdir(path.join(build, 'k'), { recursive: true })
  await mkdir(path.join(build, 'd'), { recursive: true })
  // An updated index writes the files that changed and links the others from the earlier
  // build (files are never changed once written, so sharing them is safe).
  const full = patch ? null : (index as ReturnType<typeof buildSearchIndex>)
  // Synchronous on purpose: thousands of small writes and links, where the promise API's trip
  // through the thread pool per file costs more than the work itself.
  const put = (kind: 'k' | 'd', n: number, text: string | undefined) => {
    const file = path.join(build, kind, `${n}.json`)
    if (text !== undefined) writeFileSync(file, text)
    else linkSync(path.join(previous!.dir, kind, `${n}.json`), file)
  }
  for (let n = 0; n < index.entry.shards; n++) put('k', n, full ? full.shards[n] : patch!.shards.get(n))
  for (let id = 0; id < index.entry.docs; id++) put('d', id, full ? full.docs[id] : patch!.docs.get(id))
  // The entry names the build folder, so it is written last.
  await writeFile(path.join(target, 'entry.json'), JSON.stringify(index.entry))
  return {
    indexedPages: records.length,
    indexFiles: index.entry.shards + index.entry.docs + 1,
    patched: Boolean(patch),
  }
}

/** The earlier build's index as patchSearchIndex needs it, or null when it cannot be updated in place. */
async function previousIndex(
  buildDir: string,
  sidecar: SearchSidecar,
): Promise<{ dir: string; index: Parameters<typeof patchSearchIndex>[0] } | null> {
  if (sidecar.v !== 3) return null
  const entry = JSON.parse(
    await readFile(path.join(buildDir, 'search-index', 'entry.json'), 'utf8').catch(() => 'null'),
  ) as SearchEntry | null
  if (entry?.v !== 2) return null
  const dir = path.join(buildDir, 'search-index', entry.build)
  return {
    dir,
    index: {
      entry,
      meta: sidecar.index,
      records: Object.values(sidecar.records),
      shard: (n) => readFileSync(path.join(dir, 'k', `${n}.json`), 'utf8'),
    },
  }
}
