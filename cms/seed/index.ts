/**
 * The demo seed: 清风市 (fictional) and its 纪委监委 portal content, published, plus a few
 * clearly marked drafts (next month's theme, next week's reminder, one case under review).
 *
 * Idempotent by natural key: every record is looked up first (a department by name, a case by
 * title, a theme by month …) and only missing ones are created, so a rerun creates nothing and
 * an interrupted run is completed by the next one. Existing documents are never changed.
 *
 * The seed acts as the system, not as a user (`overrideAccess: true`), and passes
 * `context.skipPublish` so that the caller runs one publish at the end instead of one per
 * document.
 */
import type { Payload, Where } from 'payload'

import { ensureCalendar } from '../calendar/ensureCalendar'
import { PUBLIC_COLLECTIONS } from '../../content/model/collections'
import { articles } from './data/articles'
import { brands } from './data/brands'
import { bulletins } from './data/bulletins'
import { cases } from './data/cases'
import { catalogItems } from './data/catalog-items'
import { departments } from './data/departments'
import { disclosures } from './data/disclosures'
import { exemplars } from './data/exemplars'
import { remindersFor } from './data/reminders'
import { themesFor } from './data/themes'
import { richText, type Block } from './lexical'
import { catalogKey } from './types'

export type SeedOptions = {
  /** Progress messages (Chinese); silent when left out. */
  log?: (msg: string) => void
  /** "Today" for the monthly themes and weekly reminders; defaults to now. */
  now?: Date
}

export type SeedCount = { created: number; existing: number }

export type SeedResult = {
  /** Documents created by this run (0 when everything already existed). */
  created: number
  /** True when nothing was missing. */
  skipped: boolean
  /** Per collection: created now, and already there. */
  collections: Record<string, SeedCount>
}

/** Collections in the order the seed fills them (relationships point backwards only). */
export const SEEDED_COLLECTIONS = PUBLIC_COLLECTIONS

type Seeded = (typeof SEEDED_COLLECTIONS)[number]

/** A date-only value as noon in China, so it reads as the same day in UTC and Asia/Shanghai. */
const day = (value: string | undefined): string | undefined => (value ? `${value}T04:00:00.000Z` : undefined)

const rich = (blocks: Block[] | undefined) => (blocks && blocks.length > 0 ? richText(...blocks) : undefined)

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? (() => {})
  const now = options.now ?? new Date()
  const counts = Object.fromEntries(SEEDED_COLLECTIONS.map((slug) => [slug, { created: 0, existing: 0 }])) as Record<
    Seeded,
    SeedCount
  >

  /** Id of the document matching `where`, creating it from `data` when there is none. */
  async function ensure(
    collection: Seeded,
    where: Where,
    data: Record<string, unknown>,
    draft = false,
  ): Promise<number | string> {
    const found = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true, pagination: false })
    if (found.docs.length > 0) {
      counts[collection].existing += 1
      return found.docs[0].id
    }
    const doc = await payload.create({
      collection,
      // The data files are checked against the content model by the seed test, not by the
      // generated types (which would force every optional field to be spelled out).
      // The demo drafts are all waiting for a reviewer (【草稿·待审核】), as the dashboard shows.
      data: { ...data, _status: draft ? 'draft' : 'published', ...(draft ? { workflow: 'review' } : {}) } as never,
      draft,
      depth: 0,
      overrideAccess: true,
      context: { skipPublish: true, seed: true },
    })
    counts[collection].created += 1
    return doc.id
  }

  const lookup = (map: Map<string, number | string>, kind: string) => (key: string | undefined) => {
    if (key === undefined) return undefined
    const id = map.get(key)
    if (id === undefined) throw new Error(`种子数据错误：找不到${kind}「${key}」`)
    return id
  }

  if (await ensureCalendar(payload)) log('工作日历：已载入法定节假日安排')

  // 责任单位 — parents are listed before their children.
  const departmentIds = new Map<string, number | string>()
  const department = lookup(departmentIds, '责任单位')
  for (const d of departments) {
    const id = await ensure('departments', { name: { equals: d.name } }, { ...d, parent: department(d.parent) })
    departmentIds.set(d.name, id)
  }
  log(`责任单位：${departmentIds.size} 个`)

  // 公开目录清单事项
  const catalogIds = new Map<string, number | string>()
  const catalogItem = lookup(catalogIds, '目录事项')
  for (const item of catalogItems) {
    const where: Where = {
      and: [{ primaryItem: { equals: item.primaryItem } }, { secondaryItem: { equals: item.secondaryItem } }],
    }
    const id = await ensure('catalog-items', where, {
      ...item,
      content: rich(item.content),
      department: department(item.department),
    })
    catalogIds.set(catalogKey(item), id)
  }
  log(`公开目录事项：${catalogIds.size} 项`)

  // 公开信息 — oldest first, so each unit's 索引号 serials follow the publish dates.
  const byDate = [...disclosures].sort((a, b) => a.publishDate.localeCompare(b.publishDate))
  for (const d of byDate) {
    await ensure(
      'disclosures',
      { title: { equals: d.title } },
      {
        ...d,
        catalogItem: catalogItem(d.catalogItem),
        department: department(d.department),
        writtenDate: day(d.writtenDate),
        publishDate: day(d.publishDate),
        body: rich(d.body),
      },
    )
  }
  log(`公开信息：${disclosures.length} 条`)

  // 案例
  const caseIds = new Map<string, number | string>()
  const caseId = lookup(caseIds, '案例')
  for (const { draft, ...c } of cases) {
    const id = await ensure(
      'cases',
      { title: { equals: c.title } },
      {
        ...c,
        department: department(c.department),
        eightRulesTypes: c.eightRulesTypes ?? [],
        facts: rich(c.facts),
        source: c.source ?? { kind: 'own' },
      },
      draft,
    )
    caseIds.set(c.title, id)
  }
  log(`案例：${caseIds.size} 个`)

  // 通报
  for (const b of bulletins) {
    await ensure(
      'bulletins',
      { title: { equals: b.title } },
      {
        ...b,
        issuer: department(b.issuer),
        cases: b.cases.map((title) => caseId(title)),
        causeAnalysis: rich(b.causeAnalysis),
        requirements: rich(b.requirements),
        publishDate: day(b.publishDate),
      },
    )
  }
  log(`通报：${bulletins.length} 期`)

  // 月度主题 — the twelve months up to this one, and next month's as a draft.
  const themes = themesFor(now)
  for (const { draft, ...t } of themes) {
    await ensure(
      'themes',
      { month: { equals: t.month } },
      {
        ...t,
        body: rich(t.body),
        activities: t.activities.map((a) => ({ ...a, date: day(a.date) })),
      },
      draft,
    )
  }
  log(`月度主题：${themes[0].month} 至 ${themes[themes.length - 1].month}`)

  // 每周提醒 — a year of weeks up to this one, and next week's as a draft.
  const reminders = remindersFor(now)
  for (const { draft, ...r } of reminders) {
    await ensure('reminders', { week: { equals: r.week } }, { ...r, body: rich(r.body) }, draft)
  }
  log(`每周提醒：${reminders[0].week} 至 ${reminders[reminders.length - 1].week}`)

  for (const b of brands) {
    await ensure(
      'brands',
      { name: { equals: b.name } },
      { ...b, department: department(b.department), body: rich(b.body) },
    )
  }
  for (const e of exemplars) {
    const where: Where = { and: [{ name: { equals: e.name } }, { unitPosition: { equals: e.unitPosition } }] }
    await ensure('exemplars', where, { ...e, body: rich(e.body) })
  }
  for (const a of articles) {
    await ensure(
      'articles',
      { title: { equals: a.title } },
      { ...a, body: rich(a.body), publishDate: day(a.publishDate) },
    )
  }
  log(`廉政文化品牌 ${brands.length} 个，廉勤典型 ${exemplars.length} 名，文章 ${articles.length} 篇`)

  const created = Object.values(counts).reduce((sum, c) => sum + c.created, 0)
  return { created, skipped: created === 0, collections: counts }
}
