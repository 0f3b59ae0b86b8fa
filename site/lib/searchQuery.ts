// What a reader typed, as the search runs it (docs/search.md): cleaned of what cannot be text,
// split into terms at spaces, each term's leading and trailing punctuation dropped (小金库。→
// 小金库), traditional characters read as simplified, and each term's equivalent names from the
// vocabulary (the curated dictionary and the units' 简称) searched as well. A term in 「」 or “”
// quotes is matched as written: never expanded or split. When a query finds nothing, a term typed
// without spaces is split at the words the vocabulary knows, years and numbers.
import { normalizeSearchText } from './searchText'

/** Names and words the search knows, as the index entry carries them. */
export interface SearchVocabulary {
  /** Groups of equivalent names: the curated dictionary, then each unit's 全称 with its 简称 and 别称. */
  groups: string[][]
  /** Further words a run-together query is split at (behaviours, sanctions). */
  words: string[]
}

export interface QueryTerm {
  /** The term as searched (folded). */
  text: string
  /** Typed in quotes: matched as written. */
  exact: boolean
  /** Equivalent forms searched as well; none holds another form or the term itself. */
  alternatives: string[]
}

export interface QueryPlan {
  terms: QueryTerm[]
  /** Punctuation and quotes dropped from the ends of terms, in order. */
  dropped: string[]
  /** Some term held traditional characters, searched as simplified. */
  folded: boolean
  /** Why part of the query was not used: longer than MAX_QUERY_CHARS, or more than MAX_TERMS terms. */
  truncated: 'length' | 'terms' | null
}

/** Longer queries are cut here (a search box is not a document). */
export const MAX_QUERY_CHARS = 100
/** More terms than this are left out. */
export const MAX_TERMS = 10
/** At most this many equivalent forms per term. */
const MAX_ALTERNATIVES = 16

// A whole space-separated part in quotes; quotes inside a term (“三公”经费) are part of it.
const QUOTED = /(?<=^|[\s\u3000])(?:「([^」]*)」|『([^』]*)』|“([^”]*)”|"([^"]*)")(?=$|[\s\u3000])/gu
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu
const PUNCTUATION = /[\p{P}\p{S}]/u
// Control, zero-width and direction characters: never part of what a page shows.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const SPACES = /[\s\u3000]+/u
/** Years and codes a run-together query is split at: 2025年, 2025年3月, 12388, 2025-00002 (never inside a code). */
const NUMBER = /^(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|[0-9a-z][0-9a-z\-./:_]*)/
/** A single character left between known words that says nothing on its own. */
const FILLER = new Set(['的', '了', '之', '和', '与', '及', '或', '在'])

/** The query without invisible characters and lone surrogates, at most MAX_QUERY_CHARS characters. */
export function cleanQuery(query: string): { text: string; truncated: boolean } {
  const text = query.replace(LONE_SURROGATE, '').replace(INVISIBLE, ' ')
  const chars = Array.from(text.length > MAX_QUERY_CHARS * 2 ? text.slice(0, MAX_QUERY_CHARS * 2) : text)
  if (chars.length <= MAX_QUERY_CHARS) return { text, truncated: false }
  return { text: chars.slice(0, MAX_QUERY_CHARS).join(''), truncated: true }
}

/** A vocabulary ready for lookups: every form → the other forms of its groups, and the split words. */
export interface VocabularyIndex {
  forms: Map<string, Set<string>>
  words: Set<string>
  longest: number
}

export function indexVocabulary(vocabulary: SearchVocabulary, fold: (text: string) => string): VocabularyIndex {
  const forms = new Map<string, Set<string>>()
  const words = new Set<string>()
  let longest = 0
  for (const group of vocabulary.groups) {
    const folded = [...new Set(group.map(fold).filter((f) => f.length >= 2))]
    for (const form of folded) {
      const others = forms.get(form) ?? new Set<string>()
      for (const other of folded) if (other !== form) others.add(other)
      forms.set(form, others)
      words.add(form)
      longest = Math.max(longest, form.length)
    }
  }
  for (const word of vocabulary.words) {
    const folded = fold(word)
    if (folded.length < 2) continue
    words.add(folded)
    longest = Math.max(longest, folded.length)
  }
  return { forms, words, longest }
}

/** The longest known string of `set` starting at `at` in `text`, or ''. */
function longestAt(text: string, at: number, set: { has(s: string): boolean }, longest: number): string {
  for (let n = Math.min(longest, text.length - at); n >= 2; n--) {
    const candidate = text.slice(at, at + n)
    if (set.has(candidate)) return candidate
  }
  return ''
}

/**
 * The equivalent forms of a term: each name of the vocabulary it holds (longest first, left to
 * right) replaced by the other names of its group, in every combination. A form that holds the
 * term or another form is left out: every page holding it holds that one already.
 */
export function alternativesOf(term: string, vocabulary: VocabularyIndex): string[] {
  const parts: string[][] = []
  let plain = ''
  for (let i = 0; i < term.length;) {
    const name = longestAt(term, i, vocabulary.forms, vocabulary.longest)
    if (!name) {
      plain += term[i++]
      continue
    }
    if (plain) parts.push([plain])
    plain = ''
    parts.push([name, ...vocabulary.forms.get(name)!])
    i += name.length
  }
  if (plain) parts.push([plain])
  if (parts.every((p) => p.length === 1)) return []
  let variants = ['']
  for (const options of parts) {
    variants = variants.flatMap((v) => options.map((o) => v + o)).slice(0, MAX_ALTERNATIVES * 4)
  }
  const kept: string[] = []
  for (const variant of [...new Set(variants)].sort((a, b) => a.length - b.length)) {
    if (variant.includes(term) || kept.some((k) => variant.includes(k))) continue
    kept.push(variant)
    if (kept.length === MAX_ALTERNATIVES) break
  }
  return kept
}

/** The query as terms to search (see the top of this file). */
export function parseQuery(
  query: string,
  fold: (text: string) => string,
  vocabulary: VocabularyIndex | null,
): QueryPlan {
  const { text, truncated: long } = cleanQuery(query)
  const typed: { text: string; exact: boolean }[] = []
  const dropped: string[] = []
  const rest = text.replace(QUOTED, (_all, ...groups: (string | undefined)[]) => {
    const phrase = groups.slice(0, 4).find((g) => g !== undefined) ?? ''
    for (const part of phrase.split(SPACES)) if (part) typed.push({ text: part, exact: true })
    return ' '
  })
  for (const part of rest.split(SPACES)) {
    const bare = part.replace(EDGE_PUNCTUATION, (p) => {
      dropped.push(p)
      return ''
    })
    if (bare) typed.push({ text: bare, exact: false })
  }
  let folded = false
  const seen = new Set<string>()
  const terms: QueryTerm[] = []
  for (const t of typed) {
    const searched = fold(t.text)
    if (searched !== normalizeSearchText(t.text)) folded = true
    const key = `${t.exact ? 1 : 0}${searched}`
    if (seen.has(key)) continue
    seen.add(key)
    terms.push({
      text: searched,
      exact: t.exact,
      alternatives: t.exact || !vocabulary ? [] : alternativesOf(searched, vocabulary),
    })
  }
  const truncated = long ? 'length' : terms.length > MAX_TERMS ? 'terms' : null
  return { terms: terms.slice(0, MAX_TERMS), dropped, folded, truncated }
}

/**
 * A term typed without spaces as the known words, years and numbers it is made of, with what
 * lies between them as terms of their own (2025年收受礼品 → 2025年、收受礼品); null when it does
 * not split into two or more.
 */
export function splitRunTogether(term: string, vocabulary: VocabularyIndex | null): string[] | null {
  const pieces: string[] = []
  let pending = ''
  const flush = () => {
    // 民政局的公款旅游: the 的 between the parts belongs to neither.
    if (pending.length > 1 && pending.endsWith('的')) pending = pending.slice(0, -1)
    if (pending && !(pending.length === 1 && FILLER.has(pending))) pieces.push(pending)
    pending = ''
  }
  for (let i = 0; i < term.length;) {
    const rest = term.slice(i)
    if (PUNCTUATION.test(term[i])) {
      flush()
      i++
      continue
    }
    const found = NUMBER.exec(rest)?.[0] || (vocabulary ? longestAt(term, i, vocabulary.words, vocabulary.longest) : '')
    if (found) {
      // A name keeps what comes before it (清风市 + 住建局 is one unit); other words stand alone.
      if (vocabulary?.forms.has(found)) pending += found
      else {
        flush()
        pieces.push(found)
      }
      i += found.length
      continue
    }
    pending += term[i++]
  }
  flush()
  const distinct = [...new Set(pieces)]
  return distinct.length >= 2 ? distinct : null
}
