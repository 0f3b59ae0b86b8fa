// Loading, sorting and summarising the exported collections for lists, the home page and search.
import { getCollection, type CollectionEntry } from 'astro:content'
import { formatDate, formatMonth, formatWeek, isoWeekRange, quarterLabel, shanghaiDay } from './format'
import { CATALOG_CATEGORIES, LEVELS } from '../schemas/options'
import { detailUrl } from './urls'
import { workCalendar, type WorkCalendar } from './workdays'
import { noteRead } from './pageInputs'

export const COLLECTION_NAMES = [
  'catalog-items',
  'disclosures',
  'departments',
  'bulletins',
  'cases',
  'themes',
  'reminders',
  'brands',
  'exemplars',
  'articles',
] as const
export type CollectionName = (typeof COLLECTION_NAMES)[number]

/** Documents per list page. */
export const PAGE_SIZE = 20
export type Entry<C extends CollectionName = CollectionName> = CollectionEntry<C>

type Section = 'catalog' | 'warning' | 'culture'

/**
 * Chinese name, nav section, one-line intro and 栏目类型 (the ColumnType meta tag of government
 * sites) of each collection.
 */
export const COLLECTIONS: Record<
  CollectionName,
  { label: string; section: Section; intro: string; columnType: string }
> = {
  departments: {
    label: '责任单位',
    section: 'catalog',
    intro: '市、县(市、区)、镇(街道)、村(社区)四级责任单位，按层级排列。',
    columnType: '信息公开',
  },
  'catalog-items': {
    label: '公开目录',
    section: 'catalog',
    intro: '按党务公开、政务公开、办事公开分类，明确公开内容、依据、时限、程序、主体和渠道。',
    columnType: '信息公开',
  },
  disclosures: {
    label: '公开信息',
    section: 'catalog',
    intro: '各责任单位按公开目录发布的信息，按发布日期排列。',
    columnType: '信息公开',
  },
  cases: {
    label: '典型案例',
    section: 'warning',
    intro: '已公开的违纪违法典型案例，按处分决定日期排列。',
    columnType: '信息公开',
  },
  bulletins: {
    label: '警示通报',
    section: 'warning',
    intro: '一季一通报：通报典型案例，剖析发案原因，提出警示要求。',
    columnType: '信息公开',
  },
  themes: {
    label: '月度主题',
    section: 'culture',
    intro: '一月一主题：每月一个廉政教育主题及宣讲活动、学习资料。',
    columnType: '专题专栏',
  },
  reminders: {
    label: '每周提醒',
    section: 'culture',
    intro: '一周一提醒：每周一条廉洁提醒，重要节日前专门提醒。',
    columnType: '专题专栏',
  },
  brands: {
    label: '廉政文化品牌',
    section: 'culture',
    intro: '一地一品牌、一区一特色：各地廉政文化品牌。',
    columnType: '专题专栏',
  },
  exemplars: { label: '廉勤典型', section: 'culture', intro: '清正廉洁、勤政为民的先进典型。', columnType: '专题专栏' },
  articles: {
    label: '文章',
    section: 'culture',
    intro: '工作动态与廉政文化文章，按发布日期排列。',
    columnType: '政务动态',
  },
}

/** The breadcrumb parent of each collection's pages. */
export const SECTION_HUB: Record<Section, { label: string; href: string }> = {
  catalog: { label: '公开目录', href: '/catalog-items/' },
  warning: { label: '警示通报', href: '/bulletins/' },
  culture: { label: '廉政文化', href: '/culture/' },
}

const byDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)
const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN')

type Data<C extends CollectionName> = Entry<C>['data']
type Compare<C extends CollectionName> = (a: Data<C>, b: Data<C>) => number

/** List order of the collections not ordered by date (newest first). */
const COMPARE: { [C in CollectionName]?: Compare<C> } = {
  departments: (x, y) =>
    LEVELS.indexOf(x.level) - LEVELS.indexOf(y.level) || zh(x.region, y.region) || zh(x.name, y.name),
  'catalog-items': (x, y) =>
    CATALOG_CATEGORIES.indexOf(x.category) - CATALOG_CATEGORIES.indexOf(y.category) ||
    zh(x.primaryItem, y.primaryItem) ||
    zh(x.secondaryItem, y.secondaryItem),
  brands: (x, y) => zh(x.region, y.region) || zh(x.name, y.name),
  exemplars: (x, y) => (y.year ?? 0) - (x.year ?? 0) || zh(x.name, y.name),
}

function sortEntries<C extends CollectionName>(name: C, entries: Entry<C>[]): Entry<C>[] {
  const compare = COMPARE[name] as Compare<C> | undefined
  // Ties broken by id: the loader stores entries in the order their files finish loading.
  return [...entries].sort(
    compare
      ? (a, b) => compare(a.data, b.data) || byDesc(b.id, a.id)
      : (a, b) => byDesc(primaryDate(a) ?? '', primaryDate(b) ?? '') || byDesc(a.id, b.id),
  )
}

const cache = new Map<CollectionName, Promise<Entry[]>>()

/**
 * All entries of a collection in list order (memoised for the whole build). Every read of
 * exported content goes through this file, so a page's reads are known (pageInputs.ts).
 */
export function loadCollection<C extends CollectionName>(name: C): Promise<Entry<C>[]> {
  noteRead(name)
  if (!cache.has(name))
    cache.set(
      name,
      getCollection(name).then((entries) => sortEntries<CollectionName>(name, entries as Entry[])),
    )
  return cache.get(name)! as Promise<Entry<C>[]>
}

/** The date that orders an entry (YYYY-MM-DD or YYYY-MM / YYYY-Www for themes and reminders). */
export function primaryDate(entry: Entry): string | null {
  switch (entry.collection) {
    case 'disclosures':
    case 'bulletins':
    case 'articles':
      return entry.data.publishDate
    case 'cases':
      return entry.data.decisionDate
    case 'themes':
      return entry.data.month
    case 'reminders':
      return isoWeekRange(entry.data.week)[0]
    default:
      return null
  }
}

/** Heading of an entry's page. */
export function titleOf(entry: Entry): string {
  switch (entry.collection) {
    case 'departments':
    case 'brands':
    case 'exemplars':
      return entry.data.name
    case 'catalog-items':
      return `${entry.data.primaryItem} / ${entry.data.secondaryItem}`
    case 'reminders':
      return entry.data.title ?? `${formatWeek(entry.data.week)}廉洁提醒`
    default:
      return entry.data.title
  }
}

/** Year used by the search filter 年份. */
export function yearOf(entry: Entry): string {
  switch (entry.collection) {
    case 'bulletins':
      return String(entry.data.year)
    case 'exemplars':
      return String(entry.data.year ?? entry.data.updatedAt.slice(0, 4))
    case 'reminders':
      return entry.data.week.slice(0, 4)
    default:
      return (primaryDate(entry) ?? shanghaiDay(new Date(entry.data.updatedAt))).slice(0, 4)
  }
}

export interface ListItem {
  href: string
  title: string
  /** Machine date for `<time datetime>`. */
  datetime?: string
  /** Human date. */
  dateText?: string
  meta: string[]
  excerpt?: string | null
  /** Heading the item is grouped under on list pages. */
  group?: string
}

const summaries = new WeakMap<Entry, ListItem>()

/**
 * What a list shows for one entry. Memoised: at 10,000 documents an entry is listed on dozens of
 * list and facet pages, and the date formatting alone added up to half a second. Frozen, so a
 * caller that wants changes copies it (`{ ...summarize(e), group: undefined }`).
 */
export function summarize(entry: Entry): ListItem {
  let item = summaries.get(entry)
  if (!item) summaries.set(entry, (item = Object.freeze(summarizeEntry(entry))))
  return item
}

function summarizeEntry(entry: Entry): ListItem {
  const base = { href: detailUrl(entry.collection, entry.id), title: titleOf(entry) }
  switch (entry.collection) {
    case 'departments': {
      const d = entry.data
      return {
        ...base,
        meta: [d.region, d.parent ? `上级单位：${d.parent.name}` : ''].filter(Boolean),
        excerpt: d.description,
        group: d.level,
      }
    }
    case 'catalog-items': {
      const d = entry.data
      return {
        ...base,
        meta: [d.domain, d.mode, d.department?.name ?? '', `时限：${d.timeLimit.text}`].filter(Boolean),
        group: d.category,
      }
    }
    case 'disclosures': {
      const d = entry.data
      return {
        ...base,
        datetime: d.publishDate,
        dateText: formatDate(d.publishDate),
        meta: [d.department?.name ?? '', d.indexNumber, d.validity].filter(Boolean),
      }
    }
    case 'cases': {
      const d = entry.data
      const sanctions = [d.partySanction, d.governmentSanction].filter(Boolean).join('、')
      return {
        ...base,
        datetime: d.decisionDate,
        dateText: formatDate(d.decisionDate),
        meta: [d.region, d.level, ...d.violationTypes, sanctions].filter(Boolean),
      }
    }
    case 'bulletins': {
      const d = entry.data
      return {
        ...base,
        datetime: d.publishDate,
        dateText: formatDate(d.publishDate),
        meta: [
          d.kind,
          d.quarter ? `${d.year}年${quarterLabel(d.quarter)}` : `${d.year}年度`,
          `${d.cases.length} 个案例`,
        ],
      }
    }
    case 'themes': {
      const d = entry.data
      return {
        ...base,
        datetime: d.month,
        dateText: formatMonth(d.month),
        meta: [],
        excerpt: d.summary,
        group: `${d.month.slice(0, 4)}年`,
      }
    }
    case 'reminders': {
      const d = entry.data
      const [from] = isoWeekRange(d.week)
      return {
        ...base,
        datetime: from,
        dateText: formatWeek(d.week),
        meta: [d.occasion ?? ''].filter(Boolean),
        excerpt: d.message,
        group: `${d.week.slice(0, 4)}年`,
      }
    }
    case 'brands': {
      const d = entry.data
      return { ...base, meta: [d.department?.name ?? ''].filter(Boolean), excerpt: d.summary, group: d.region }
    }
    case 'exemplars': {
      const d = entry.data
      return { ...base, meta: [d.unitPosition], excerpt: d.summary, group: d.year ? `${d.year}年度` : '其他' }
    }
    case 'articles': {
      const d = entry.data
      return {
        ...base,
        datetime: d.publishDate,
        dateText: formatDate(d.publishDate),
        meta: [d.kind, d.source ?? ''].filter(Boolean),
        excerpt: d.summary,
      }
    }
    default:
      throw new Error(`summarize: unknown collection ${(entry as Entry).collection}`)
  }
}

/** For each case id, the bulletins that include it (newest first). */
export async function bulletinsByCase(): Promise<Map<string, Entry<'bulletins'>[]>> {
  const map = new Map<string, Entry<'bulletins'>[]>()
  for (const bulletin of await loadCollection('bulletins')) {
    for (const ref of bulletin.data.cases) {
      if (!map.has(ref.id)) map.set(ref.id, [])
      map.get(ref.id)!.push(bulletin)
    }
  }
  return map
}

/** getStaticPaths of a detail route: one page per entry at `/<collection>/<id>/`. */
export async function entryPaths<C extends CollectionName>(name: C) {
  return (await loadCollection(name))
    .filter((entry) => isPageId(name, entry.id))
    .map((entry) => ({ params: { id: entry.id }, props: { entry } }))
}

/**
 * An id names a folder of the build (`/<collection>/<id>/`): the export writes plain ids, but a
 * content file with an id that is not a plain name (`..`, `a/b`) is left out, with a warning,
 * rather than written elsewhere or failing the whole build.
 */
function isPageId(collection: string, id: string): boolean {
  if (/^[\p{L}\p{N}_-]+$/u.test(id)) return true
  console.warn(
    `[站点] 已跳过标识不安全的内容：${collection}/${JSON.stringify(id)} (entry skipped: id is not a plain path segment)`,
  )
  return false
}

/** Groups entries by a key (e.g. disclosures by department id). */
export function groupBy<T>(items: T[], key: (item: T) => string | null | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (k == null) continue
    if (!map.has(k)) map.set(k, [])
    map.get(k)!.push(item)
  }
  return map
}

/** Build "today" in Asia/Shanghai; `SITE_TODAY=YYYY-MM-DD` pins it (tests, previews). */
export function buildToday(): string {
  return process.env.SITE_TODAY || shanghaiDay()
}

/** The entry whose key equals `current`, else the latest not after it, else the latest. */
export function pickCurrent<T>(entries: T[], key: (e: T) => string, current: string): T | undefined {
  const sorted = [...entries].sort((a, b) => byDesc(key(a), key(b)))
  return sorted.find((e) => key(e) === current) ?? sorted.find((e) => key(e) <= current) ?? sorted[0]
}

let calendar: Promise<WorkCalendar> | null = null

/**
 * The 工作日历 exported by the CMS (empty when none was exported: Monday–Friday only), memoised
 * like loadCollection: every page with a time limit asks for it (and Astro warns once per read
 * of an empty collection).
 */
export function loadCalendar(): Promise<WorkCalendar> {
  noteRead('calendar')
  calendar ??= getCollection('calendar').then((entries) => workCalendar(entries.map((e) => e.data)))
  return calendar
}

/**
 * The hand-written MDX pages (content/pages), by slug. Sorted: the loader stores entries in the
 * order their files finish loading, which differs between builds (the sitemap listed them in
 * either order, so an updated site could differ from a full build of the same content).
 */
export async function loadPages(): Promise<CollectionEntry<'pages'>[]> {
  noteRead('pages')
  return (await getCollection('pages')).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
