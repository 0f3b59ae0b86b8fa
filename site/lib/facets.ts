// Facets of the browsable lists: every value of a facet gets its own static page
// (`/<collection>/<facet>/<value>/`), so filtering works without JavaScript; the combining
// filter on the list page uses the same keys and slugs (site/lib/caseIndex.ts).
import { loadCollection, type Entry } from './collections'
import { facetSlug } from './facetSlug'
import { quarterLabel } from './format'
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

type Label<T extends readonly string[]> = T[number]

/** URL slugs of the select labels: ASCII, the same as the CMS option values. */
export const LEVEL_SLUGS: Record<Label<typeof LEVELS>, string> = {
  市级: 'city',
  '县(市、区)级': 'county',
  '镇(街道)级': 'town',
  '村(社区)级': 'village',
}
export const VIOLATION_SLUGS: Record<Label<typeof VIOLATION_TYPES>, string> = {
  违反政治纪律: 'political',
  违反组织纪律: 'organizational',
  违反廉洁纪律: 'integrity',
  违反群众纪律: 'mass',
  违反工作纪律: 'work',
  违反生活纪律: 'life',
  违反中央八项规定精神: 'eight-rules',
}
export const EIGHT_RULES_SLUGS: Record<Label<typeof EIGHT_RULES_TYPES>, string> = {
  违规收受礼品礼金: 'gifts',
  公款旅游: 'travel',
  违规公款吃喝: 'dining',
  违规公款消费: 'consumption',
  出入私人会所: 'clubs',
  公车私用: 'car',
  违规操办婚丧喜庆: 'weddings',
  违规发放津补贴: 'allowances',
}
export const PARTY_SANCTION_SLUGS: Record<Label<typeof PARTY_SANCTIONS>, string> = {
  警告: 'warning',
  严重警告: 'serious-warning',
  撤销党内职务: 'removal',
  留党察看: 'probation',
  开除党籍: 'expulsion',
}
export const GOVERNMENT_SANCTION_SLUGS: Record<Label<typeof GOVERNMENT_SANCTIONS>, string> = {
  警告: 'warning',
  记过: 'demerit',
  记大过: 'major-demerit',
  降级: 'demotion',
  撤职: 'dismissal',
  开除: 'expulsion',
}
export const VALIDITY_SLUGS: Record<Label<typeof VALIDITY>, string> = {
  有效: 'valid',
  失效: 'expired',
  废止: 'repealed',
}
export const CATEGORY_SLUGS: Record<Label<typeof CATALOG_CATEGORIES>, string> = {
  党务公开: 'party',
  政务公开: 'government',
  办事公开: 'service',
}
export const DOMAIN_SLUGS: Record<Label<typeof CATALOG_DOMAINS>, string> = {
  工程建设招投标: 'engineering',
  政府采购: 'procurement',
  土地使用权出让: 'land',
  矿业权出让: 'mining',
  国有产权交易: 'state-assets',
  药品及医疗器械采购: 'medical',
  行政权力运行: 'admin-power',
  财政预决算: 'budget',
  '"三公"经费': 'three-public',
  五张清单: 'five-lists',
  考评结果: 'evaluation',
  整改情况: 'rectification',
  党建工作: 'party-building',
  干部人事: 'personnel',
  其他: 'other',
}

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
