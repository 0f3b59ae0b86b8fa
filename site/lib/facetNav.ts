// Which values of a facet the list pages show (pure, so it is unit-tested without Astro).
import type { Facet, FacetedCollection } from './facets'

/**
 * Facets with more top-level values than this (units, catalogue items: hundreds at scale) show
 * their most frequent ones in the browse-by list, with a link to the facet's page of all values;
 * repeating every value on every list page made each page 170 KB at 10,000 documents.
 */
export const NAV_LIMIT = 12
/** Facets with more values than this fill their 组合筛选 menu from `facetValuesUrl` when it starts. */
export const SELECT_LIMIT = 30

/** Page of all values of one facet, e.g. `/disclosures/unit/`. */
export const facetHubUrl = (collection: FacetedCollection, facet: string) => `/${collection}/${facet}/`
/** Options of the large facets' menus: `/<collection>/facet-values.json`. */
export const facetValuesUrl = (collection: FacetedCollection) => `/${collection}/facet-values.json`

/** One menu option of a facet value. */
export interface FacetOption {
  slug: string
  label: string
  count: number
  parent?: string
}

export const facetOptions = <C extends FacetedCollection>(facet: Facet<C>): FacetOption[] =>
  facet.values.map((v) => ({
    slug: v.slug,
    label: v.label,
    count: v.entries.length,
    ...(v.parent ? { parent: v.parent } : {}),
  }))

/**
 * What list pages show of a facet: its values and their counts, not the entries behind them. A
 * list page gets this as a prop, so editing one document re-renders only the list pages that
 * show it, unless a count changes (site/build/pageInputs.ts).
 */
export interface NavFacet {
  key: string
  label: string
  values: FacetOption[]
}

const navCache = new WeakMap<object, NavFacet[]>()

/** The NavFacets of a collection's facets, the same object for the same facets. */
export function navFacets<C extends FacetedCollection>(facets: Facet<C>[]): NavFacet[] {
  let nav = navCache.get(facets)
  if (!nav) navCache.set(facets, (nav = facets.map((f) => ({ key: f.key, label: f.label, values: facetOptions(f) }))))
  return nav
}

/**
 * The top-level values the browse-by list shows: all of them, or (above NAV_LIMIT) the most
 * frequent ones plus the current one, in the facet's own order.
 */
/** The most frequent top-level values of each large facet, computed once per facet. */
const frequent = new WeakMap<object, Set<string>>()

export function navValues(facet: NavFacet, currentSlug?: string): { shown: FacetOption[]; hidden: number } {
  const top = facet.values.filter((v) => !v.parent)
  if (top.length <= NAV_LIMIT) return { shown: top, hidden: 0 }
  let keep = frequent.get(facet)
  if (!keep) {
    keep = new Set(
      [...top]
        .sort((a, b) => b.count - a.count)
        .slice(0, NAV_LIMIT - 1)
        .map((v) => v.slug),
    )
    frequent.set(facet, keep)
  }
  const shown = top.filter((v) => keep.has(v.slug) || v.slug === currentSlug)
  return { shown, hidden: top.length - shown.length }
}
