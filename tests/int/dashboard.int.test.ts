import * as cheerio from 'cheerio'
import type { Payload } from 'payload'
import { renderToString } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureCalendar } from '../../cms/calendar/ensureCalendar'
import { EditorsDashboard } from '../../cms/components/EditorsDashboard'
import { loadDashboard, type Dashboard } from '../../cms/dashboard/loadDashboard'
import { validData, type Related } from '../helpers/fixtures'
import { paragraph } from '../helpers/lexical'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { createStaff, deleteStaff, type StaffUsers } from '../helpers/users'

/** Wednesday 23 December 2026, 10:00 in Beijing: ISO week 2026-W52, the last month of 2026. */
const NOW = new Date('2026-12-23T02:00:00.000Z')
/** A moment in Beijing time, as the workflow's clock (firstPublishedAt, publicUpdatedAt). */
const at = (local: string) => ({ skipPublish: true, now: new Date(`${local}+08:00`).toISOString() })
/** A calendar day as a date-only field stores it (noon in Beijing). */
const day = (value: string) => `${value}T04:00:00.000Z`

let ctx: TestPayload
let payload: Payload
let staff: StaffUsers
const ids: Record<string, number> = {}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  await ensureCalendar(payload)

  const create = async (
    key: string,
    collection: Parameters<Payload['create']>[0]['collection'],
    data: Record<string, unknown>,
    context = at('2026-06-01T09:00:00'),
  ) => {
    const doc = await payload.create({ collection, data: data as never, context, draft: data._status !== 'published' })
    ids[key] = doc.id as number
    return doc.id as number
  }
  const placeholder: Related = { department: 0, catalogItem: 0, caseId: 0 }
  const department = await create('department', 'departments', {
    ...validData('departments', placeholder, 0),
    name: '市财政局',
    _status: 'published',
  })
  const related = { ...placeholder, department }
  const catalogItem = (secondaryItem: string, status: 'published' | 'draft') => ({
    ...validData('catalog-items', related, 0),
    primaryItem: '政府采购',
    secondaryItem,
    _status: status,
  })
  await create('lateItem', 'catalog-items', catalogItem('采购意向公开', 'published'))
  await create('neverItem', 'catalog-items', catalogItem('采购合同公开', 'published'))
  await create('draftItem', 'catalog-items', catalogItem('尚未发布的事项', 'draft'))
  await create('case', 'cases', { ...validData('cases', related, 0), _status: 'published' })

  // Written 2025-09-22, published 2025-10-27: 21 working days over the 国庆中秋 holiday (limit 20).
  await create(
    'disclosure',
    'disclosures',
    {
      ...validData('disclosures', { ...related, catalogItem: ids.lateItem }, 0),
      title: '2025年第四季度采购意向',
      writtenDate: day('2025-09-22'),
      publishDate: day('2025-10-27'),
      _status: 'published',
    },
    at('2026-12-20T09:00:00'),
  )

  await create(
    'theme',
    'themes',
    { month: '2026-12', title: '以案为鉴 警钟长鸣', summary: '警示教育月', _status: 'published' },
    at('2026-12-01T09:00:00'),
  )
  await create(
    'reminder',
    'reminders',
    { week: '2026-W52', message: '元旦将至，严守纪律。', channels: ['web'], _status: 'published' },
    at('2026-12-21T09:00:00'),
  )
  await create(
    'news',
    'articles',
    {
      title: '市纪委召开全会',
      kind: 'news',
      body: paragraph('工作动态'),
      publishDate: day('2026-12-01'),
      _status: 'published',
    },
    at('2026-12-01T09:00:00'),
  )

  // Workflow, as the users themselves would do it.
  const editor = { overrideAccess: false, user: staff.editor, draft: true, context: at('2026-12-22T09:00:00') } as const
  const reviewer = {
    overrideAccess: false,
    user: staff.reviewer,
    draft: true,
    context: { skipPublish: true, now: NOW.toISOString() },
  } as const
  ids.nextTheme = (
    await payload.create({
      collection: 'themes',
      data: { month: '2027-01', title: '新春廉洁', summary: '节日廉洁提醒', workflow: 'review' },
      ...editor,
    })
  ).id
  ids.returned = (
    await payload.create({
      collection: 'articles',
      data: {
        title: '待修改的动态',
        kind: 'news',
        body: paragraph('初稿'),
        publishDate: day('2026-12-22'),
        workflow: 'review',
      },
      ...editor,
    })
  ).id
  await payload.update({
    collection: 'articles',
    id: ids.returned,
    data: { workflow: 'returned', reviewComment: '请补充会议时间。' },
    ...reviewer,
  })
  ids.scheduled = (
    await payload.create({
      collection: 'reminders',
      data: {
        week: '2027-W01',
        message: '新年伊始，廉洁自律。',
        channels: ['web'],
        workflow: 'scheduled',
        publishAt: '2026-12-28T00:00:00.000Z',
      },
      ...reviewer,
    })
  ).id
})

afterAll(async () => {
  if (!payload) return
  await deleteStaff(payload, staff)
  await ctx.cleanup()
})

describe('editors’ dashboard data', () => {
  let data: Dashboard
  beforeAll(async () => {
    data = await loadDashboard(payload, staff.editor, NOW)
  })

  it('should show this month’s theme published and next month’s waiting for review', () => {
    expect(data.themes.current).toMatchObject({
      period: '2026-12',
      state: 'published',
      ready: true,
      doc: { id: ids.theme, title: '以案为鉴 警钟长鸣' },
    })
    expect(data.themes.next).toMatchObject({
      period: '2027-01',
      state: 'review',
      ready: false,
      doc: { id: ids.nextTheme },
    })
  })

  it('should show this week’s reminder and flag the coming weeks without one, across the year end', () => {
    expect(data.reminders.weeks.map((w) => [w.period, w.state])).toEqual([
      ['2026-W52', 'published'],
      ['2026-W53', 'missing'],
      ['2027-W01', 'scheduled'],
      ['2027-W02', 'missing'],
      ['2027-W03', 'missing'],
    ])
    expect(data.reminders.missing).toBe(3)
  })

  it('should list what is in review, returned and scheduled, across collections', () => {
    expect(data.queue.review.map((e) => [e.collection, e.id])).toEqual([['themes', ids.nextTheme]])
    expect(data.queue.returned).toEqual([
      expect.objectContaining({
        collection: 'articles',
        id: ids.returned,
        reviewComment: '请补充会议时间。',
        collectionLabel: '文章',
      }),
    ])
    expect(data.queue.scheduled).toEqual([
      expect.objectContaining({ collection: 'reminders', id: ids.scheduled, due: false }),
    ])
  })

  it('should flag columns not updated in time for the inspection', () => {
    const byKey = Object.fromEntries(data.columns.map((c) => [c.key, c]))
    // 工作动态 last published 1 December: due by 15 December, 8 days overdue on the 23rd.
    expect(byKey.news).toMatchObject({
      state: 'overdue',
      overdueDays: 8,
      latest: { day: '2026-12-01', doc: { id: ids.news } },
    })
    // The returned draft does not count: only what the public sees does.
    expect(byKey.reminders).toMatchObject({ state: 'ok', latest: { day: '2026-12-21' } })
    expect(byKey.home).toMatchObject({
      state: 'ok',
      latest: { day: '2026-12-21', doc: { collection: 'reminders', id: ids.reminder } },
    })
    expect(byKey.disclosures).toMatchObject({ state: 'ok', latest: { day: '2026-12-20' } })
    expect(byKey.bulletins).toMatchObject({ state: 'never' })
  })

  it('should find late catalogue items in working days and published items never disclosed', () => {
    expect(data.catalog.late).toEqual([
      expect.objectContaining({
        item: expect.objectContaining({ id: ids.lateItem, department: '市财政局' }),
        used: 21,
        limit: 20,
      }),
    ])
    expect(data.catalog.neverDisclosed.map((i) => i.id)).toEqual([ids.neverItem])
    // In December the next year's holidays are due: the default calendar ends with 2026.
    expect(data.calendarMissingYears).toEqual([2027])
  })
})

describe('editors’ dashboard on the admin home', () => {
  let $: cheerio.CheerioAPI
  beforeAll(async () => {
    const element = await EditorsDashboard({ payload, user: staff.reviewer, now: NOW })
    $ = cheerio.load(renderToString(element!))
  })

  const rowOf = (tableHeading: string, rowHeading: string) =>
    $(
      `table[aria-labelledby="${$(`h3:contains("${tableHeading}"), h4:contains("${tableHeading}")`).attr('id')}"] tbody tr`,
    ).filter((_, tr) => $(tr).find('th').text().includes(rowHeading))

  it('should render headed sections with accessible tables', () => {
    expect($('h2').text()).toBe('编辑工作台')
    expect(
      $('h3')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['审核与发布', '月度主题', '每周提醒', '栏目更新（政府网站考评）', '公开时限'])
    for (const table of $('table').toArray()) {
      expect($(`#${$(table).attr('aria-labelledby')}`).length).toBe(1)
      expect(
        $(table)
          .find('thead th')
          .toArray()
          .every((th) => $(th).attr('scope') === 'col'),
      ).toBe(true)
      expect(
        $(table)
          .find('tbody tr')
          .toArray()
          .every((tr) => $(tr).find('th[scope="row"]').length === 1),
      ).toBe(true)
    }
  })

  it('should say in words what is missing and link to where it is fixed', () => {
    const nextMonth = rowOf('月度主题', '2027年1月')
    expect(nextMonth.text()).toContain('待审核')
    expect(nextMonth.text()).toContain('未就绪')
    expect(nextMonth.find('a').first().attr('href')).toBe(`/admin/collections/themes/${ids.nextTheme}`)

    const week53 = rowOf('每周提醒', '2026年第53周')
    expect(week53.text()).toContain('未创建')
    expect(week53.find('a').attr('href')).toBe('/admin/collections/reminders/create')
    expect(week53.text()).toContain('12月28日—1月3日')
    expect(rowOf('每周提醒', '2026年第52周').text()).toContain('（本周）')

    expect(rowOf('栏目更新', '工作动态').text()).toContain('已超期 8 天')
    expect(rowOf('栏目更新', '警示通报').text()).toContain('从未更新')
    expect(rowOf('超过公开时限', '采购意向公开').text()).toContain('21 个工作日，超出时限（20 个工作日）1 个工作日')
    expect(rowOf('从未公开', '采购合同公开').find('a').first().attr('href')).toBe(
      `/admin/collections/catalog-items/${ids.neverItem}`,
    )
    expect(rowOf('退回修改', '待修改的动态').text()).toContain('请补充会议时间。')
    expect($('p:contains("工作日历缺少 2027 年")').find('a').attr('href')).toBe('/admin/globals/work-calendar')
  })

  it('should sum up what needs attention at the top', () => {
    const summary = $('ul[aria-label="概览"] li')
      .map((_, li) => $(li).text().replace(/\s+/g, ''))
      .get()
    expect(summary).toEqual(
      expect.arrayContaining([
        '待审核1项',
        '退回修改1项',
        '已定时发布1项',
        '主题未就绪1个月',
        '缺少提醒3周',
        '栏目超期2个',
        '超过公开时限1项',
        '从未公开1项',
      ]),
    )
  })
})
