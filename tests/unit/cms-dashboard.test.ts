import { describe, expect, it } from 'vitest'

import { DEFAULT_CALENDAR } from '../../cms/calendar/defaults'
import { workCalendar } from '../../cms/calendar/workdays'
import { catalogTimeliness, type CatalogItemInput, type DisclosureInput } from '../../cms/dashboard/catalogTimeliness'
import { columnFreshness, latestUpdate, type Latest } from '../../cms/dashboard/columnFreshness'
import { createUrl, editUrl } from '../../cms/dashboard/links'
import type { PeriodDoc } from '../../cms/dashboard/periodSlots'
import { remindersStatus } from '../../cms/dashboard/remindersStatus'
import { reviewQueue, type QueueDoc } from '../../cms/dashboard/reviewQueue'
import { themesStatus } from '../../cms/dashboard/themesStatus'
import { addMonthsToDay, addWeeks, isoWeekOf, isoWeekRange, shanghaiDay } from '../../content/shared/shanghai'

/** An instant given as Beijing time (UTC+8, no daylight saving). */
const beijing = (local: string) => new Date(`${local}+08:00`)

const theme = (
  id: number,
  period: string,
  workflow: PeriodDoc['workflow'],
  publishAt: string | null = null,
): PeriodDoc => ({ collection: 'themes', id, title: `主题${id}`, period, workflow, publishAt })
const reminder = (id: number, period: string, workflow: PeriodDoc['workflow']): PeriodDoc => ({
  collection: 'reminders',
  id,
  title: `提醒${id}`,
  period,
  workflow,
  publishAt: null,
})

describe('dashboard calendar arithmetic (Asia/Shanghai)', () => {
  it('should take today from Beijing time, not UTC', () => {
    expect(shanghaiDay(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01')
    expect(shanghaiDay(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30')
  })

  it('should number ISO weeks across a 53-week year', () => {
    // 2026 starts on a Thursday, so it has 53 ISO weeks; 2027-01-01 to -03 still belong to 2026-W53.
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53')
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53')
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01')
    expect(isoWeekRange('2026-W53')).toEqual(['2026-12-28', '2027-01-03'])
    expect([1, 2, 3, 4].map((n) => addWeeks('2026-W52', n))).toEqual(['2026-W53', '2027-W01', '2027-W02', '2027-W03'])
    // 2025 has 52: its last week is followed directly by 2026-W01.
    expect(addWeeks('2025-W52', 1)).toBe('2026-W01')
  })

  it('should add months to a day, falling back to the month’s last day', () => {
    expect(addMonthsToDay('2025-08-31', 6)).toBe('2026-02-28')
    expect(addMonthsToDay('2026-01-15', 6)).toBe('2026-07-15')
    expect(addMonthsToDay('2025-09-30', 3)).toBe('2025-12-30')
  })
})

describe('月度主题 status', () => {
  it('should mark this month published and next month missing', () => {
    const status = themesStatus(
      { latest: [theme(1, '2026-11', 'published')], published: [theme(1, '2026-11', 'published')] },
      beijing('2026-11-27T10:00:00'),
    )
    expect(status.month).toBe('2026-11')
    expect(status.current).toMatchObject({ period: '2026-11', state: 'published', ready: true, doc: { id: 1 } })
    expect(status.next).toMatchObject({ period: '2026-12', state: 'missing', ready: false, doc: null })
    expect(status.daysToNextMonth).toBe(4)
  })

  it('should count a scheduled next month as ready and a draft or one in review as not', () => {
    const now = beijing('2026-11-27T10:00:00')
    const scheduled = themesStatus(
      { latest: [theme(2, '2026-12', 'scheduled', '2026-11-30T16:00:00.000Z')], published: [] },
      now,
    )
    expect(scheduled.next).toMatchObject({
      state: 'scheduled',
      ready: true,
      doc: { publishAt: '2026-11-30T16:00:00.000Z' },
    })
    expect(scheduled.current).toMatchObject({ state: 'missing', ready: false })
    const inReview = themesStatus({ latest: [theme(3, '2026-12', 'review')], published: [] }, now)
    expect(inReview.next).toMatchObject({ state: 'review', ready: false })
  })

  it('should switch months at midnight Beijing time', () => {
    const status = themesStatus({ latest: [], published: [] }, new Date('2026-11-30T16:00:00Z'))
    expect([status.month, status.nextMonth, status.daysToNextMonth]).toEqual(['2026-12', '2027-01', 31])
  })

  it('should keep a published theme ready while a newer version waits for review', () => {
    const status = themesStatus(
      { latest: [theme(4, '2026-11', 'review')], published: [theme(4, '2026-11', 'published')] },
      beijing('2026-11-02T08:00:00'),
    )
    expect(status.current).toMatchObject({ state: 'published', ready: true, pendingState: 'review' })
  })
})

describe('每周提醒 status', () => {
  it('should list this week and the next four across the year end, flagging missing weeks', () => {
    const latest = [
      reminder(1, '2026-W52', 'published'),
      reminder(2, '2027-W01', 'review'),
      reminder(3, '2027-W04', 'draft'),
    ]
    const status = remindersStatus({ latest, published: [latest[0]] }, beijing('2026-12-23T09:00:00'))
    expect(status.week).toBe('2026-W52')
    expect(status.weeks.map((w) => [w.period, w.state, w.current])).toEqual([
      ['2026-W52', 'published', true],
      ['2026-W53', 'missing', false],
      ['2027-W01', 'review', false],
      ['2027-W02', 'missing', false],
      ['2027-W03', 'missing', false],
    ])
    expect(status.missing).toBe(3)
    expect(status.weeks[1]).toMatchObject({ monday: '2026-12-28', sunday: '2027-01-03' })
  })

  it('should take the week from Beijing time: Sunday 23:30 UTC is already Monday', () => {
    expect(remindersStatus({ latest: [], published: [] }, new Date('2026-12-27T16:30:00Z')).week).toBe('2026-W53')
  })
})

describe('column freshness (政府网站考评)', () => {
  const latest = (at: string, id = 1, collection: 'articles' | 'disclosures' | 'reminders' = 'articles'): Latest => ({
    at,
    doc: { collection, id, title: `文档${id}` },
  })
  const column = (key: string, sources: Parameters<typeof columnFreshness>[0], now: Date) =>
    columnFreshness(sources, now).find((c) => c.key === key)!

  it('should allow a news column exactly 14 days and flag it overdue on the 15th', () => {
    // Updated 2026-03-01 10:00 Beijing time.
    const sources = { news: latest('2026-03-01T02:00:00.000Z') }
    expect(column('news', sources, beijing('2026-03-15T23:59:00'))).toMatchObject({
      state: 'due-soon',
      deadline: '2026-03-15',
      daysSince: 14,
      daysLeft: 0,
      overdueDays: 0,
    })
    expect(column('news', sources, beijing('2026-03-16T00:01:00'))).toMatchObject({
      state: 'overdue',
      daysLeft: -1,
      overdueDays: 1,
    })
    expect(column('news', sources, beijing('2026-03-05T12:00:00'))).toMatchObject({ state: 'ok', daysLeft: 10 })
  })

  it('should count the day of the update in Beijing time', () => {
    // 2026-02-28 16:30 UTC is 1 March 00:30 in Beijing: the deadline is 15 March, not 14 March.
    expect(column('news', { news: latest('2026-02-28T16:30:00.000Z') }, beijing('2026-03-15T12:00:00'))).toMatchObject({
      state: 'due-soon',
      daysLeft: 0,
    })
  })

  it('should allow a notice column exactly six months, month ends included', () => {
    const sources = { disclosures: latest('2026-01-15T02:00:00.000Z', 7, 'disclosures') }
    expect(column('disclosures', sources, beijing('2026-07-15T18:00:00'))).toMatchObject({
      state: 'due-soon',
      deadline: '2026-07-15',
      overdueDays: 0,
    })
    expect(column('disclosures', sources, beijing('2026-07-16T08:00:00'))).toMatchObject({
      state: 'overdue',
      overdueDays: 1,
    })
    expect(column('disclosures', sources, beijing('2026-05-01T08:00:00'))).toMatchObject({ state: 'ok' })
    // 31 August + 6 months is the last day of February.
    const endOfMonth = { disclosures: latest('2025-08-31T02:00:00.000Z', 7, 'disclosures') }
    expect(column('disclosures', endOfMonth, beijing('2026-02-28T20:00:00'))).toMatchObject({
      deadline: '2026-02-28',
      overdueDays: 0,
    })
    expect(column('disclosures', endOfMonth, beijing('2026-03-01T08:00:00'))).toMatchObject({
      state: 'overdue',
      overdueDays: 1,
    })
  })

  it('should date the home page by the latest of its sections and flag columns never updated', () => {
    const now = beijing('2026-03-10T12:00:00')
    const columns = columnFreshness(
      {
        reminders: latest('2026-02-01T02:00:00.000Z', 3, 'reminders'),
        disclosures: latest('2026-03-08T02:00:00.000Z', 9, 'disclosures'),
      },
      now,
    )
    expect(columns.find((c) => c.key === 'home')).toMatchObject({
      state: 'ok',
      latest: { day: '2026-03-08', doc: { collection: 'disclosures', id: 9 } },
    })
    expect(columns.find((c) => c.key === 'reminders')).toMatchObject({ state: 'overdue', overdueDays: 23 })
    expect(columns.find((c) => c.key === 'news')).toMatchObject({ state: 'never', latest: null })
    expect(columns.find((c) => c.key === 'bulletins')).toMatchObject({ state: 'never' })
  })

  it('should date a document by 公开更新时间, else 首次发布时间, else updatedAt', () => {
    const doc = (id: number, dates: { publicUpdatedAt?: string; firstPublishedAt?: string; updatedAt: string }) => ({
      collection: 'articles' as const,
      id,
      title: `文章${id}`,
      ...dates,
    })
    const found = latestUpdate([
      // A minor edit moved updatedAt but not the public date.
      doc(1, {
        publicUpdatedAt: '2026-01-01T00:00:00.000Z',
        firstPublishedAt: '2025-12-01T00:00:00.000Z',
        updatedAt: '2026-03-01T00:00:00.000Z',
      }),
      doc(2, { firstPublishedAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-02T00:00:00.000Z' }),
      doc(3, { updatedAt: '2026-01-15T00:00:00.000Z' }),
    ])
    expect(found).toEqual({ at: '2026-02-01T00:00:00.000Z', doc: { collection: 'articles', id: 2, title: '文章2' } })
    expect(latestUpdate([])).toBeNull()
  })
})

describe('catalogue 公开时限 (working days)', () => {
  const calendar = workCalendar(DEFAULT_CALENDAR)
  const item = (id: number, workingDays: number | null, department = '市财政局'): CatalogItemInput => ({
    collection: 'catalog-items',
    id,
    title: `事项${id}`,
    department,
    limitText: workingDays ? `${workingDays} 个工作日内` : '及时公开',
    workingDays,
  })
  const record = (
    id: number,
    catalogItem: number,
    writtenDate: string | null,
    publishDate: string,
  ): DisclosureInput => ({
    collection: 'disclosures',
    id,
    title: `公开信息${id}`,
    catalogItem,
    writtenDate,
    publishDate,
  })

  it('should count across the 2025 国庆中秋 holiday and its make-up days, judging only the latest record', () => {
    const items = [item(1, 20), item(2, 20), item(3, 20)]
    const disclosures = [
      // 2025-09-22 → 10-24 is 24 weekdays but 20 working days (10/1–8 off, 9/28 and 10/11 worked): on time.
      record(11, 1, '2025-09-22', '2025-10-24'),
      // One more working day: late. An older late record of item 1 does not count: only the latest does.
      record(21, 2, '2025-09-22', '2025-10-27'),
      record(10, 1, '2025-01-02', '2025-06-30'),
      // Weekdays only, 2025-09-29 → 10-31 would be 24 (late); with the holiday it is 19.
      record(31, 3, '2025-09-29', '2025-10-31'),
    ]
    const result = catalogTimeliness(items, disclosures, calendar)
    expect(result.checked).toBe(3)
    expect(result.late).toEqual([
      {
        item: items[1],
        disclosure: {
          collection: 'disclosures',
          id: 21,
          title: '公开信息21',
          writtenDate: '2025-09-22',
          publishDate: '2025-10-27',
        },
        used: 21,
        limit: 20,
        unsureYears: [],
      },
    ])
    expect(result.neverDisclosed).toEqual([])
  })

  it('should list items never disclosed and those whose latest record has no 成文日期', () => {
    const items = [item(1, 20, '市审计局'), item(2, null), item(3, 10), item(4, 5, '市财政局')]
    const result = catalogTimeliness(
      items,
      [record(30, 3, null, '2026-03-02'), record(29, 3, '2026-01-05', '2026-03-01')],
      calendar,
    )
    // By unit (市财政局 before 市审计局 in pinyin order), then title.
    expect(result.neverDisclosed.map((i) => i.id)).toEqual([2, 4, 1])
    expect(result.noWrittenDate).toEqual([{ item: items[2], disclosure: expect.objectContaining({ id: 30 }) }])
    expect(result.late).toEqual([])
  })

  it('should say when the calendar lacks a year it counted across', () => {
    const result = catalogTimeliness([item(1, 5)], [record(1, 1, '2026-12-21', '2027-01-08')], calendar)
    expect(result.late).toEqual([expect.objectContaining({ used: 14, unsureYears: [2027] })])
  })
})

describe('review queue', () => {
  const doc = (
    id: number,
    workflow: QueueDoc['workflow'],
    updatedAt: string,
    publishAt: string | null = null,
  ): QueueDoc => ({
    collection: 'articles',
    collectionLabel: '文章',
    id,
    title: `文章${id}`,
    workflow,
    publishAt,
    reviewComment: null,
    workflowBy: '编辑甲',
    updatedAt,
  })

  it('should list reviews and returns longest waiting first and releases soonest first, flagging missed ones', () => {
    const now = new Date('2026-11-27T02:00:00.000Z')
    const queue = reviewQueue(
      [
        doc(1, 'review', '2026-11-26T02:00:00.000Z'),
        doc(2, 'review', '2026-11-20T02:00:00.000Z'),
        doc(3, 'returned', '2026-11-25T02:00:00.000Z'),
        doc(4, 'scheduled', '2026-11-20T02:00:00.000Z', '2026-12-01T00:00:00.000Z'),
        doc(5, 'scheduled', '2026-11-20T02:00:00.000Z', '2026-11-27T01:00:00.000Z'),
      ],
      now,
    )
    expect(queue.review.map((e) => [e.id, e.waitingDays])).toEqual([
      [2, 7],
      [1, 1],
    ])
    expect(queue.returned.map((e) => e.id)).toEqual([3])
    expect(queue.scheduled.map((e) => [e.id, e.due])).toEqual([
      [5, true],
      [4, false],
    ])
  })
})

describe('admin links', () => {
  it('should point at the edit view and the create form', () => {
    expect(editUrl('/admin', 'catalog-items', 12)).toBe('/admin/collections/catalog-items/12')
    expect(createUrl('/admin', 'themes')).toBe('/admin/collections/themes/create')
  })
})
