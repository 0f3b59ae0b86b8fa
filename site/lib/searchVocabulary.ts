// The vocabulary the index entry carries for the search page (searchQuery.ts): the curated
// dictionary of content/model/searchTerms.ts, and the 简称 and 别称 of each unit as its page lists
// them — only those the dictionary does not already give (清风市住建局 follows from 住建局), which
// keeps the entry small at thousands of units.
import { EQUIVALENT_TERMS, SEARCH_WORDS } from '../../content/model/searchTerms'
import type { SearchRecord } from './searchExtract'
import { foldSearchText } from './searchFold'
import { alternativesOf, indexVocabulary, MAX_QUERY_CHARS, type SearchVocabulary } from './searchQuery'

const curated = indexVocabulary({ groups: EQUIVALENT_TERMS.map((g) => [...g]), words: [] }, foldSearchText)

export function searchVocabulary(records: SearchRecord[]): SearchVocabulary {
  const units: string[][] = []
  for (const record of records) {
    const [name, ...aliases] = record.names ?? []
    if (!name || name.length > MAX_QUERY_CHARS) continue
    const known = new Set([foldSearchText(name), ...alternativesOf(foldSearchText(name), curated)])
    // A name longer than a query can be is never typed (searchQuery.ts cuts queries there).
    const own = aliases.filter((a) => a.length <= MAX_QUERY_CHARS && !known.has(foldSearchText(a)))
    if (own.length) units.push([name, ...own])
  }
  units.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return { groups: [...EQUIVALENT_TERMS.map((g) => [...g]), ...units], words: [...SEARCH_WORDS] }
}
