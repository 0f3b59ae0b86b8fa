// The one definition of what search matches, shared by the index builder and the search page:
// a page matches a query when its text holds every term of the query (terms are the query's
// space-separated parts) as a substring, after `normalizeSearchText` on both sides. No word
// segmentation is involved, so 民政局, 住房公积金 or 副科长 can never be split differently on the
// two sides.
//
// The index maps n-grams (n = 1, 2, 3 characters; up to 12 inside runs of digits and Latin
// letters) to the pages holding them. A term of up to three characters, or a code such as
// 2025-00002, is one n-gram (an exact lookup); a longer one is the chain of its trigrams, which
// pages must all hold — the search page then checks each result it shows against the page text.

/** Fullwidth digits and Latin letters as ASCII (readers type both), and Latin in lower case. */
export function normalizeSearchText(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
}

/** A query as plain terms: split at spaces (ASCII or ideographic), normalised, deduplicated (searchQuery.ts does more). */
export function queryTerms(query: string): string[] {
  const terms = normalizeSearchText(query)
    .split(/[\s\u3000]+/u)
    .filter(Boolean)
  return [...new Set(terms)]
}

/**
 * Ends the label of a labelled line in a record's text (党纪处分␟留党察看一年): the label is
 * shown in excerpts but is not searchable — every case has the label 党纪处分.
 */
export const LABEL_END = '\u001f'
const LABELS = /^[^\n\u001f]*\u001f/gm

/** A record's text without the labels of its lines: what is searchable. */
export const searchableText = (text: string): string => (text.includes(LABEL_END) ? text.replace(LABELS, '') : text)

/** Longest n-gram in the index. */
export const MAX_GRAM = 3
/**
 * Numbers, codes and Latin words (索引号 2025-00002, 12388, dates) use a small alphabet, so a
 * chain of trigrams would often match pages that hold the pieces apart; their runs are also
 * filed under every substring of up to this many characters.
 */
export const MAX_CODE_GRAM = 12
const CODE_RUN = /[0-9a-z][0-9a-z\-./:_]*/g

/** The n-grams that a page holding `term` must hold (all of them). */
export function termGrams(term: string): string[] {
  const chars = [...term]
  if (chars.length <= MAX_GRAM) return [chars.join('')]
  const grams = new Set<string>()
  for (const run of term.match(CODE_RUN) ?? []) {
    if (run.length > MAX_GRAM) grams.add(run.slice(0, MAX_CODE_GRAM)).add(run.slice(-MAX_CODE_GRAM))
  }
  if (grams.has(term)) return [term]
  // Every overlapping trigram: a cover with fewer (one per three characters) would fetch fewer
  // shard files but let through pages holding the pieces apart (白鹭区…民政局 for 白鹭区民政局).
  for (let i = 0; i + MAX_GRAM <= chars.length; i++) grams.add(chars.slice(i, i + MAX_GRAM).join(''))
  return [...grams]
}

/**
 * Calls `visit` with every n-gram of a text (n = 1..3) that contains no whitespace, and with the
 * longer substrings of code runs: the keys a page is filed under (repeats included). `text`
 * must already be normalised.
 */
export function forEachGram(text: string, visit: (gram: string) => void): void {
  forEachGramRange(text, (start, end) => visit(text.slice(start, end)))
}

/**
 * `forEachGram` as offsets into `text` (`text.slice(start, end)` is the gram), so the index
 * builder can file millions of grams without making a string of each.
 */
export function forEachGramRange(text: string, visit: (start: number, end: number) => void): void {
  // Offsets of the characters (a character outside the BMP takes two UTF-16 units).
  const starts: number[] = []
  for (let i = 0; i < text.length; i++) {
    starts.push(i)
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++
  }
  starts.push(text.length)
  const count = starts.length - 1
  for (let i = 0; i < count; i++) {
    for (let n = 1; n <= MAX_GRAM && i + n <= count; n++) {
      const last = text.charCodeAt(starts[i + n - 1])
      // Whitespace ends every longer gram too.
      if (last <= 0x20 || last === 0x3000 || last === 0xa0) break
      visit(starts[i], starts[i + n])
    }
  }
  for (const run of text.matchAll(CODE_RUN)) {
    const from = run.index
    const length = run[0].length
    for (let i = 0; i < length; i++) {
      for (let n = MAX_GRAM + 1; n <= MAX_CODE_GRAM && i + n <= length; n++) visit(from + i, from + i + n)
    }
  }
}

/** The set of keys of a text (see `forEachGram`). */
export function textGrams(text: string, into: Set<string> = new Set()): Set<string> {
  forEachGram(text, (gram) => into.add(gram))
  return into
}

/** Index keys: body n-grams as they are, title n-grams (used to rank title matches first) with a prefix. */
export const TITLE_KEY = '\u0001'

/**
 * Which shard file holds a key: FNV-1a over UTF-16 code units of the n-gram, so a title key
 * sits in the same file as its body key (one fetch for both). Builder and browser must agree.
 */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5
  for (let i = key.startsWith(TITLE_KEY) ? TITLE_KEY.length : 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h % shards
}

/** A shard file's posting list (base-36 gaps, comma separated; see encodePostings in searchIndex.ts) → sorted document numbers. */
export function decodePostings(text: string): number[] {
  const ids: number[] = []
  let prev = -1
  for (const gap of text.split(',')) {
    if (!gap) continue
    prev += parseInt(gap, 36) + 1
    ids.push(prev)
  }
  return ids
}
