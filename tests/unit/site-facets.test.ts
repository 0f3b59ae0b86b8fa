// Large facets (hundreds of units at scale) in the browse-by list: the most frequent values,
// the current one, and a link to the facet's page of all values.
import { describe, expect, it } from 'vitest'
import type { Facet } from '../../site/lib/facets'
import { facetOptions, navFacets, navValues, NAV_LIMIT } from '../../site/lib/facetNav'

const facet = (counts: number[], withChild = false): Facet<'disclosures'> => ({
  key: 'unit',
  label: '发文机关',
  values: [
    ...counts.map((n, i) => ({ slug: `u${i}`, label: `单位${i}`, entries: Array.from({ length: n }) as never[] })),
    ...(withChild ? [{ slug: 'c', label: '子项', parent: 'u0', entries: [] as never[] }] : []),
  ],
})

describe('browse-by values of a facet', () => {
  it('should show every value of a small facet', () => {
    const [small] = navFacets([facet([3, 1, 2])])
    expect(navValues(small)).toEqual({ shown: small.values, hidden: 0 })
  })

  it('should show the most frequent values of a large facet in its own order, plus the current one', () => {
    const counts = Array.from({ length: 40 }, (_, i) => (i % 7) + 1)
    const [large] = navFacets([facet(counts)])
    const { shown, hidden } = navValues(large)
    expect(shown).toHaveLength(NAV_LIMIT - 1)
    expect(hidden).toBe(40 - (NAV_LIMIT - 1))
    const least = Math.min(...shown.map((v) => v.count))
    for (const v of large.values.filter((x) => !shown.includes(x))) expect(v.count).toBeLessThanOrEqual(least)
    expect(shown.map((v) => v.slug)).toEqual(large.values.filter((v) => shown.includes(v)).map((v) => v.slug))
    const rare = large.values.find((v) => v.count === 1)!
    expect(navValues(large, rare.slug).shown).toContain(rare)
  })

  it('should give the menus every value with its count and parent', () => {
    expect(facetOptions(facet([2, 5], true))).toEqual([
      { slug: 'u0', label: '单位0', count: 2 },
      { slug: 'u1', label: '单位1', count: 5 },
      { slug: 'c', label: '子项', count: 0, parent: 'u0' },
    ])
  })
})
