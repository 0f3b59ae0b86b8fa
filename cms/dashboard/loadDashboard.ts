import { Forbidden, type Payload, type TypedUser, type Where } from 'payload'

import { workCalendar } from '../calendar/workdays'
import { modelOf, PUBLIC_COLLECTIONS, type PublicCollection } from '../../content/model/collections'
import type { Role, WorkflowState } from '../fields/options'
import { catalogTimeliness, type CatalogTimeliness } from './catalogTimeliness'
import {
  columnFreshness,
  COLUMNS,
  latestUpdate,
  SOURCES,
  type ColumnStatus,
  type Latest,
  type SourceKey,
} from './columnFreshness'
import type { PeriodDoc, PeriodDocs } from './periodSlots'
import { REMINDER_WEEKS_AHEAD, remindersStatus, type RemindersStatus } from './remindersStatus'
import { QUEUE_STATES, reviewQueue, type QueueDoc, type ReviewQueue } from './reviewQueue'
import { themesStatus, type ThemesStatus } from './themesStatus'
import { addMonths, addWeeks, isoWeekOf, shanghaiDay, storedDay } from '../../content/shared/shanghai'
import { documentTitle } from '../../content/model/define'

/** Everything the editors' dashboard shows, as plain data. */
export type Dashboard = {
  /** When it was computed (ISO) and that day and week in Shanghai. */
  now: string
  today: string
  week: string
  /** The admin's base route (`/admin`), for links. */
  adminRoute: string
  user: { name: string | null; role: Role | null }
  collectionLabels: Record<PublicCollection, string>
  queue: ReviewQueue
  themes: ThemesStatus
  reminders: RemindersStatus
  columns: ColumnStatus[]
  catalog: CatalogTimeliness
  /** Years the 工作日历 should have and does not (this year; in December also next year). */
  calendarMissingYears: number[]
}

type Doc = Record<string, unknown> & { id: number | string; updatedAt: string }

/** How many documents per collection and state the queue lists at most. */
const QUEUE_LIMIT = 100

const PUBLISHED: Where = { _status: { equals: 'published' } }

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)

/** The title an editor knows a document by (as the portal titles it; `#12` while a draft has none). */
export function titleOf(collection: PublicCollection, doc: Record<string, unknown>): string {
  return documentTitle(modelOf(collection), doc) ?? `#${String(doc.id)}`
}

/**
 * Reads what the editors' dashboard shows, as `user` may see it (access control applies):
 * the review queue, 月度主题 and 每周提醒 coverage, column freshness for the 政府网站考评 and the
 * catalogue's 公开时限. `now` is injectable for tests.
 */
export async function loadDashboard(payload: Payload, user: TypedUser, now: Date = new Date()): Promise<Dashboard> {
  const access = { overrideAccess: false, user, depth: 0 } as const
  const find = async (
    collection: PublicCollection,
    args: { where?: Where; draft?: boolean; sort?: string; limit?: number; select?: Record<string, true> },
  ) => {
    const { limit, ...rest } = args
    try {
      const result = await payload.find({
        collection,
        ...access,
        ...rest,
        ...(limit ? { limit } : { pagination: false }),
      } as never)
      return (result as unknown as { docs: Doc[] }).docs
    } catch (error) {
      // A collection the user may not read is simply not on their dashboard.
      if (error instanceof Forbidden) return []
      throw error
    }
  }

  const today = shanghaiDay(now)
  const week = isoWeekOf(today)
  const month = today.slice(0, 7)

  // 月度主题 and 每周提醒: the latest version of each, and what the public sees.
  const periodDocs = async (
    collection: 'themes' | 'reminders',
    field: 'month' | 'week',
    periods: string[],
  ): Promise<PeriodDocs> => {
    const where: Where = { [field]: { in: periods } }
    const [latest, published] = await Promise.all([
      find(collection, { where, draft: true }),
      find(collection, { where: { and: [where, PUBLISHED] } }),
    ])
    const toPeriod = (doc: Doc): PeriodDoc => ({
      collection,
      id: doc.id,
      title: titleOf(collection, doc),
      period: doc[field] as string,
      workflow: (doc.workflow as WorkflowState | null) ?? null,
      publishAt: (doc.publishAt as string | null) ?? null,
    })
    return { latest: latest.map(toPeriod), published: published.map(toPeriod) }
  }

  // The latest public update of a source: the newest 公开更新时间, else 首次发布时间, else updatedAt.
  const latestOf = async (source: SourceKey): Promise<Latest | null> => {
    const { collection, ...rest } = SOURCES[source]
    const filter = 'where' in rest ? [PUBLISHED, rest.where as Where] : [PUBLISHED]
    const candidates = await Promise.all([
      find(collection, {
        where: { and: [...filter, { publicUpdatedAt: { exists: true } }] },
        sort: '-publicUpdatedAt',
        limit: 1,
      }),
      find(collection, {
        where: { and: [...filter, { publicUpdatedAt: { exists: false } }, { firstPublishedAt: { exists: true } }] },
        sort: '-firstPublishedAt',
        limit: 1,
      }),
      find(collection, {
        where: { and: [...filter, { publicUpdatedAt: { exists: false } }, { firstPublishedAt: { exists: false } }] },
        sort: '-updatedAt',
        limit: 1,
      }),
    ])
    return latestUpdate(
      candidates.flat().map((doc) => ({
        collection,
        id: doc.id,
        title: titleOf(collection, doc),
        publicUpdatedAt: doc.publicUpdatedAt as string | null,
        firstPublishedAt: doc.firstPublishedAt as string | null,
        updatedAt: doc.updatedAt,
      })),
    )
  }

  const loadCalendar = async () => {
    const global = await payload.findGlobal({ slug: 'work-calendar', ...access })
    const years = (global.years ?? []).map((y) => ({
      year: y.year,
      holidays: (y.holidays ?? []).map(({ name, from, to }) => ({ name, from, to })),
      workdays: (y.workdays ?? []).map(({ date }) => ({ date })),
    }))
    return { calendar: workCalendar(years), years: years.map((y) => y.year) }
  }

  const loadCatalog = async (): Promise<{ catalog: CatalogTimeliness; calendarYears: number[] }> => {
    const [items, disclosures, departments, { calendar, years }] = await Promise.all([
      find('catalog-items', {
        where: PUBLISHED,
        select: { primaryItem: true, secondaryItem: true, timeLimit: true, department: true },
      }),
      find('disclosures', {
        where: PUBLISHED,
        select: { title: true, catalogItem: true, writtenDate: true, publishDate: true },
      }),
      find('departments', { select: { name: true } }),
      loadCalendar(),
    ])
    const unitName = new Map(departments.map((d) => [String(d.id), text(d.name)]))
    const catalog = catalogTimeliness(
      items.map((doc) => {
        const limit = (doc.timeLimit ?? {}) as { text?: string | null; workingDays?: number | null }
        return {
          collection: 'catalog-items',
          id: doc.id,
          title: titleOf('catalog-items', doc),
          department: doc.department == null ? null : (unitName.get(String(doc.department)) ?? null),
          limitText: limit.text ?? '',
          workingDays: limit.workingDays ?? null,
        }
      }),
      disclosures.map((doc) => ({
        collection: 'disclosures',
        id: doc.id,
        title: titleOf('disclosures', doc),
        catalogItem: (doc.catalogItem as number | string | null) ?? null,
        writtenDate: storedDay(doc.writtenDate as string | null),
        publishDate: storedDay(doc.publishDate as string | null),
      })),
      calendar,
    )
    return { catalog, calendarYears: years }
  }

  const collectionLabels = Object.fromEntries(
    PUBLIC_COLLECTIONS.map((slug) => [slug, modelOf(slug).labels.singular]),
  ) as Record<PublicCollection, string>

  const loadQueue = async (): Promise<ReviewQueue> => {
    const docs = await Promise.all(
      PUBLIC_COLLECTIONS.map(async (collection) =>
        (
          await find(collection, {
            where: { workflow: { in: [...QUEUE_STATES] } },
            draft: true,
            sort: '-updatedAt',
            limit: QUEUE_LIMIT,
          })
        ).map((doc): QueueDoc => ({
          collection,
          collectionLabel: collectionLabels[collection],
          id: doc.id,
          title: titleOf(collection, doc),
          workflow: (doc.workflow as WorkflowState | null) ?? null,
          publishAt: (doc.publishAt as string | null) ?? null,
          reviewComment: (doc.reviewComment as string | null) ?? null,
          workflowBy: (doc.workflowBy as string | null) ?? null,
          updatedAt: doc.updatedAt,
        })),
      ),
    )
    return reviewQueue(docs.flat(), now)
  }

  const sourceKeys = [...new Set(COLUMNS.flatMap((column) => column.sources))]
  const [queue, themeDocs, reminderDocs, latestBySource, { catalog, calendarYears }] = await Promise.all([
    loadQueue(),
    periodDocs('themes', 'month', [month, addMonths(month, 1)]),
    periodDocs(
      'reminders',
      'week',
      Array.from({ length: REMINDER_WEEKS_AHEAD + 1 }, (_, n) => addWeeks(week, n)),
    ),
    Promise.all(sourceKeys.map(async (key) => [key, await latestOf(key)] as const)).then(Object.fromEntries),
    loadCatalog(),
  ])

  const year = Number(today.slice(0, 4))
  const neededYears = today.slice(5, 7) === '12' ? [year, year + 1] : [year]
  const role = (user as { role?: Role | null }).role ?? null
  return {
    now: now.toISOString(),
    today,
    week,
    adminRoute: payload.config.routes.admin,
    user: { name: text((user as { name?: unknown }).name) ?? text((user as { email?: unknown }).email), role },
    collectionLabels,
    queue,
    themes: themesStatus(themeDocs, now),
    reminders: remindersStatus(reminderDocs, now),
    columns: columnFreshness(latestBySource, now),
    catalog,
    calendarMissingYears: neededYears.filter((y) => !calendarYears.includes(y)),
  }
}
