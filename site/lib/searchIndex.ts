// Builds the static search index from the pages' search records (searchExtract.ts). Output,
// served under /search-index/:
//   entry.json            — revalidated on every visit: build id, shard count, filter values and
//                           one filter code per document (documents are numbered newest first);
//   <build>/k/<n>.json    — shard n of the n-gram → documents map (searchText.ts), immutable;
//   <build>/d/<id>.json   — one document: url, title, 类型, date label, text (for excerpts and
//                           for checking a result against the query), immutable.
// A new build gets a new <build> folder, so a reader's browser never mixes two builds.
import { createHash } from 'node:crypto';
import type { SearchRecord } from './searchExtract';
import { SearchKeys } from './searchKeys';
import { forEachGramRange, normalizeSearchText, shardOf } from './searchText';

export interface SearchEntry {
  v: 1;
  build: string;
  docs: number;
  shards: number;
  /** Distinct (类型, 年份) pairs. */
  pairs: [string, string][];
  /**
   * Three base-36 digits per document: its pair index (two) and its title length in
   * characters, capped at 35 (one; ranks a page named by the query above pages that mention it).
   */
  codes: string;
}

export interface SearchDoc {
  u: string;
  t: string;
  /** 类型 (column). */
  s: string;
  /** Date as shown (e.g. 2025年3月5日), '' when none. */
  d: string;
  /** Searchable text, title first; lines end at block boundaries. */
  x: string;
}

export interface BuiltSearchIndex {
  entry: SearchEntry;
  /** JSON text of each shard, by shard number. */
  shards: string[];
  /** JSON text of each document, by document number. */
  docs: string[];
}

/** Target raw size of one shard file: small enough that a query fetches a few KB. */
const SHARD_BYTES = 4096;

/** A growable Int32Array: 15 million (key, document) pairs at 10,000 documents fit in 120 MB. */
class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

const DIGITS = new TextEncoder().encode('0123456789abcdefghijklmnopqrstuvwxyz');
const latin1 = new TextDecoder('latin1');
let scratch = new Uint8Array(1 << 20);

/**
 * Sorted document numbers → the text form of a shard file's posting list: the gaps between
 * them in base 36, comma separated (read by `decodePostings` in searchText.ts). Written byte by
 * byte: appending to a string built millions of rope nodes (hundreds of MB at 10,000
 * documents) before they were flattened.
 */
export function encodePostings(ids: ArrayLike<number>): string {
  if (scratch.length < ids.length * 8) scratch = new Uint8Array(ids.length * 8);
  let at = 0;
  let prev = -1;
  const digits: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (i) scratch[at++] = 44; // ','
    let gap = ids[i] - prev - 1;
    prev = ids[i];
    do {
      digits.push(DIGITS[gap % 36]);
      gap = Math.floor(gap / 36);
    } while (gap > 0);
    while (digits.length) scratch[at++] = digits.pop()!;
  }
  return latin1.decode(scratch.subarray(0, at));
}

export function buildSearchIndex(records: SearchRecord[]): BuiltSearchIndex {
  // Newest first, so document order is the default ranking; ties by URL keep builds reproducible.
  const sorted = [...records].sort((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : 1) : a.date < b.date ? 1 : -1));
  // (key, document) pairs in flat typed arrays rather than one JS array per key.
  const table = new SearchKeys();
  const keys = table.keys;
  const pairKeys = new IntList();
  const pairDocs = new IntList();
  // The last document filed under each key: a key repeated in one document is filed once.
  let lastDoc = new Int32Array(1 << 16).fill(-1);
  const file = (k: number, id: number) => {
    if (k >= lastDoc.length) {
      const bigger = new Int32Array(lastDoc.length * 2).fill(-1);
      bigger.set(lastDoc);
      lastDoc = bigger;
    }
    if (lastDoc[k] === id) return;
    lastDoc[k] = id;
    pairKeys.push(k);
    pairDocs.push(id);
  };
  const pairIndex = new Map<string, number>();
  const pairs: [string, string][] = [];
  let codes = '';
  const docs: string[] = [];
  sorted.forEach((record, id) => {
    const text = normalizeSearchText(record.text);
    forEachGramRange(text, (start, end) => file(table.idOf(text, start, end, false), id));
    const title = normalizeSearchText(record.title);
    forEachGramRange(title, (start, end) => file(table.idOf(title, start, end, true), id));
    const pairKey = `${record.type}\u0000${record.year}`;
    if (!pairIndex.has(pairKey)) {
      pairIndex.set(pairKey, pairs.length);
      pairs.push([record.type, record.year]);
    }
    codes += pairIndex.get(pairKey)!.toString(36).padStart(2, '0') + Math.min(35, [...record.title].length).toString(36);
    docs.push(JSON.stringify({ u: record.url, t: record.title, s: record.type, d: record.dateLabel, x: record.text } satisfies SearchDoc));
  });
  if (pairs.length > 36 * 36) throw new Error(`检索索引：类型与年份组合过多（${pairs.length}，上限 1296）`);

  // Counting sort of the pairs by key; documents stay in ascending order within a key.
  const starts = new Int32Array(keys.length + 1);
  for (let i = 0; i < pairKeys.length; i++) starts[pairKeys.data[i] + 1]++;
  for (let k = 0; k < keys.length; k++) starts[k + 1] += starts[k];
  const cursor = starts.slice(0, keys.length);
  const byKey = new Int32Array(pairKeys.length);
  for (let i = 0; i < pairKeys.length; i++) byKey[cursor[pairKeys.data[i]]++] = pairDocs.data[i];

  const encoded = keys.map((key, k) => encodePostings(byKey.subarray(starts[k], starts[k + 1])));
  const total = keys.reduce((n, key, k) => n + key.length + encoded[k].length + 6, 0);
  let shardCount = 16;
  while (shardCount * SHARD_BYTES < total && shardCount < 16384) shardCount *= 2;
  const buckets: Record<string, string>[] = Array.from({ length: shardCount }, () => ({}));
  keys.forEach((key, k) => (buckets[shardOf(key, shardCount)][key] = encoded[k]));
  const shards = buckets.map((bucket) => JSON.stringify(bucket));

  const hash = createHash('sha256');
  for (const text of [...docs, ...shards, codes]) hash.update(text).update('\u0000');
  const entry: SearchEntry = { v: 1, build: hash.digest('hex').slice(0, 12), docs: docs.length, shards: shardCount, pairs, codes };
  return { entry, shards, docs };
}
