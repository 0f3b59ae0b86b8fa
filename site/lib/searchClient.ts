// The portal's search on top of Pagefind's JS API: the same code runs on the search page, in the
// quality benchmark and in tests. A query is split into terms at spaces; each term is one exact
// phrase of index words (searchTokens.ts), so a result holds every term as written; results
// of several terms are the pages that match all of them.
import { decodeSearchText, normalizeSearchText, queryTerms, termWords } from './searchTokens';

/** What a page's fragment holds (the part of Pagefind's `data()` we use). */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

interface PagefindResult { id: string; score: number; data(): Promise<PagefindFragment> }
interface PagefindResponse { results: PagefindResult[]; filters: Record<string, Record<string, number>> }

/** The slice of Pagefind's JS API this module needs (the browser module and the Node adapter). */
export interface PagefindApi {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
}

/** One result, loaded on demand (each load fetches one fragment file). */
export interface SearchHit {
  id: string;
  load(): Promise<SearchHitData>;
}

export interface SearchHitData {
  url: string;
  /** Clean title (index words decoded). */
  title: string;
  /** Title as HTML: escaped, with the query's terms in <mark>. */
  titleHtml: string;
  /** About `excerptLength` characters around the first match, escaped, terms in <mark>. */
  excerptHtml: string;
  meta: Record<string, string>;
}

export interface SearchOutcome {
  terms: string[];
  hits: SearchHit[];
  /** Matches per filter value; null when the query has several terms (Pagefind counts one search). */
  counts: Record<string, Record<string, number>> | null;
}

/** How one term is put to Pagefind: an exact phrase, or (one word, or a prefix) a plain search. */
export function pagefindQuery(term: string): string {
  const { words, prefix } = termWords(term);
  // Only Pagefind's non-exact search matches prefixes; with one word it is exact anyway.
  if (words.length === 1 || prefix) return words.join(' ');
  return `"${words.join(' ')}"`;
}

export async function searchPortal(pagefind: PagefindApi, query: string, filters: Record<string, string> = {}): Promise<SearchOutcome> {
  const terms = queryTerms(query);
  if (!terms.length) return { terms, hits: [], counts: null };
  const options = Object.keys(filters).length ? { filters } : undefined;
  const responses = await Promise.all(terms.map((term) => pagefind.search(pagefindQuery(term), options)));
  // A newer search superseded this one (Pagefind's debounce returns null).
  if (responses.some((r) => r === null)) return { terms, hits: [], counts: null };
  const [first, ...rest] = responses as PagefindResponse[];
  let results = first.results;
  if (rest.length) {
    const scores = new Map(results.map((r) => [r.id, r.score]));
    for (const response of rest) {
      const next = new Map<string, number>();
      for (const r of response.results) if (scores.has(r.id)) next.set(r.id, scores.get(r.id)! + r.score);
      for (const id of [...scores.keys()]) if (!next.has(id)) scores.delete(id);
      for (const [id, score] of next) scores.set(id, score);
    }
    results = results.filter((r) => scores.has(r.id)).sort((a, b) => scores.get(b.id)! - scores.get(a.id)!);
  }
  const hits = results.map((r) => ({ id: r.id, load: async () => describe(await r.data(), terms) }));
  return { terms, hits, counts: rest.length ? null : first.filters };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Spans of `text` where any term occurs (case-insensitive for Latin letters), merged. */
function matchSpans(text: string, terms: string[]): [number, number][] {
  const hay = normalizeSearchText(text).toLowerCase();
  const spans: [number, number][] = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    for (let at = hay.indexOf(needle); at >= 0 && needle; at = hay.indexOf(needle, at + needle.length)) spans.push([at, at + needle.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** `text` escaped, with the spans in <mark>. */
export function highlight(text: string, terms: string[]): string {
  let out = '';
  let pos = 0;
  for (const [from, to] of matchSpans(text, terms)) {
    out += escapeHtml(text.slice(pos, from)) + '<mark>' + escapeHtml(text.slice(from, to)) + '</mark>';
    pos = to;
  }
  return out + escapeHtml(text.slice(pos));
}

/** A window of about `length` characters around the first match in the body (after the title). */
export function excerpt(content: string, title: string, terms: string[], length = 90): string {
  const body = content.startsWith(title) ? content.slice(title.length).replace(/^[\s.。]+/, '') : content;
  const first = matchSpans(body, terms)[0];
  const start = first ? Math.max(0, Math.min(first[0] - Math.floor(length / 3), body.length - length)) : 0;
  const end = Math.min(body.length, start + length);
  return (start > 0 ? '…' : '') + highlight(body.slice(start, end), terms) + (end < body.length ? '…' : '');
}

function describe(fragment: PagefindFragment, terms: string[]): SearchHitData {
  const title = decodeSearchText(fragment.meta.title ?? '').trim();
  const content = decodeSearchText(fragment.content).replace(/\s+/g, ' ').trim();
  return {
    url: fragment.url,
    title,
    titleHtml: highlight(title, terms),
    excerptHtml: excerpt(content, title, terms),
    meta: fragment.meta,
  };
}
