// Loading, sorting and summarising the exported collections for lists, the home page and search.
// What each collection is (names, section, title, date, order, summary) is its descriptor in
// content/model/collections/; this file applies the descriptors to Astro's entries.
import { getCollection, type CollectionEntry } from 'astro:content'
import { formatDate, formatMonth, formatWeek, isoWeekRange, shanghaiDay } from './format'
import { detailUrl } from './urls'
import { workCalendar, type WorkCalendar } from './workdays'
import { noteRead } from '../build/pageInputs'
import { readBuildEnv } from '../build/protocol'
import { documentTitle, SECTIONS, type Section } from '../../content/model/define'
import { MODELS, modelOf, type PublicCollection } from '../../content/model/collections'

const SECTION_ORDER = Object.keys(SECTIONS) as Section[]

/** The collections in the portal's display order: by section, then by place in the section. */
export const COLLECTION_NAMES = [...MODELS]
  .sort(
    (a, b) =>
      SECTION_ORDER.indexOf(a.column.section) - SECTION_ORDER.indexOf(b.column.section) ||
      a.column.position - b.column.position,
  )
  .map((m) => m.slug)
export type CollectionName = PublicCollection

/** Documents per list page. */
export const PAGE_SIZE = 20
export type Entry<C extends CollectionName = CollectionName> = CollectionEntry<C>

/**
 * Chinese name, nav section, one-line intro and 栏目类型 (the ColumnType meta tag of government
 * sites) of each collection.
 */
export const COLLECTIONS = Object.fromEntries(MODELS.map((m) => [m.slug, m.column])) as unknown as Record<
  CollectionName,
  { label: string; section: Section; intro: string; columnType: string }
>

/** 类型 of the hand-written pages (关于本站, 举报指南 …) in search results and its filter. */
export const PAGE_TYPE = '本站信息'

/** The breadcrumb parent of each collection's pages. */
export const SECTION_HUB = SECTIONS

const byDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)

type Compare = (a: unknown, b: unknown) => number

function sortEntries<C extends CollectionName>(name: C, entries: Entry<C>[]): Entry<C>[] {
  const order = modelOf(name).order
  const compare = order === 'date' ? null : (order as Compare)
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

type DateValue = { value: string; precision: 'day' | 'month' | 'week' | 'published'; text?: string }

/** The value of an entry's date field (descriptor `date`), or null for a collection without one or a date not published. */
function dateValue(entry: Entry): DateValue | null {
  const date = modelOf(entry.collection).date
  if (!date) return null
  const value = (entry.data as unknown as Record<string, unknown>)[date.field]
  if (date.precision !== 'published') return { value: value as string, precision: date.precision }
  const published = value as { value: string; published: string } | null
  return published && { value: published.value, precision: 'published', text: published.published }
}

/** The date that orders an entry (YYYY-MM-DD, or YYYY-MM for themes; a week by its Monday; a case at its published precision). */
export function primaryDate(entry: Entry): string | null {
  const date = dateValue(entry)
  if (!date) return null
  return date.precision === 'week' ? isoWeekRange(date.value)[0] : date.value
}

/** Heading of an entry's page. */
export function titleOf(entry: Entry): string {
  const title = documentTitle(modelOf(entry.collection), entry.data as Record<string, unknown>)
  // The schema requires the title fields, so only a descriptor naming the wrong field gets here.
  if (title === null) throw new Error(`titleOf: ${entry.collection}/${entry.id} has no title (check its descriptor)`)
  return title
}

/** Year used by the search filter 年份. */
export function yearOf(entry: Entry): string {
  return (modelOf(entry.collection).year as (data: unknown) => string)(entry.data)
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
  const summary = (modelOf(entry.collection).summary as (data: unknown) => ListItem)(entry.data)
  const date = dateValue(entry)
  if (!date) return { ...base, ...summary }
  const dateText =
    date.precision === 'published'
      ? date.text!
      : date.precision === 'week'
        ? formatWeek(date.value)
        : date.precision === 'month'
          ? formatMonth(date.value)
          : formatDate(date.value)
  return { ...base, datetime: primaryDate(entry)!, dateText, ...summary }
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
  return readBuildEnv().today || shanghaiDay()
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
