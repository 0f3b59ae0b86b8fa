// Facets of the browsable lists: every value of a facet gets its own static page
// (`/<collection>/<facet>/<value>/`), so filtering works without JavaScript; the combining
// filter on the list page uses the same keys and slugs (site/scripts/facetFilter.ts).
import { loadCollection, type Entry } from './collections'
import { facetSlug } from './facetSlug'
import { quarterLabel } from './format'
import {
  CATEGORY_OPTIONS,
  DOMAIN_OPTIONS,
  EIGHT_RULES_OPTIONS,
  GOVERNMENT_SANCTION_OPTIONS,
  LEVEL_OPTIONS,
  PARTY_SANCTION_OPTIONS,
  slugsOf,
  VALIDITY_OPTIONS,
  VIOLATION_OPTIONS,
} from '../../content/model/options'
import {
  CATALOG_CATEGORIES,
  CATALOG_DOMAINS,
  EIGHT_RULES_TYPES,
  GOVERNMENT_SANCTIONS,
  LEVELS,
  PARTY_SANCTIONS,
  VALIDITY,
  VIOLATION_TYPES,
} from '../schemas/options'

/** URL slugs of the select labels: the stored values of the content model, ASCII and stable. */
export const LEVEL_SLUGS = slugsOf(LEVEL_OPTIONS)
export const VIOLATION_SLUGS = slugsOf(VIOLATION_OPTIONS)
export const EIGHT_RULES_SLUGS = slugsOf(EIGHT_RULES_OPTIONS)
export const PARTY_SANCTION_SLUGS = slugsOf(PARTY_SANCTION_OPTIONS)
export const GOVERNMENT_SANCTION_SLUGS = slugsOf(GOVERNMENT_SANCTION_OPTIONS)
export const VALIDITY_SLUGS = slugsOf(VALIDITY_OPTIONS)
export const CATEGORY_SLUGS = slugsOf(CATEGORY_OPTIONS)
export const DOMAIN_SLUGS = slugsOf(DOMAIN_OPTIONS)

/** Collections browsable by facets. */
export type FacetedCollection = 'cases' | 'catalog-items' | 'disclosures'

/** What a facet may look up besides the entry: a catalogue item's unit level is on the unit. */
export interface FacetContext {
  departments: Map<string, Entry<'departments'>>
}

/** One value of a facet as an entry has it. `parent` nests a value under another (八项规定 sub-types). */
export interface FacetKey {
  slug: string
  label: string
  parent?: string
}

export interface FacetDefinition<C extends FacetedCollection> {
  /** URL segment and query parameter name. */
  key: string
  label: string
  /** The values of one entry (several for multi-valued fields). */
  values: (entry: Entry<C>, context: FacetContext) => FacetKey[]
  /** Display order of values: given order of the slugs, or by label descending (years). */
  order?: readonly string[] | 'desc'
}

const keyOf = <T extends string>(slugs: Record<T, string>, label: T): FacetKey => ({ slug: slugs[label], label })

/**
 * A value from editors' text or an id: its slug names a folder of the build, so it goes through
 * facetSlug (青莲区 stays 青莲区; `..` or `a/../b` get a safe slug of their own).
 */
const textKey = (text: string, label = text): FacetKey => ({ slug: facetSlug(text), label })

export const CASE_FACETS: FacetDefinition<'cases'>[] = [
  {
    key: 'year',
    label: '年度',
    order: 'desc',
    values: (e) => [{ slug: e.data.decisionDate.slice(0, 4), label: `${e.data.decisionDate.slice(0, 4)}年` }],
  },
  {
    key: 'quarter',
    label: '季度',
    order: 'desc',
    values: (e) => {
      const year = e.data.decisionDate.slice(0, 4)
      const q = Math.ceil(Number(e.data.decisionDate.slice(5, 7)) / 3)
      return [{ slug: `${year}-q${q}`, label: `${year}年${quarterLabel(q)}` }]
    },
  },
  {
    key: 'violation',
    label: '违纪类型',
    order: VIOLATION_TYPES.flatMap((v) => [
      VIOLATION_SLUGS[v],
      ...(v === '违反中央八项规定精神' ? EIGHT_RULES_TYPES.map((s) => EIGHT_RULES_SLUGS[s]) : []),
    ]),
    values: (e) => [
      ...e.data.violationTypes.map((v) => keyOf(VIOLATION_SLUGS, v)),
      ...e.data.eightRulesTypes.map((s) => ({
        ...keyOf(EIGHT_RULES_SLUGS, s),
        parent: VIOLATION_SLUGS['违反中央八项规定精神'],
      })),
    ],
  },
  {
    key: 'party-sanction',
    label: '党纪处分',
    order: [...PARTY_SANCTIONS.map((s) => PARTY_SANCTION_SLUGS[s]), 'none'],
    values: (e) => [
      e.data.partySanction
        ? keyOf(PARTY_SANCTION_SLUGS, e.data.partySanction)
        : { slug: 'none', label: '未给予党纪处分' },
    ],
  },
  {
    key: 'government-sanction',
    label: '政务处分',
    order: [...GOVERNMENT_SANCTIONS.map((s) => GOVERNMENT_SANCTION_SLUGS[s]), 'none'],
    values: (e) => [
      e.data.governmentSanction
        ? keyOf(GOVERNMENT_SANCTION_SLUGS, e.data.governmentSanction)
        : { slug: 'none', label: '未给予政务处分' },
    ],
  },
  {
    key: 'referred',
    label: '移送检察机关',
    order: ['yes', 'no'],
    values: (e) => [e.data.referred ? { slug: 'yes', label: '已移送检察机关' } : { slug: 'no', label: '未移送' }],
  },
  {
    key: 'level',
    label: '层级',
    order: LEVELS.map((l) => LEVEL_SLUGS[l]),
    values: (e) => [keyOf(LEVEL_SLUGS, e.data.level)],
  },
  { key: 'region', label: '区域', values: (e) => [textKey(e.data.region)] },
]

export const CATALOG_FACETS: FacetDefinition<'catalog-items'>[] = [
  {
    key: 'category',
    label: '公开类别',
    order: CATALOG_CATEGORIES.map((c) => CATEGORY_SLUGS[c]),
    values: (e) => [keyOf(CATEGORY_SLUGS, e.data.category)],
  },
  {
    key: 'domain',
    label: '领域',
    order: CATALOG_DOMAINS.map((d) => DOMAIN_SLUGS[d]),
    values: (e) => [keyOf(DOMAIN_SLUGS, e.data.domain)],
  },
  {
    key: 'level',
    label: '层级',
    order: LEVELS.map((l) => LEVEL_SLUGS[l]),
    values: (e, { departments }) => {
      const level = e.data.department && departments.get(e.data.department.id)?.data.level
      return level ? [keyOf(LEVEL_SLUGS, level)] : []
    },
  },
  {
    key: 'unit',
    label: '公开主体',
    values: (e) => (e.data.department ? [textKey(e.data.department.id, e.data.department.name)] : []),
  },
]

export const DISCLOSURE_FACETS: FacetDefinition<'disclosures'>[] = [
  {
    key: 'year',
    label: '发布年度',
    order: 'desc',
    values: (e) => [{ slug: e.data.publishDate.slice(0, 4), label: `${e.data.publishDate.slice(0, 4)}年` }],
  },
  {
    key: 'unit',
    label: '发文机关',
    values: (e) => (e.data.department ? [textKey(e.data.department.id, e.data.department.name)] : []),
  },
  {
    key: 'item',
    label: '目录事项',
    values: (e) => (e.data.catalogItem ? [textKey(e.data.catalogItem.id, e.data.catalogItem.name)] : []),
  },
  { key: 'subject', label: '主题分类', values: (e) => (e.data.subject ? [textKey(e.data.subject)] : []) },
  {
    key: 'validity',
    label: '有效性',
    order: VALIDITY.map((v) => VALIDITY_SLUGS[v]),
    values: (e) => [keyOf(VALIDITY_SLUGS, e.data.validity)],
  },
]

const DEFINITIONS: { [C in FacetedCollection]: FacetDefinition<C>[] } = {
  cases: CASE_FACETS,
  'catalog-items': CATALOG_FACETS,
  disclosures: DISCLOSURE_FACETS,
}

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
  definitions: FacetDefinition<C>[],
  entries: Entry<C>[],
  context: FacetContext,
): Facet<C>[] {
  return definitions.map((def) => {
    const bySlug = new Map<string, FacetValue<C>>()
    for (const entry of entries) {
      for (const key of def.values(entry, context)) {
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

export const FACETED_COLLECTIONS: readonly FacetedCollection[] = ['cases', 'catalog-items', 'disclosures']
export const isFaceted = (c: string): c is FacetedCollection => (FACETED_COLLECTIONS as readonly string[]).includes(c)

/** The facets of a browsable collection, computed once per build. */
export async function loadFacets<C extends FacetedCollection>(collection: C): Promise<Facet<C>[]> {
  const departments = new Map((await loadCollection('departments')).map((d) => [d.id, d]))
  const definitions = DEFINITIONS[collection] as FacetDefinition<C>[]
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
