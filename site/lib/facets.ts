// Facets of the browsable lists: every value of a facet gets its own static page
// (`/<collection>/<facet>/<value>/`), so filtering works without JavaScript; the combining
// filter on the list page uses the same keys and slugs (site/scripts/facetFilter.ts).
import { loadCollection, type Entry } from './collections'
import { FACETED_COLLECTIONS, MODEL, type DataOf, type FacetedCollection } from '../../content/model/collections'
import type { FacetContext, FacetDefinition as ModelFacet, FacetKey } from '../../content/model/define'

export { FACETED_COLLECTIONS, type FacetedCollection }
export type { FacetContext, FacetKey }

/** A facet of a browsable collection: its descriptor's `facets` (content/model/collections/). */
export type FacetDefinition<C extends FacetedCollection> = ModelFacet<DataOf<C>>

/** The facets of the case list (the case page links to some of them). */
export const CASE_FACETS = MODEL.cases.facets

export interface FacetValue<C extends FacetedCollection> extends FacetKey {
  entries: Entry<C>[]
}
export interface Facet<C extends FacetedCollection> {
  key: string
  label: string
  values: FacetValue<C>[]
}

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN')

/** Groups entries (already in list order) by every value of every facet; empty values are left out. */
export function buildFacets<C extends FacetedCollection>(
  definitions: readonly FacetDefinition<C>[],
  entries: Entry<C>[],
  context: FacetContext,
): Facet<C>[] {
  return definitions.map((def) => {
    const bySlug = new Map<string, FacetValue<C>>()
    for (const entry of entries) {
      for (const key of def.values(entry as never, context)) {
        const value = bySlug.get(key.slug) ?? { ...key, entries: [] }
        // A multi-valued field could list one value twice; count the entry once.
        if (value.entries.at(-1) !== entry) value.entries.push(entry)
        bySlug.set(key.slug, value)
      }
    }
    const values = [...bySlug.values()]
    const order = def.order
    if (order === 'desc') values.sort((a, b) => (a.slug < b.slug ? 1 : a.slug > b.slug ? -1 : 0))
    else if (order) values.sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug))
    else values.sort((a, b) => zh(a.label, b.label))
    return { key: def.key, label: def.label, values }
  })
}

/** URL of a facet value's first page, e.g. `/cases/violation/integrity/`. */
export function facetUrl(collection: FacetedCollection, facet: string, slug: string): string {
  return `/${collection}/${facet}/${encodeURIComponent(slug)}/`
}

export const isFaceted = (c: string): c is FacetedCollection => (FACETED_COLLECTIONS as readonly string[]).includes(c)

/** The facets of a browsable collection, computed once per build. */
export async function loadFacets<C extends FacetedCollection>(collection: C): Promise<Facet<C>[]> {
  const departments = new Map((await loadCollection('departments')).map((d) => [d.id, d]))
  const definitions = MODEL[collection].facets as readonly FacetDefinition<C>[]
  return buildFacets(definitions, await loadCollection(collection), { departments })
}

/** The JSON behind the combining filter: `/<collection>/facets.json`. */
export const facetIndexUrl = (collection: FacetedCollection) => `/${collection}/facets.json`

/** One row of that JSON: what the list shows plus the facet slugs of the entry. */
export interface FacetRow {
  href: string
  title: string
  datetime?: string
  dateText?: string
  meta: string[]
  facets: Record<string, string[]>
}
