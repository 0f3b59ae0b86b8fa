// Search quality against substring truth: a page is a true match of a query when the text a
// reader sees in its searchable part (data-search-body without data-search-ignore and without
// labels, data-search-label) holds every term of the query or of one of the query's listed
// equivalents (住建局 → 住房和城乡建设局; 禮品禮金 → 礼品礼金; 小金库。→ 小金库; 2025年收受礼品 →
// 2025年 收受礼品). Truth is read from the built HTML with cheerio, independently of the index
// builder, and the equivalents are written out in bench/search/queries.json rather than taken
// from the search code; results come from the built index through the portal's own search
// client, as the search page would list them.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import * as cheerio from 'cheerio'
import type { AnyNode } from 'domhandler'
import { normalizeSearchText, queryTerms, urlOfFile, type PortalSearch } from '../../site/build'

export interface Query {
  q: string
  kind: string
  /** Queries whose pages are true matches too (each a full query: space-separated terms, all required). */
  equivalents?: string[]
  /**
   * When no page holds the query or an equivalent: the queries of its run-together parts
   * (2025年收受礼品 → 2025年 收受礼品), whose pages are then the true matches.
   */
  split?: string[]
}

export interface QueryScore {
  q: string
  kind: string
  truth: number
  results: number
  /** Share of true pages found; null when no page holds the query. */
  recall: number | null
  /** Share of the first ten results shown that are true (1 when none are shown). */
  precision10: number
  /** Candidates the index returned that the page text then ruled out (not shown, but counted). */
  unverified: number
  /** True pages that were not found (up to 3), for reports. */
  missed: string[]
}

// Its own list rather than searchExtract.ts's: truth must not share the indexer's mistakes.
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'ins',
  'del',
])

/** Visible text of an element: block elements end a line, inline ones do not. */
function textOf($: cheerio.CheerioAPI, nodes: AnyNode[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text') out += (node as { data: string }).data
    else if (node.type === 'tag') {
      const el = node as unknown as { name: string; attribs: Record<string, string>; children: AnyNode[] }
      if (
        el.name === 'script' ||
        el.name === 'style' ||
        'data-search-ignore' in el.attribs ||
        'data-search-label' in el.attribs
      )
        continue
      const inner = textOf($, el.children)
      out += INLINE.has(el.name) ? inner : `\n${inner}\n`
    }
  }
  return out
}

/** url → normalised searchable text of every indexed page of a built site. */
export async function siteTexts(siteDir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>()
  const files = (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith('.html'))
  for (const file of files) {
    const html = await readFile(path.join(siteDir, file), 'utf8')
    if (!html.includes('data-search-body')) continue
    const $ = cheerio.load(html)
    const body = $('[data-search-body]').toArray()
    const url = urlOfFile(file)
    texts.set(url, normalizeSearchText(textOf($, body)).toLowerCase())
  }
  return texts
}

/** Pages holding every term of the query or of one of its equivalents; if none, of one of its split forms. */
export function truthOf(
  texts: Map<string, string>,
  query: string,
  equivalents: string[] = [],
  split: string[] = [],
): Set<string> {
  const found = holdingAny(texts, [query, ...equivalents])
  return found.size ? found : holdingAny(texts, split)
}

function holdingAny(texts: Map<string, string>, queries: string[]): Set<string> {
  const found = new Set<string>()
  for (const form of queries) {
    const terms = queryTerms(form).map((t) => t.toLowerCase())
    if (!terms.length) continue
    for (const [url, text] of texts) if (terms.every((t) => text.includes(t))) found.add(url)
  }
  return found
}

/**
 * Scores every query. Recall counts the candidates the text check keeps (every candidate's
 * document is loaded, as if the reader paged through all results); precision is over the first
 * ten results the search page shows.
 */
export async function scoreQueries(
  portal: PortalSearch,
  texts: Map<string, string>,
  queries: Query[],
): Promise<QueryScore[]> {
  const scores: QueryScore[] = []
  for (const { q, kind, equivalents, split } of queries) {
    const truth = truthOf(texts, q, equivalents, split)
    const outcome = await portal.search(q)
    const all = await portal.page(outcome, 0, outcome.ids.length)
    const found = all.hits.map((h) => h.url)
    const foundSet = new Set(found)
    const hitCount = [...truth].filter((u) => foundSet.has(u)).length
    const top = (await portal.page(outcome, 0, 10)).hits.map((h) => h.url)
    scores.push({
      q,
      kind,
      truth: truth.size,
      results: found.length,
      recall: truth.size ? hitCount / truth.size : null,
      precision10: top.length ? top.filter((u) => truth.has(u)).length / top.length : 1,
      unverified: outcome.ids.length - found.length,
      missed: [...truth].filter((u) => !foundSet.has(u)).slice(0, 3),
    })
  }
  return scores
}

export interface QualitySummary {
  queries: number
  /** Queries with at least one true page (recall is defined for these). */
  withTruth: number
  minRecall: number
  meanRecall: number
  minPrecision10: number
  meanPrecision10: number
}

export function summarize(scores: QueryScore[]): QualitySummary {
  const recalls = scores.map((s) => s.recall).filter((r): r is number => r !== null)
  const precisions = scores.map((s) => s.precision10)
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1)
  return {
    queries: scores.length,
    withTruth: recalls.length,
    minRecall: recalls.length ? Math.min(...recalls) : 1,
    meanRecall: mean(recalls),
    minPrecision10: Math.min(...precisions),
    meanPrecision10: mean(precisions),
  }
}
