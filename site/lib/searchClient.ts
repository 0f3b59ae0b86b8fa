// The portal's search over the static index (searchIndex.ts): the same code runs on the search
// page, in the quality benchmark and in tests. Candidates are the documents filed under every
// n-gram of every term. Ranking: pages whose short title holds the query (a unit's own page for
// its name), then other title matches, then the rest; newest first within each. Each result
// shown is checked against its text, so a page without the query never appears.
import type { SearchDoc, SearchEntry } from './searchIndex'
import { decodePostings, normalizeSearchText, queryTerms, shardOf, termGrams, TITLE_KEY } from './searchText'

/** Where index files come from: `fetch` in the browser, the file system in Node. */
export interface IndexSource {
  /** Parsed JSON of `/search-index/<path>`; `fresh` asks to revalidate (the entry). */
  json(path: string, fresh?: boolean): Promise<unknown>
}

export interface SearchFilters {
  type?: string
  year?: string
}

export interface SearchHitData {
  url: string
  title: string
  /** Title as HTML: escaped, with the terms in <mark>. */
  titleHtml: string
  /** About 90 characters around the first match in the text, escaped, terms in <mark>. */
  excerptHtml: string
  /** 类型 and date as shown. */
  type: string
  date: string
  /** The text holds every term (false only for a rare n-gram coincidence; never shown). */
  verified: boolean
}

export interface SearchOutcome {
  terms: string[]
  /** Matching documents after filters, best first (candidates; see SearchHitData.verified). */
  ids: number[]
  /** Matches per 类型 (with the 年份 filter applied) and per 年份 (with the 类型 filter applied). */
  counts: { type: Record<string, number>; year: Record<string, number> }
}

/** How much longer than the query a title may be and still count as naming it. */
const NAMED_SLACK = 6

export function createPortalSearch(source: IndexSource) {
  let entry: Promise<SearchEntry> | null = null
  const shards = new Map<number, Promise<Record<string, string>>>()
  const docs = new Map<number, Promise<SearchDoc>>()

  const loadEntry = () =>
    (entry ??= (source.json('entry.json', true) as Promise<SearchEntry>).catch((error) => {
      entry = null
      throw error
    }))

  async function postings(key: string): Promise<number[]> {
    const e = await loadEntry()
    const n = shardOf(key, e.shards)
    if (!shards.has(n)) {
      const loading = (source.json(`${e.build}/k/${n}.json`) as Promise<Record<string, string>>).catch((error) => {
        shards.delete(n)
        throw error
      })
      shards.set(n, loading)
    }
    const list = (await shards.get(n)!)[key]
    return list === undefined ? [] : decodePostings(list)
  }

  /** Documents holding every n-gram of every term (sorted). */
  async function matching(terms: string[], prefix = ''): Promise<number[]> {
    const lists = await Promise.all(terms.flatMap((t) => termGrams(t)).map((g) => postings(prefix + g)))
    lists.sort((a, b) => a.length - b.length)
    let result = lists[0] ?? []
    for (const list of lists.slice(1)) {
      const other = new Set(list)
      result = result.filter((id) => other.has(id))
      if (!result.length) break
    }
    return result
  }

  async function search(query: string, filters: SearchFilters = {}): Promise<SearchOutcome> {
    const terms = queryTerms(query)
    const counts = { type: {} as Record<string, number>, year: {} as Record<string, number> }
    if (!terms.length) return { terms, ids: [], counts }
    const e = await loadEntry()
    const [all, inTitle] = await Promise.all([matching(terms), matching(terms, TITLE_KEY)])
    const pairOf = (id: number) => e.pairs[parseInt(e.codes.slice(id * 3, id * 3 + 2), 36)]
    const titleLength = (id: number) => parseInt(e.codes[id * 3 + 2], 36)
    const keep: number[] = []
    for (const id of all) {
      const [type, year] = pairOf(id)
      const typeOk = !filters.type || type === filters.type
      const yearOk = !filters.year || year === filters.year
      if (yearOk) counts.type[type] = (counts.type[type] ?? 0) + 1
      if (typeOk) counts.year[year] = (counts.year[year] ?? 0) + 1
      if (typeOk && yearOk) keep.push(id)
    }
    // A title at most a few characters longer than the query names it (清风市 + 住房和城乡建设局).
    const named = terms.reduce((n, t) => n + [...t].length, 0) + NAMED_SLACK
    const titled = new Set(inTitle)
    const tier = (id: number) => (!titled.has(id) ? 2 : titleLength(id) <= named ? 0 : 1)
    const ids = [0, 1, 2].flatMap((t) => keep.filter((id) => tier(id) === t))
    return { terms, ids, counts }
  }

  async function load(id: number, terms: string[]): Promise<SearchHitData> {
    const e = await loadEntry()
    if (!docs.has(id)) {
      const loading = (source.json(`${e.build}/d/${id}.json`) as Promise<SearchDoc>).catch((error) => {
        docs.delete(id)
        throw error
      })
      docs.set(id, loading)
    }
    return describe(await docs.get(id)!, terms)
  }

  /**
   * The next `count` results from position `from` that really hold the query, loaded, and the
   * position after the last one examined (where the following page starts).
   */
  async function page(
    outcome: SearchOutcome,
    from: number,
    count: number,
  ): Promise<{ hits: SearchHitData[]; next: number }> {
    const hits: SearchHitData[] = []
    let next = from
    while (hits.length < count && next < outcome.ids.length) {
      const batch = outcome.ids.slice(next, next + (count - hits.length))
      next += batch.length
      for (const hit of await Promise.all(batch.map((id) => load(id, outcome.terms)))) if (hit.verified) hits.push(hit)
    }
    return { hits, next }
  }

  /** Filter values of the whole index, for the filter menus. */
  async function filterValues(): Promise<{ type: string[]; year: string[] }> {
    const e = await loadEntry()
    return {
      type: [...new Set(e.pairs.map((p) => p[0]))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
      year: [...new Set(e.pairs.map((p) => p[1]))].sort().reverse(),
    }
  }

  return { ready: loadEntry, search, page, load, filterValues }
}

export type PortalSearch = ReturnType<typeof createPortalSearch>

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Spans of `text` where any term occurs (Latin letters case-insensitive), merged. */
function matchSpans(text: string, terms: string[]): [number, number][] {
  // Normalisation keeps the length (one UTF-16 unit for one), so offsets carry over.
  const hay = normalizeSearchText(text)
  const spans: [number, number][] = []
  for (const term of terms) {
    for (let at = hay.indexOf(term); at >= 0; at = hay.indexOf(term, at + term.length))
      spans.push([at, at + term.length])
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([...span])
  }
  return merged
}

/** `text` escaped, with the terms in <mark>. */
export function highlight(text: string, terms: string[]): string {
  let out = ''
  let pos = 0
  for (const [from, to] of matchSpans(text, terms)) {
    out += escapeHtml(text.slice(pos, from)) + '<mark>' + escapeHtml(text.slice(from, to)) + '</mark>'
    pos = to
  }
  return out + escapeHtml(text.slice(pos))
}

/** A window of about `length` characters around the first match in `body`. */
export function excerpt(body: string, terms: string[], length = 90): string {
  const first = matchSpans(body, terms)[0]
  const start = first ? Math.max(0, Math.min(first[0] - Math.floor(length / 3), body.length - length)) : 0
  const end = Math.min(body.length, start + length)
  return (start > 0 ? '…' : '') + highlight(body.slice(start, end), terms) + (end < body.length ? '…' : '')
}

function describe(doc: SearchDoc, terms: string[]): SearchHitData {
  const lines = doc.x.split('\n')
  // Lines stay apart: a term never matches across a block boundary, as in the index.
  const normalized = normalizeSearchText(doc.x).split('\n')
  const verified = terms.every((t) => normalized.some((line) => line.includes(t)))
  const body = (lines[0] === doc.t ? lines.slice(1) : lines).join(' ')
  return {
    url: doc.u,
    title: doc.t,
    titleHtml: highlight(doc.t, terms),
    excerptHtml: excerpt(body || doc.t, terms),
    type: doc.s,
    date: doc.d,
    verified,
  }
}
