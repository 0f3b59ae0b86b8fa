// `/cases/facets.json`, `/catalog-items/facets.json`: the rows the combining filter searches.
import type { APIRoute } from 'astro'
import { loadCollection, summarize } from '../../lib/collections'
import { FACETED_COLLECTIONS, loadFacets, type FacetedCollection, type FacetRow } from '../../lib/facets'

export const getStaticPaths = () => FACETED_COLLECTIONS.map((collection) => ({ params: { collection } }))

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as FacetedCollection
  const slugs = new Map<string, Record<string, string[]>>()
  for (const facet of await loadFacets(collection)) {
    for (const value of facet.values) {
      for (const entry of value.entries) {
        const own = slugs.get(entry.id) ?? {}
        ;(own[facet.key] ??= []).push(value.slug)
        slugs.set(entry.id, own)
      }
    }
  }
  const rows: FacetRow[] = (await loadCollection(collection)).map((entry) => {
    const { href, title, datetime, dateText, meta } = summarize(entry)
    return { href, title, datetime, dateText, meta, facets: slugs.get(entry.id) ?? {} }
  })
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
