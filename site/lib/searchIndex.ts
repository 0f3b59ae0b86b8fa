// Builds the static search index from the pages' search records (searchExtract.ts). Output,
// served under /search-index/:
//   entry.json            — revalidated on every visit: build id, shard count, filter values and
//                           one filter code per document (documents are numbered newest first);
//   <build>/k/<n>.json    — shard n of the n-gram → documents map (searchText.ts), immutable;
//   <build>/d/<id>.json   — one document: url, title, 类型, date label, text (for excerpts and
//                           for checking a result against the query), immutable.
// A new build gets a new <build> folder, so a reader's browser never mixes two builds.
import { createHash } from 'node:crypto'
import type { SearchRecord } from './searchExtract'
import { SearchKeys } from './searchKeys'
import { foldSearchText } from './searchFold'
import type { SearchVocabulary } from './searchQuery'
import { decodePostings, forEachGramRange, searchableText, shardOf, textGrams, TITLE_KEY } from './searchText'
import { searchVocabulary } from './searchVocabulary'

export interface SearchEntry {
  v: 2
  build: string
  docs: number
  shards: number
  /** Distinct (类型, 年份) pairs. */
  pairs: [string, string][]
  /**
   * Three base-36 digits per document: its pair index (two) and its title length in
   * characters, capped at 35 (one; ranks a page named by the query above pages that mention it).
   */
  codes: string
  /** Equivalent names and split words for the query (searchVocabulary.ts). */
  vocabulary: SearchVocabulary
}

export interface SearchDoc {
  u: string
  t: string
  /** 类型 (column). */
  s: string
  /** Date as shown (e.g. 2025年3月5日), '' when none. */
  d: string
  /** Text, title first; lines end at block boundaries; a labelled line holds its label before LABEL_END. */
  x: string
}

export interface BuiltSearchIndex {
  entry: SearchEntry
  /** JSON text of each shard, by shard number. */
  shards: string[]
  /** JSON text of each document, by document number. */
  docs: string[]
  /** What a later build needs to update this index in place (patchSearchIndex). */
  meta: IndexMeta
}

/** Kept beside a build: the size that chose the shard count, and a digest of every file. */
export interface IndexMeta {
  total: number
  docs: string[]
  shards: string[]
}

/** Target raw size of one shard file: small enough that a query fetches a few KB. */
const SHARD_BYTES = 4096

/** A growable Int32Array: 15 million (key, document) pairs at 10,000 documents fit in 120 MB. */
class IntList {
  data = new Int32Array(1 << 16)
  length = 0
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }
}

const DIGITS = new TextEncoder().encode('0123456789abcdefghijklmnopqrstuvwxyz')
const latin1 = new TextDecoder('latin1')
let scratch = new Uint8Array(1 << 20)

/**
 * Sorted document numbers → the text form of a shard file's posting list: the gaps between
 * them in base 36, comma separated (read by `decodePostings` in searchText.ts). Written byte by
 * byte: appending to a string built millions of rope nodes (hundreds of MB at 10,000
 * documents) before they were flattened.
 */
export function encodePostings(ids: ArrayLike<number>): string {
  if (scratch.length < ids.length * 8) scratch = new Uint8Array(ids.length * 8)
  let at = 0
  let prev = -1
  const digits: number[] = []
  for (let i = 0; i < ids.length; i++) {
    if (i) scratch[at++] = 44 // ','
    let gap = ids[i] - prev - 1
    prev = ids[i]
    do {
      digits.push(DIGITS[gap % 36])
      gap = Math.floor(gap / 36)
    } while (gap > 0)
    while (digits.length) scratch[at++] = digits.pop()!
  }
  return latin1.decode(scratch.subarray(0, at))
}

/** Newest first, so document order is the default ranking; ties by URL keep builds reproducible. */
export const sortRecords = (records: SearchRecord[]): SearchRecord[] =>
  [...records].sort((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : 1) : a.date < b.date ? 1 : -1))

const docText = (record: SearchRecord) =>
  JSON.stringify({
    u: record.url,
    t: record.title,
    s: record.type,
    d: record.dateLabel,
    x: record.text,
  } satisfies SearchDoc)

/** Distinct (类型, 年份) pairs in document order, and each document's three-digit code. */
function pairsAndCodes(sorted: SearchRecord[]): { pairs: [string, string][]; codes: string } {
  const pairIndex = new Map<string, number>()
  const pairs: [string, string][] = []
  let codes = ''
  for (const record of sorted) {
    const pairKey = `${record.type}\u0000${record.year}`
    if (!pairIndex.has(pairKey)) {
      pairIndex.set(pairKey, pairs.length)
      pairs.push([record.type, record.year])
    }
    codes += pairIndex.get(pairKey)!.toString(36).padStart(2, '0') + Math.min(35, [...record.title].length).toString(36)
  }
  if (pairs.length > 36 * 36) throw new Error(`检索索引：类型与年份组合过多（${pairs.length}，上限 1296）`)
  return { pairs, codes }
}

/** Shards: enough that the raw index averages SHARD_BYTES per file (16–16,384). */
function shardCountFor(total: number): number {
  let shardCount = 16
  while (shardCount * SHARD_BYTES < total && shardCount < 16384) shardCount *= 2
  return shardCount
}

/** What one key costs in `total`: its text, its postings and the JSON around them. */
const keyCost = (key: string, encoded: string) => key.length + encoded.length + 6

/** A shard's JSON with its keys in code-unit order, so a shard updated in place reads the same as a rebuilt one. */
function shardText(entries: [string, string][]): string {
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`
}

const fileDigest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22)

/** The build id: from the files' digests, the codes and the vocabulary, so an index updated in place gets the id a rebuild would. */
function buildIdOf(meta: IndexMeta, codes: string, vocabulary: SearchVocabulary): string {
  return createHash('sha256')
    .update(meta.docs.join(','))
    .update('\u0000')
    .update(meta.shards.join(','))
    .update('\u0000')
    .update(codes)
    .update('\u0000')
    .update(JSON.stringify(vocabulary))
    .digest('hex')
    .slice(0, 12)
}

/** What is filed: the searchable text (labels left out), folded as queries are. */
const indexedText = (text: string) => foldSearchText(searchableText(text))

/** Every key a record is filed under: its text's grams, and its title's grams as title keys. */
function recordKeys(record: SearchRecord): Set<string> {
  const keys = textGrams(indexedText(record.text))
  for (const gram of textGrams(foldSearchText(record.title))) keys.add(TITLE_KEY + gram)
  return keys
}

export function buildSearchIndex(records: SearchRecord[]): BuiltSearchIndex {
  const sorted = sortRecords(records)
  // (key, document) pairs in flat typed arrays rather than one JS array per key.
  const table = new SearchKeys()
  const keys = table.keys
  const pairKeys = new IntList()
  const pairDocs = new IntList()
  // The last document filed under each key: a key repeated in one document is filed once.
  let lastDoc = new Int32Array(1 << 16).fill(-1)
  const file = (k: number, id: number) => {
    if (k >= lastDoc.length) {
      const bigger = new Int32Array(lastDoc.length * 2).fill(-1)
      bigger.set(lastDoc)
      lastDoc = bigger
    }
    if (lastDoc[k] === id) return
    lastDoc[k] = id
    pairKeys.push(k)
    pairDocs.push(id)
  }
  const docs: string[] = []
  sorted.forEach((record, id) => {
    const text = indexedText(record.text)
    forEachGramRange(text, (start, end) => file(table.idOf(text, start, end, false), id))
    const title = foldSearchText(record.title)
    forEachGramRange(title, (start, end) => file(table.idOf(title, start, end, true), id))
    docs.push(docText(record))
  })
  const { pairs, codes } = pairsAndCodes(sorted)

  // Counting sort of the pairs by key; documents stay in ascending order within a key.
  const starts = new Int32Array(keys.length + 1)
  for (let i = 0; i < pairKeys.length; i++) starts[pairKeys.data[i] + 1]++
  for (let k = 0; k < keys.length; k++) starts[k + 1] += starts[k]
  const cursor = starts.slice(0, keys.length)
  const byKey = new Int32Array(pairKeys.length)
  for (let i = 0; i < pairKeys.length; i++) byKey[cursor[pairKeys.data[i]]++] = pairDocs.data[i]

  const encoded = keys.map((key, k) => encodePostings(byKey.subarray(starts[k], starts[k + 1])))
  const total = keys.reduce((n, key, k) => n + keyCost(key, encoded[k]), 0)
  const shardCount = shardCountFor(total)
  const buckets: [string, string][][] = Array.from({ length: shardCount }, () => [])
  keys.forEach((key, k) => buckets[shardOf(key, shardCount)].push([key, encoded[k]]))
  const shards = buckets.map(shardText)

  const meta: IndexMeta = { total, docs: docs.map(fileDigest), shards: shards.map(fileDigest) }
  const vocabulary = searchVocabulary(sorted)
  const entry: SearchEntry = {
    v: 2,
    build: buildIdOf(meta, codes, vocabulary),
    docs: docs.length,
    shards: shardCount,
    pairs,
    codes,
    vocabulary,
  }
  return { entry, shards, docs, meta }
}

/** An index to update: its entry, meta, the records it was built from, and how to read a shard. */
export interface PreviousIndex {
  entry: SearchEntry
  meta: IndexMeta
  records: SearchRecord[]
  shard(n: number): string
}

/** What changes when an index is updated in place: the new entry and meta, and the rewritten files. */
export interface IndexPatch {
  entry: SearchEntry
  meta: IndexMeta
  shards: Map<number, string>
  docs: Map<number, string>
}

/**
 * Updates an index for edited pages without rebuilding it, giving exactly the files a rebuild
 * would: only when the same pages are indexed in the same order (no page added, removed or
 * moved in time), the (类型, 年份) pairs and the shard count stay the same, and at most
 * `maxChanged` pages changed. Otherwise null: rebuild.
 */
export function patchSearchIndex(
  previous: PreviousIndex,
  records: SearchRecord[],
  maxChanged = 200,
): IndexPatch | null {
  const sorted = sortRecords(records)
  const before = sortRecords(previous.records)
  if (sorted.length !== before.length || sorted.length !== previous.entry.docs) return null
  const changed: number[] = []
  for (let id = 0; id < sorted.length; id++) {
    if (sorted[id].url !== before[id].url) return null
    if (
      docText(sorted[id]) !== docText(before[id]) ||
      sorted[id].year !== before[id].year ||
      String(sorted[id].names) !== String(before[id].names)
    )
      changed.push(id)
  }
  if (changed.length > maxChanged) return null
  const { pairs, codes } = pairsAndCodes(sorted)
  if (JSON.stringify(pairs) !== JSON.stringify(previous.entry.pairs)) return null

  // Keys whose postings change: in the old text and not the new (remove the document) or the other way round.
  const delta = new Map<string, { remove: Set<number>; add: Set<number> }>()
  const note = (key: string) => delta.get(key) ?? delta.set(key, { remove: new Set(), add: new Set() }).get(key)!
  for (const id of changed) {
    const [old, now] = [recordKeys(before[id]), recordKeys(sorted[id])]
    for (const key of old) if (!now.has(key)) note(key).remove.add(id)
    for (const key of now) if (!old.has(key)) note(key).add.add(id)
  }
  const byShard = new Map<number, string[]>()
  for (const key of delta.keys()) {
    const n = shardOf(key, previous.entry.shards)
    byShard.set(n, [...(byShard.get(n) ?? []), key])
  }
  let total = previous.meta.total
  const shards = new Map<number, string>()
  for (const [n, keys] of byShard) {
    const entries = new Map(Object.entries(JSON.parse(previous.shard(n)) as Record<string, string>))
    for (const key of keys) {
      const { remove, add } = delta.get(key)!
      const old = entries.get(key)
      if (old !== undefined) total -= keyCost(key, old)
      const ids = [...(old === undefined ? [] : decodePostings(old)).filter((id) => !remove.has(id)), ...add].sort(
        (a, b) => a - b,
      )
      if (!ids.length) {
        entries.delete(key)
        continue
      }
      const encoded = encodePostings(ids)
      entries.set(key, encoded)
      total += keyCost(key, encoded)
    }
    shards.set(n, shardText([...entries]))
  }
  if (shardCountFor(total) !== previous.entry.shards) return null

  const docs = new Map(changed.map((id) => [id, docText(sorted[id])]))
  const meta: IndexMeta = { total, docs: [...previous.meta.docs], shards: [...previous.meta.shards] }
  for (const [id, text] of docs) meta.docs[id] = fileDigest(text)
  for (const [n, text] of shards) meta.shards[n] = fileDigest(text)
  const vocabulary = searchVocabulary(sorted)
  return {
    entry: { ...previous.entry, build: buildIdOf(meta, codes, vocabulary), pairs, codes, vocabulary },
    meta,
    shards,
    docs,
  }
}
