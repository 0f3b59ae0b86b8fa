import type { Where } from 'payload'

import type { PublicCollection } from '../../content/model/collections'
import type { DocRef } from './types'
import { addDays, addMonthsToDay, daysBetween, shanghaiDay, storedDay } from '../../content/shared/shanghai'

/**
 * 政府网站考评: 动态类 columns (news, the home page) must be updated within 2 weeks, 通知公告 and
 * 公开类 columns within 6 months; a column not updated in time fails the inspection.
 */
export type FreshnessRule = 'news' | 'notice'

export const FRESHNESS_RULES: Record<
  FreshnessRule,
  { label: string; limit: string; warnDays: number; deadline: (day: string) => string }
> = {
  news: { label: '动态类', limit: '2 周内更新', warnDays: 3, deadline: (day) => addDays(day, 14) },
  notice: { label: '通知公告类', limit: '6 个月内更新', warnDays: 30, deadline: (day) => addMonthsToDay(day, 6) },
}

/** What updates columns: published documents of a collection (工作动态: the articles of kind news). */
export const SOURCES = {
  themes: { collection: 'themes' },
  reminders: { collection: 'reminders' },
  bulletins: { collection: 'bulletins' },
  disclosures: { collection: 'disclosures' },
  cases: { collection: 'cases' },
  news: { collection: 'articles', where: { kind: { equals: 'news' } } },
} as const satisfies Record<string, { collection: PublicCollection; where?: Where }>

export type SourceKey = keyof typeof SOURCES

export type ColumnDefinition = {
  key: string
  label: string
  rule: FreshnessRule
  /** The sources whose publications update the column. */
  sources: SourceKey[]
  /** Where editors add something new to the column (none for the home page: any of its sources). */
  create?: PublicCollection
}

/** The columns the inspection looks at. The home page changes with any of its sections. */
export const COLUMNS: ColumnDefinition[] = [
  { key: 'home', label: '首页', rule: 'news', sources: ['themes', 'reminders', 'bulletins', 'disclosures', 'cases'] },
  { key: 'news', label: '工作动态', rule: 'news', sources: ['news'], create: 'articles' },
  { key: 'reminders', label: '每周提醒', rule: 'news', sources: ['reminders'], create: 'reminders' },
  { key: 'disclosures', label: '公开信息', rule: 'notice', sources: ['disclosures'], create: 'disclosures' },
  { key: 'bulletins', label: '警示通报', rule: 'notice', sources: ['bulletins'], create: 'bulletins' },
]

/** A published document's public dates. */
export type PublishedDates = DocRef & {
  publicUpdatedAt?: string | null
  firstPublishedAt?: string | null
  updatedAt: string
}

/** When a published document last changed for the public: 公开更新时间, else 首次发布时间, else updatedAt. */
export const publicDateOf = (doc: PublishedDates): string =>
  doc.publicUpdatedAt || doc.firstPublishedAt || doc.updatedAt

/** The latest public update of a source or column: when, and by which document. */
export type Latest = { at: string; doc: DocRef }

/** The most recently updated of published documents (null when there are none). */
export function latestUpdate(docs: PublishedDates[]): Latest | null {
  let best: Latest | null = null
  for (const doc of docs) {
    const at = publicDateOf(doc)
    if (!best || Date.parse(at) > Date.parse(best.at))
      best = { at, doc: { collection: doc.collection, id: doc.id, title: doc.title } }
  }
  return best
}

export type ColumnState = 'ok' | 'due-soon' | 'overdue' | 'never'

export type ColumnStatus = {
  key: string
  label: string
  rule: FreshnessRule
  create?: PublicCollection
  state: ColumnState
  /** The document that last updated the column, and when (Shanghai day). */
  latest: { day: string; doc: DocRef } | null
  /** The last day the column is still within the rule. */
  deadline: string | null
  daysSince: number | null
  /** Days until the deadline (0 on the deadline itself); negative once overdue. */
  daysLeft: number | null
  overdueDays: number
}

/**
 * Each column's freshness on `now`'s day in Shanghai. Updated on day D, a 动态类 column is
 * within the rule up to and including D + 14 and overdue from D + 15; a 通知公告类 column up
 * to the same day six months later.
 */
export function columnFreshness(
  latestBySource: Partial<Record<SourceKey, Latest | null>>,
  now: Date,
  columns: ColumnDefinition[] = COLUMNS,
): ColumnStatus[] {
  const today = shanghaiDay(now)
  return columns.map((column) => {
    const latest = latestUpdate(
      column.sources
        .map((source) => latestBySource[source] ?? null)
        .filter((entry): entry is Latest => entry !== null)
        .map((entry) => ({ ...entry.doc, updatedAt: entry.at })),
    )
    const base = { key: column.key, label: column.label, rule: column.rule, create: column.create }
    const day = latest && storedDay(latest.at)
    if (!latest || !day)
      return {
        ...base,
        state: 'never' as const,
        latest: null,
        deadline: null,
        daysSince: null,
        daysLeft: null,
        overdueDays: 0,
      }
    const rule = FRESHNESS_RULES[column.rule]
    const deadline = rule.deadline(day)
    const daysLeft = daysBetween(today, deadline)
    const state: ColumnState = daysLeft < 0 ? 'overdue' : daysLeft <= rule.warnDays ? 'due-soon' : 'ok'
    return {
      ...base,
      state,
      latest: { day, doc: latest.doc },
      deadline,
      daysSince: daysBetween(day, today),
      daysLeft,
      overdueDays: Math.max(0, -daysLeft),
    }
  })
}
