import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Department } from '../../cms/payload-types'
import { validationMessageAt, validationMessages } from '../helpers/errors'
import { createRelated, deleteRelated, type Related, unique, validData } from '../helpers/fixtures'
import { paragraphWithLink } from '../helpers/lexical'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload
let related: Related
/** Everything a test creates, deleted in reverse order afterwards. */
const cleanupQueue: { collection: Parameters<Payload['delete']>[0]['collection']; id: number }[] = []
const track = <T extends { id: number }>(collection: (typeof cleanupQueue)[number]['collection'], doc: T): T => {
  cleanupQueue.push({ collection, id: doc.id })
  return doc
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  related = await createRelated(payload)
})

afterAll(async () => {
  if (!payload) return
  for (const { collection, id } of cleanupQueue.reverse()) {
    await payload.delete({ collection, id }).catch(() => undefined)
  }
  await deleteRelated(payload, related)
  await ctx.cleanup()
})

describe('themes (一月一主题)', () => {
  const theme = (month: string) => ({ month, title: unique('主题'), summary: '摘要' })

  it('rejects a second theme for the same month, naming the month', async () => {
    track('themes', await payload.create({ collection: 'themes', data: theme('2026-11') }))
    expect(await validationMessageAt(payload.create({ collection: 'themes', data: theme('2026-11') }), 'month')).toBe(
      '月份「2026-11」已有月度主题，每月只能有一个',
    )
  })

  it('rejects the duplicate month on a draft too', async () => {
    expect(
      await validationMessages(payload.create({ collection: 'themes', data: theme('2026-11'), draft: true })),
    ).toEqual(['月份「2026-11」已有月度主题，每月只能有一个'])
  })

  it('lets a theme be saved again with its own month', async () => {
    const doc = track('themes', await payload.create({ collection: 'themes', data: theme('2026-10') }))
    const updated = await payload.update({
      collection: 'themes',
      id: doc.id,
      data: { month: '2026-10', title: '新主题' },
    })
    expect(updated.title).toBe('新主题')
  })

  it('rejects a month that does not exist', async () => {
    for (const month of ['2026-13', '2026-00', '2026-1', '202611']) {
      expect(await validationMessageAt(payload.create({ collection: 'themes', data: theme(month) }), 'month')).toBe(
        `月份「${month}」格式不正确：请按 YYYY-MM 填写真实月份，例如 2026-11`,
      )
    }
  })

  it('rejects a javascript: link among the study materials', async () => {
    const data = { ...theme('2026-09'), materials: [{ title: '学习资料', url: 'javascript:alert(1)' }] }
    expect(await validationMessageAt(payload.create({ collection: 'themes', data }), 'materials.0.url')).toBe(
      '学习资料链接「javascript:alert(1)」不是允许的链接：只能使用 http:// 或 https:// 网址、mailto: 邮箱、tel: 电话，或以 / 开头的站内路径',
    )
  })

  it('accepts web, e-mail, telephone and site-relative material links', async () => {
    const urls = [
      'https://www.ccdi.gov.cn/',
      'http://example.gov.cn/a.pdf',
      'mailto:jw@example.gov.cn',
      'tel:12388',
      '/themes/1/',
    ]
    const doc = track(
      'themes',
      await payload.create({
        collection: 'themes',
        data: { ...theme('2026-08'), materials: urls.map((url, i) => ({ title: `资料${i}`, url })) },
      }),
    )
    expect(doc.materials?.map((m) => m.url)).toEqual(urls)
  })
})

describe('reminders (一周一提醒)', () => {
  const reminder = (week: string, message = '中秋国庆将至，严守八项规定精神。') => ({ week, message })

  it('rejects a second reminder for the same ISO week', async () => {
    track('reminders', await payload.create({ collection: 'reminders', data: reminder('2026-W48') }))
    expect(
      await validationMessageAt(payload.create({ collection: 'reminders', data: reminder('2026-W48') }), 'week'),
    ).toBe('ISO 周「2026-W48」已有每周提醒，每周只能有一个')
  })

  it('accepts week 53 only in years that have one', async () => {
    track('reminders', await payload.create({ collection: 'reminders', data: reminder('2026-W53') }))
    expect(
      await validationMessageAt(payload.create({ collection: 'reminders', data: reminder('2025-W53') }), 'week'),
    ).toBe('ISO 周「2025-W53」格式不正确：请按 YYYY-Www 填写，例如 2026-W48（2025 年共 52 周）')
  })

  it('rejects a message of 141 characters, saying how long it is', async () => {
    const message = '廉'.repeat(141)
    expect(
      await validationMessageAt(
        payload.create({ collection: 'reminders', data: reminder('2026-W40', message) }),
        'message',
      ),
    ).toBe('提醒内容不能超过 140 个字（当前 141 个字），以便短信和微博发布')
  })

  it('counts characters, not UTF-16 units, so 140 rare characters fit', async () => {
    const message = '𠮷'.repeat(140)
    const doc = track(
      'reminders',
      await payload.create({ collection: 'reminders', data: reminder('2026-W41', message) }),
    )
    expect(Array.from(doc.message)).toHaveLength(140)
  })

  it('rejects a javascript: link in the rich-text body, on drafts too', async () => {
    const data = { ...reminder('2026-W42'), body: paragraphWithLink('点此', 'javascript:alert(document.cookie)') }
    const expected =
      '正文中的链接「javascript:alert(document.cookie)」不是允许的链接：只能使用 http:// 或 https:// 网址、mailto: 邮箱、tel: 电话，或以 / 开头的站内路径'
    expect(await validationMessageAt(payload.create({ collection: 'reminders', data }), 'body')).toBe(expected)
    expect(await validationMessageAt(payload.create({ collection: 'reminders', data, draft: true }), 'body')).toBe(
      expected,
    )
  })
})

describe('rich-text links', () => {
  // validData is loosely typed (one builder for every collection), hence the cast.
  const article = (url: string, type: 'autolink' | 'link' = 'link') =>
    ({ ...validData('articles', related, 1), body: paragraphWithLink('链接', url, type) }) as never

  it.each([
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    '//evil.example.com/',
    'ftp://example.com/',
  ])('rejects %j', async (url) => {
    const [message] = await validationMessages(payload.create({ collection: 'articles', data: article(url) }))
    expect(message).toMatch(/^正文中的链接「.*」不是允许的链接/)
  })

  it('rejects an unsafe autolink as well', async () => {
    const [message] = await validationMessages(
      payload.create({ collection: 'articles', data: article('javascript:alert(1)', 'autolink') }),
    )
    expect(message).toMatch(/^正文中的链接「javascript:alert\(1\)」不是允许的链接/)
  })

  it('keeps allowed links as written', async () => {
    const doc = track(
      'articles',
      await payload.create({ collection: 'articles', data: article('https://www.12388.gov.cn/') }),
    )
    expect(JSON.stringify(doc.body)).toContain('"url":"https://www.12388.gov.cn/"')
  })
})

describe('departments', () => {
  it('rejects a second department with the same code, naming the holder', async () => {
    const first = track(
      'departments',
      await payload.create({
        collection: 'departments',
        data: { name: '松溪县纪委监委', code: 'SX-JW', level: 'county', region: '松溪县' },
      }),
    )
    expect(
      await validationMessageAt(
        payload.create({
          collection: 'departments',
          data: { name: '另一个单位', code: 'SX-JW', level: 'county', region: '松溪县' },
        }),
        'code',
      ),
    ).toBe(`单位代码「SX-JW」已被「${first.name}」使用，每个单位的代码必须唯一`)
  })

  it('rejects a second department with the same name', async () => {
    expect(
      await validationMessageAt(
        payload.create({
          collection: 'departments',
          data: { name: '松溪县纪委监委', code: 'SX-OTHER', level: 'county', region: '松溪县' },
        }),
        'name',
      ),
    ).toBe('单位名称「松溪县纪委监委」已存在，不能重复创建')
  })
})

describe('bulletins (一季一通报)', () => {
  const bulletin = (extra: Record<string, unknown>) => ({
    title: unique('通报'),
    issuer: related.department,
    publishDate: '2026-04-01T04:00:00.000Z',
    year: 2026,
    ...extra,
  })

  it('requires a quarter on a quarterly bulletin', async () => {
    expect(
      await validationMessageAt(
        payload.create({ collection: 'bulletins', data: bulletin({ kind: 'quarterly' }) as never }),
        'quarter',
      ),
    ).toBe('季度警示通报必须填写季度（1–4）')
  })

  it('rejects a quarter outside 1–4', async () => {
    expect(
      await validationMessageAt(
        payload.create({ collection: 'bulletins', data: bulletin({ kind: 'quarterly', quarter: 5 }) as never }),
        'quarter',
      ),
    ).toBe('季度「5」不正确：只能填写 1、2、3 或 4')
  })

  it('rejects a second quarterly bulletin for the same quarter', async () => {
    const first = track(
      'bulletins',
      await payload.create({ collection: 'bulletins', data: bulletin({ kind: 'quarterly', quarter: 2 }) as never }),
    )
    expect(
      await validationMessageAt(
        payload.create({ collection: 'bulletins', data: bulletin({ kind: 'quarterly', quarter: 2 }) as never }),
        'quarter',
      ),
    ).toBe(`季度「2026 年第 2 季度」已有季度警示通报「${first.title}」，每季度只能有一期`)
  })

  it('lets typical bulletins share a year without a quarter, and drops a stray quarter', async () => {
    const a = track(
      'bulletins',
      await payload.create({ collection: 'bulletins', data: bulletin({ kind: 'typical' }) as never }),
    )
    const b = track(
      'bulletins',
      await payload.create({ collection: 'bulletins', data: bulletin({ kind: 'typical', quarter: 2 }) as never }),
    )
    expect([a.quarter, b.quarter]).toEqual([null, null])
  })
})

describe('disclosures: 索引号', () => {
  let unit: Department
  let otherUnit: Department

  beforeAll(async () => {
    unit = track(
      'departments',
      await payload.create({
        collection: 'departments',
        data: { name: '青莲区财政局', code: '11441700007280420Y', level: 'county', region: '青莲区' },
      }),
    )
    otherUnit = track(
      'departments',
      await payload.create({
        collection: 'departments',
        data: { name: '青莲区审计局', code: 'QL-SJ', level: 'county', region: '青莲区' },
      }),
    )
  })

  const disclosure = (department: Department, publishDate: string) => ({
    title: unique('公开信息'),
    catalogItem: related.catalogItem,
    department: department.id,
    publishDate,
    validity: 'valid' as const,
  })

  it('numbers a unit’s disclosures per year as <code>/<year>-00001, -00002 …', async () => {
    const first = track(
      'disclosures',
      await payload.create({ collection: 'disclosures', data: disclosure(unit, '2026-03-01T04:00:00.000Z') }),
    )
    const second = track(
      'disclosures',
      await payload.create({
        collection: 'disclosures',
        data: disclosure(unit, '2026-06-01T04:00:00.000Z'),
        draft: true,
      }),
    )
    const third = track(
      'disclosures',
      await payload.create({ collection: 'disclosures', data: disclosure(unit, '2026-07-01T04:00:00.000Z') }),
    )
    expect([first.indexNumber, second.indexNumber, third.indexNumber]).toEqual([
      '11441700007280420Y/2026-00001',
      '11441700007280420Y/2026-00002',
      '11441700007280420Y/2026-00003',
    ])
  })

  it('starts again at 00001 for another unit and for another year', async () => {
    const other = track(
      'disclosures',
      await payload.create({ collection: 'disclosures', data: disclosure(otherUnit, '2026-03-01T04:00:00.000Z') }),
    )
    const nextYear = track(
      'disclosures',
      await payload.create({ collection: 'disclosures', data: disclosure(unit, '2027-02-01T04:00:00.000Z') }),
    )
    expect(other.indexNumber).toBe('QL-SJ/2026-00001')
    expect(nextYear.indexNumber).toBe('11441700007280420Y/2027-00001')
  })

  it('takes the year of the publish date in China, not in UTC', async () => {
    // 2027-12-31T16:30Z is 1 January 2028, 00:30 in Beijing.
    const doc = track(
      'disclosures',
      await payload.create({ collection: 'disclosures', data: disclosure(otherUnit, '2027-12-31T16:30:00.000Z') }),
    )
    expect(doc.indexNumber).toBe('QL-SJ/2028-00001')
  })

  it('keeps the number when the disclosure is edited', async () => {
    const doc = track(
      'disclosures',
      await payload.create({ collection: 'disclosures', data: disclosure(otherUnit, '2029-05-01T04:00:00.000Z') }),
    )
    const updated = await payload.update({
      collection: 'disclosures',
      id: doc.id,
      data: { title: '修改后的标题', publishDate: '2030-05-01T04:00:00.000Z' },
    })
    expect(updated.indexNumber).toBe(doc.indexNumber)
  })

  it('rejects a duplicate 索引号, naming the disclosure that holds it', async () => {
    const holder = track(
      'disclosures',
      await payload.create({ collection: 'disclosures', data: disclosure(otherUnit, '2031-05-01T04:00:00.000Z') }),
    )
    expect(
      await validationMessageAt(
        payload.create({
          collection: 'disclosures',
          data: { ...disclosure(unit, '2031-05-01T04:00:00.000Z'), indexNumber: holder.indexNumber },
        }),
        'indexNumber',
      ),
    ).toBe(`索引号「QL-SJ/2031-00001」已被「${holder.title}」使用，索引号必须唯一`)
  })
})
