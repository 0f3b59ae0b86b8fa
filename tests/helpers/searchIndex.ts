// Searches a built site's static search index from Node with the portal's own search client
// (site/lib/searchClient.ts), reading the index files from disk instead of over HTTP.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createPortalSearch, type SearchFilters, type SearchHitData } from '../../site/lib/searchClient'

export function openSearchIndex(siteDir: string) {
  const root = path.join(siteDir, 'search-index')
  const portal = createPortalSearch({
    json: async (file) => JSON.parse(await readFile(path.join(root, file), 'utf8')),
  })
  return {
    portal,
    /** Every result of a reader's query that holds it, loaded, in rank order. */
    async search(query: string, filters?: SearchFilters): Promise<SearchHitData[]> {
      const outcome = await portal.search(query, filters)
      return (await portal.page(outcome, 0, outcome.ids.length)).hits
    },
  }
}
