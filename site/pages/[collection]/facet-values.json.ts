// `/disclosures/facet-values.json` …: every value of the large facets with its count, for the
// 组合筛选 menus (site/scripts/facetFilter.ts), which carry only the current value in the HTML.
import type { APIRoute } from 'astro'
import { FACETED_COLLECTIONS, loadFacets, type FacetedCollection } from '../../lib/facets'
import { facetOptions, SELECT_LIMIT, type FacetOption } from '../../lib/facetNav'

export const getStaticPaths = () => FACETED_COLLECTIONS.map((collection) => ({ params: { collection } }))

export const GET: APIRoute = async ({ params }) => {
  const values: Record<string, FacetOption[]> = {}
  for (const facet of await loadFacets(params.collection as FacetedCollection)) {
    if (facet.values.length > SELECT_LIMIT) values[facet.key] = facetOptions(facet)
  }
  return new Response(JSON.stringify(values), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
