// The portal's search over the static index (searchIndex.ts): the same code runs on the search
// page, in the quality benchmark and in tests. The query becomes terms (searchQuery.ts); a page
// matches when it holds every term in one of its forms (as typed, or an equivalent name).
// Ranking: pages holding the terms as typed before pages found only through an equivalent name;
// within each, pages whose short title holds the query (a unit's own page for its name), then
// other title matches, then the rest; newest first within each. Each result shown is checked
// against its text, so a page without the query never appears. A query that finds nothing is
// tried once more with its run-together terms split (2025年收受礼品 → 2025年、收受礼品).
import type { SearchDoc, SearchEntry } from './searchIndex'
import {
  alternativesOf,
  indexVocabulary,
  MAX_TERMS,
  parseQuery,
  splitRunTogether,
  type QueryPlan,
  type QueryTerm,
  type VocabularyIndex,
} from './searchQuery'
import { decodePostings, LABEL_END, normalizeSearchText, shardOf, termGrams, TITLE_KEY } from './searchText'

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
  /** The passage around the first match (a labelled fact with its label), escaped, terms in <mark>. */
  excerptHtml: string
  /** 类型 and date as shown. */
  type: string
  date: string
  /** The text holds every term (false only for a rare n-gram coincidence; never shown). */
  verified: boolean
}

export interface SearchOutcome {
  /** How the query was read: its terms (after a split, the split ones) and what was dropped. */
  plan: QueryPlan
  /** The terms as typed matched nothing; these run-together terms were searched instead. */
  split: string[] | null
  /** Equivalent names that found pages (同时搜索了…). */
  expanded: string[]
  /** Matching documents after filters, best first (candidates; see SearchHitData.verified). */
  ids: number[]
  /** Matching documents with no filter applied. */
  total: number
  /** Matches per 类型 (with the 年份 filter applied) and per 年份 (with the 类型 filter applied). */
  counts: { type: Record<string, number>; year: Record<string, number> }
  /** No query, only filters: every document of the chosen 类型 and 年份, newest first. */
  browsing: boolean
}

/** How much longer than the query a title may be and still count as naming it. */
const NAMED_SLACK = 6

type Fold = (text: string) => string

const intersect = (lists: number[][]): number[] => {
  const sorted = [...lists].sort((a, b) => a.length - b.length)
  let result = sorted[0] ?? []
  for (const list of sorted.slice(1)) {
    const other = new Set(list)
    result = result.filter((id) => other.has(id))
    if (!result.length) break
  }
  return result
}
/** A document's (类型, 年份) from the entry's codes (searchIndex.ts: two base-36 digits per document). */
const pairOf = (e: SearchEntry, id: number): [string, string] =>
  e.pairs[parseInt(e.codes.slice(id * 3, id * 3 + 2), 36)]

const union = (lists: number[][]): number[] =>
  lists.length === 1 ? lists[0] : [...new Set(lists.flat())].sort((a, b) => a - b)

export function createPortalSearch(source: IndexSource) {
  let entry: Promise<SearchEntry> | null = null
  // Traditional → simplified (searchFold.ts) is loaded with the entry, not with the page.
  let fold: Promise<Fold> | null = null
  let vocabulary: VocabularyIndex | null = null
  const shards = new Map<number, Promise<Record<string, string>>>()
  const docs = new Map<number, Promise<SearchDoc>>()

  const loadEntry = () =>
    (entry ??= (source.json('entry.json', true) as Promise<SearchEntry>).catch((error) => {
      entry = null
      throw error
    }))
  const loadFold = () =>
    (fold ??= import('./searchFold').then(
      (m) => m.foldSearchText,
      (error) => {
        fold = null
        throw error
      },
    ))

  /** The entry, the fold and the vocabulary, loaded once. */
  async function ready(): Promise<{ e: SearchEntry; f: Fold; vocab: VocabularyIndex | null }> {
    const [e, f] = await Promise.all([loadEntry(), loadFold()])
    if (!vocabulary && e.vocabulary) vocabulary = indexVocabulary(e.vocabulary, f)
    return { e, f, vocab: vocabulary }
  }

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

  /** Documents filed under every n-gram of one form of a term (sorted). */
  const holding = async (form: string, prefix: string) =>
    intersect(await Promise.all(termGrams(form).map((g) => postings(prefix + g))))

  /** Documents matching every term: as typed, in any form, and in any form in the title. */
  async function find(terms: QueryTerm[]) {
    const perTerm = await Promise.all(
      terms.map(async (term) => {
        const forms = [term.text, ...term.alternatives]
        const [body, title] = await Promise.all([
          Promise.all(forms.map((f) => holding(f, ''))),
          Promise.all(forms.map((f) => holding(f, TITLE_KEY))),
        ])
        return { typed: body[0], any: union(body), title: union(title), found: forms.filter((_, i) => body[i].length) }
      }),
    )
    return {
      typed: intersect(perTerm.map((t) => t.typed)),
      any: intersect(perTerm.map((t) => t.any)),
      title: intersect(perTerm.map((t) => t.title)),
      alternativesFound: terms.flatMap((t, i) => t.alternatives.filter((a) => perTerm[i].found.includes(a))),
    }
  }

  async function search(query: string, filters: SearchFilters = {}): Promise<SearchOutcome> {
    const { e, f, vocab } = await ready()
    let plan = parseQuery(query, f, vocab)
    const counts = { type: {} as Record<string, number>, year: {} as Record<string, number> }
    const titleLength = (id: number) => parseInt(e.codes[id * 3 + 2], 36)
    const browsing = !plan.terms.length
    if (browsing && !filters.type && !filters.year)
      return { plan, split: null, expanded: [], ids: [], total: 0, counts, browsing: false }

    let found = browsing
      ? { typed: [], any: Array.from({ length: e.docs }, (_, i) => i), title: [], alternativesFound: [] }
      : await find(plan.terms)
    let split: string[] | null = null
    if (!browsing && !found.any.length) {
      const terms = plan.terms.flatMap(
        (t) =>
          (!t.exact &&
            splitRunTogether(t.text, vocab)?.map((text) => ({
              text,
              exact: false,
              alternatives: vocab ? alternativesOf(text, vocab) : [],
            }))) || [t],
      )
      if (terms.length > plan.terms.length) {
        const again = await find(terms.slice(0, MAX_TERMS))
        if (again.any.length) {
          found = again
          plan = { ...plan, terms: terms.slice(0, MAX_TERMS) }
          split = plan.terms.map((t) => t.text)
        }
      }
    }

    const keep: number[] = []
    for (const id of found.any) {
      const [type, year] = pairOf(e, id)
      const typeOk = !filters.type || type === filters.type
      const yearOk = !filters.year || year === filters.year
      if (yearOk) counts.type[type] = (counts.type[type] ?? 0) + 1
      if (typeOk) counts.year[year] = (counts.year[year] ?? 0) + 1
      if (typeOk && yearOk) keep.push(id)
    }
    // A title at most a few characters longer than the query names it (清风市 + 住房和城乡建设局).
    const named =
      plan.terms.reduce((n, t) => n + Math.max(...[t.text, ...t.alternatives].map((s) => [...s].length)), 0) +
      NAMED_SLACK
    const typed = new Set(split ? found.any : found.typed)
    const titled = new Set(found.title)
    const tier = (id: number) =>
      (typed.has(id) || browsing ? 0 : 3) + (!titled.has(id) ? 2 : titleLength(id) <= named ? 0 : 1)
    const byTier: number[][] = [[], [], [], [], [], []]
    for (const id of keep) byTier[tier(id)].push(id)
    return {
      plan,
      split,
      expanded: [...new Set(found.alternativesFound)],
      ids: byTier.flat(),
      total: found.any.length,
      counts,
      browsing,
    }
  }

  async function load(id: number, outcome: SearchOutcome): Promise<SearchHitData> {
    const { e, f } = await ready()
    if (!docs.has(id)) {
      const loading = (source.json(`${e.build}/d/${id}.json`) as Promise<SearchDoc>).catch((error) => {
        docs.delete(id)
        throw error
      })
      docs.set(id, loading)
    }
    return describe(await docs.get(id)!, outcome.plan.terms, f)
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
      for (const hit of await Promise.all(batch.map((id) => load(id, outcome)))) if (hit.verified) hits.push(hit)
    }
    return { hits, next }
  }

  type FilterValues = {
    type: string[]
    year: string[]
    counts: { type: Record<string, number>; year: Record<string, number> }
  }
  let values: { entry: SearchEntry; values: FilterValues } | null = null

  /** Filter values of the whole index, for the filter menus, with the number of documents of each (once per entry). */
  async function filterValues(): Promise<FilterValues> {
    const e = await loadEntry()
    if (values?.entry === e) return values.values
    values = { entry: e, values: countValues(e) }
    return values.values
  }

  function countValues(e: SearchEntry): FilterValues {
    const counts = { type: {} as Record<string, number>, year: {} as Record<string, number> }
    for (let id = 0; id < e.docs; id++) {
      const [type, year] = pairOf(e, id)
      counts.type[type] = (counts.type[type] ?? 0) + 1
      counts.year[year] = (counts.year[year] ?? 0) + 1
    }
    return {
      type: [...new Set(e.pairs.map((p) => p[0]))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
      year: [...new Set(e.pairs.map((p) => p[1]))].sort().reverse(),
      counts,
    }
  }

  return { ready: () => ready().then(() => undefined), search, page, filterValues }
}

export type PortalSearch = ReturnType<typeof createPortalSearch>

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Spans of `text` where any form occurs (folded as the index is), merged. */
function matchSpans(text: string, forms: string[], fold: Fold): [number, number][] {
  // Folding keeps the length (one UTF-16 unit for one), so offsets carry over.
  const hay = fold(text)
  const spans: [number, number][] = []
  for (const form of forms) {
    if (!form) continue
    for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + form.length))
      spans.push([at, at + form.length])
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

/** `text` escaped, with the forms in <mark>. */
export function highlight(text: string, forms: string[], fold: Fold = normalizeSearchText): string {
  let out = ''
  let pos = 0
  for (const [from, to] of matchSpans(text, forms, fold)) {
    out += escapeHtml(text.slice(pos, from)) + '<mark>' + escapeHtml(text.slice(from, to)) + '</mark>'
    pos = to
  }
  return out + escapeHtml(text.slice(pos))
}

/** A window of about `length` characters of `text` around its first match. */
export function excerpt(text: string, forms: string[], length = 90, fold: Fold = normalizeSearchText): string {
  const first = matchSpans(text, forms, fold)[0]
  const start = first ? Math.max(0, Math.min(first[0] - Math.floor(length / 3), text.length - length)) : 0
  const end = Math.min(text.length, start + length)
  return (start > 0 ? '…' : '') + highlight(text.slice(start, end), forms, fold) + (end < text.length ? '…' : '')
}

/** A line of a document: its label (not searchable) and its text. */
const splitLine = (line: string): { label: string; value: string } => {
  const at = line.indexOf(LABEL_END)
  return at < 0 ? { label: '', value: line } : { label: line.slice(0, at), value: line.slice(at + 1) }
}

/**
 * The excerpt of a result: from the first line holding a term, a labelled fact shown with its
 * label (党纪处分：留党察看一年), then the lines after it up to about `length` characters. With no
 * match outside the title, the document's first paragraph.
 */
export function passage(lines: string[], forms: string[], fold: Fold, length = 90): string {
  const parts = lines.map(splitLine)
  let at = parts.findIndex((p) => matchSpans(p.value, forms, fold).length > 0)
  if (at < 0)
    at = Math.max(
      0,
      parts.findIndex((p) => !p.label),
    )
  let out = ''
  let used = 0
  for (let i = at; i < parts.length && used < length; i++) {
    const { label, value } = parts[i]
    const room = length - used - label.length
    if (i > at && room < 8) break
    const shown =
      i === at ? excerpt(value, forms, Math.max(room, 30), fold) : highlight(value.slice(0, room), forms, fold)
    const cut = i > at && value.length > room ? '…' : ''
    out += (out ? ' ' : '') + (label ? `${escapeHtml(label)}：` : '') + shown + cut
    used += label.length + Math.min(value.length, Math.max(room, 30)) + 1
  }
  return out
}

function describe(doc: SearchDoc, terms: QueryTerm[], fold: Fold): SearchHitData {
  const lines = doc.x.split('\n')
  // Lines stay apart: a term never matches across a block boundary, as in the index; labels are not searched.
  const searchable = lines.map((line) => fold(splitLine(line).value))
  const verified = terms.every((t) =>
    [t.text, ...t.alternatives].some((form) => searchable.some((line) => line.includes(form))),
  )
  const forms = terms.flatMap((t) => [t.text, ...t.alternatives])
  const body = lines[0] === doc.t ? lines.slice(1) : lines
  return {
    url: doc.u,
    title: doc.t,
    titleHtml: highlight(doc.t, forms, fold),
    excerptHtml: passage(body.length ? body : [doc.t], forms, fold),
    type: doc.s,
    date: doc.d,
    verified: verified || !terms.length,
  }
}
