// The portal's browsing features on the fixture build: facets that work without JavaScript,
// the catalogue's time-limit check, the 一月一主题 year view, related cases and page metadata.
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'

import * as cheerio from 'cheerio'
import { beforeAll, describe, expect, it } from 'vitest'

import { FIXTURE_CONTENT, fixtureSite } from '../helpers/fixtureSite'

let out: string
const page = async (url: string) =>
  cheerio.load(await readFile(path.join(out, decodeURIComponent(url), 'index.html'), 'utf8'))
const text = ($: cheerio.CheerioAPI, selector: string) => $(selector).text().replace(/\s+/g, ' ').trim()
const listLinks = ($: cheerio.CheerioAPI) =>
  $('[data-static-list] li > div > a')
    .map((_, a) => $(a).attr('href'))
    .get()

interface CaseJson {
  id: string
  decisionDate: { value: string } | null
  source: { date: { value: string } | null }
  firstPublishedAt: string
  violationTypes: string[]
  eightRulesTypes: string[]
  level: string | null
  region: string | null
}
/** The decision at its published precision, or '' when not published. */
const decided = (c: CaseJson) => c.decisionDate?.value ?? ''
/** What lists sort by: the decision, else the original bulletin's date, else the first publication. */
const listed = (c: CaseJson) => c.decisionDate?.value ?? c.source.date?.value ?? c.firstPublishedAt
async function fixtureCases(): Promise<CaseJson[]> {
  const dir = path.join(FIXTURE_CONTENT, 'cases')
  return Promise.all(
    (await readdir(dir)).map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8')) as CaseJson),
  )
}

beforeAll(async () => {
  out = await fixtureSite()
}, 300_000)

describe('case facets', () => {
  it('should link every facet value from /cases/ with the number of cases it holds', async () => {
    const $ = await page('/cases/')
    const nav = $('nav[aria-labelledby="facet-nav-title"]')
    const integrity = nav.find('a[href="/cases/violation/integrity/"]')
    const cases = await fixtureCases()
    const expected = cases.filter((c) => c.violationTypes.includes('违反廉洁纪律')).length
    expect(integrity.text().trim()).toBe(`违反廉洁纪律（${expected}）`)
    // 八项规定 sub-types are nested under 违反中央八项规定精神.
    expect(
      nav
        .find('a[href="/cases/violation/eight-rules/"]')
        .parent()
        .find('ul a[href="/cases/violation/gifts/"]')
        .text()
        .trim(),
    ).toMatch(/^违规收受礼品礼金（2）$/)
    for (const facet of [
      'year',
      'quarter',
      'violation',
      'party-sanction',
      'government-sanction',
      'referred',
      'level',
      'cadre-level',
      'source',
      'measure',
      'region',
    ]) {
      expect(nav.find(`[data-facet="${facet}"] a`).length, facet).toBeGreaterThan(0)
    }
  })

  it.each([
    ['/cases/violation/integrity/', (c: CaseJson) => c.violationTypes.includes('违反廉洁纪律')],
    ['/cases/violation/gifts/', (c: CaseJson) => c.eightRulesTypes.includes('违规收受礼品礼金')],
    ['/cases/year/2025/', (c: CaseJson) => decided(c).startsWith('2025')],
    ['/cases/quarter/2025-q1/', (c: CaseJson) => decided(c) >= '2025-01' && decided(c) <= '2025-03-31'],
    ['/cases/year/2023/', (c: CaseJson) => decided(c).startsWith('2023')],
    [
      '/cases/source/forwarded/',
      (c: CaseJson) => (c as unknown as { source: { kind: string } }).source.kind === '转发',
    ],
    ['/cases/level/unknown/', (c: CaseJson) => c.level === null],
    ['/cases/measure/admonition/', (c: CaseJson) => c.id === '6'],
    ['/cases/level/county/', (c: CaseJson) => c.level === '县(市、区)级'],
    [`/cases/region/${encodeURIComponent('青莲区')}/`, (c: CaseJson) => c.region === '青莲区'],
  ])('should list exactly the matching cases, newest first, on %s', async (url, matches) => {
    const $ = await page(url)
    const expected = (await fixtureCases())
      .filter(matches)
      .sort((a, b) => listed(b).localeCompare(listed(a)))
      .map((c) => `/cases/${c.id}/`)
    expect(listLinks($)).toEqual(expected)
    expect($('nav[aria-labelledby="facet-nav-title"] a[aria-current="page"]').length).toBe(1)
    expect(text($, 'nav[aria-label="当前位置"]')).toContain('典型案例')
  })

  it('should describe each case in the filter data with the same slugs as the facet pages', async () => {
    const rows = JSON.parse(await readFile(path.join(out, 'cases/facets.json'), 'utf8')) as {
      href: string
      facets: Record<string, string[]>
    }[]
    const one = rows.find((r) => r.href === '/cases/1/')!
    expect(one.facets).toMatchObject({ year: ['2025'], quarter: ['2025-q1'], level: ['city'], referred: ['yes'] })
    expect(one.facets.violation).toEqual(expect.arrayContaining(['eight-rules', 'integrity', 'work', 'dining', 'car']))
    expect(rows).toHaveLength((await fixtureCases()).length)
  })

  it('should show a case with its disposition, bulletin and related cases of the same kind', async () => {
    const $ = await page('/cases/2/')
    expect(text($, '[data-testid="case-disposition"]')).toBe(
      '李某某，青莲区财政局原副局长：党内严重警告、政务记大过、违规收受的礼品礼金已全部收缴。',
    )
    expect($('[data-testid="case-bulletins"] a').attr('href')).toBe('/bulletins/1/')
    const related = $('h2:contains("相关案例")')
      .parent()
      .find('li > div > a')
      .map((_, a) => $(a).attr('href'))
      .get()
    // Case 5 shares 违规收受礼品礼金, the strongest tie.
    expect(related[0]).toBe('/cases/5/')
    expect(related).not.toContain('/cases/2/')
    // A case without 八项规定 problems has no empty 八项规定问题类型 row.
    expect((await page('/cases/4/'))('th:contains("八项规定问题类型")').length).toBe(0)
  })
})

describe('catalogue browsing', () => {
  it('should browse by 公开类别, 领域, 层级 and 公开主体 with counts', async () => {
    const $ = await page('/catalog-items/')
    const nav = $('nav[aria-labelledby="facet-nav-title"]')
    expect(nav.find('a[href="/catalog-items/category/government/"]').text().trim()).toMatch(/^政务公开（\d+）$/)
    expect(nav.find('a[href="/catalog-items/domain/procurement/"]').text().trim()).toBe('政府采购（1）')
    expect(nav.find('a[href="/catalog-items/level/city/"]').text().trim()).toBe('市级（2）')
    expect(nav.find('a[href="/catalog-items/unit/3/"]').text().trim()).toBe('青莲区财政局（1）')
    expect(listLinks(await page('/catalog-items/unit/3/'))).toEqual(['/catalog-items/1/'])
  })

  it('should show whether the latest record came out within the time limit, in working days', async () => {
    const $ = await page('/catalog-items/2/')
    const block = $('[data-testid="timeliness"]')
    expect(block.attr('data-kind')).toBe('on-time')
    // 2025-09-22 → 2025-10-24 spans the 国庆中秋 holiday and two make-up weekend days.
    expect(block.text().replace(/\s+/g, '')).toContain('用时20个工作日，时限20个工作日：在时限内公开')
    expect(block.find('a').attr('href')).toBe('/disclosures/4/')
    // Records under the item, newest first.
    const records = $('h2:contains("本事项下的公开信息")')
      .parent()
      .find('li > div > a')
      .map((_, a) => $(a).attr('href'))
      .get()
    expect(records).toEqual(['/disclosures/4/', '/disclosures/2/'])
    expect((await page('/catalog-items/1/'))('[data-testid="timeliness"]').attr('data-kind')).toBe('not-working-days')
  })
})

describe('records', () => {
  it('should show a citation ID and a permanent link that do not depend on the title', async () => {
    const disclosure = await page('/disclosures/1/')
    expect(text(disclosure, '[data-testid="citation"]')).toBe('引用编号：11330100MB0000003Z/2025-00001')
    const $ = await page('/cases/7/')
    expect(text($, '[data-testid="citation"]')).toBe('引用编号：AL-000007')
    expect($('article a[href="http://localhost:4321/cases/7/"]').text()).toBe('http://localhost:4321/cases/7/')
  })

  it('should show a corrected record’s change note with its date, and the public update date', async () => {
    const $ = await page('/cases/1/')
    expect(text($, '[data-testid="change-log"] li')).toBe(
      '2025年4月2日更正责令退缴金额：原文“人民币102万元”更正为“人民币120万元”。',
    )
    expect($('header time').first().attr('datetime')).toBe('2025-04-02')
    // A record never corrected has no change log.
    expect((await page('/cases/2/'))('[data-testid="change-log"]').length).toBe(0)
  })

  it('should list every record of a unit on a paginated facet page linked from the unit', async () => {
    const $ = await page('/disclosures/unit/2/')
    expect(listLinks($)).toEqual(['/disclosures/4/', '/disclosures/2/'])
    const validity = (await page('/disclosures/')).root().find('a[href="/disclosures/validity/valid/"]')
    expect(validity.text().trim()).toBe('有效（3）')
    expect((await page('/disclosures/')).root().find('a[href="/disclosures/validity/expired/"]').text().trim()).toBe(
      '失效（1）',
    )
  })
})

describe('廉政文化', () => {
  it('should show the twelve months of the current year with the current month marked', async () => {
    const $ = await page('/themes/')
    const months = $('[data-testid="theme-year"] ol > li')
    expect(months).toHaveLength(12)
    expect(text($, '[data-testid="theme-year"] h2')).toBe('2025年月度主题')
    const current = $('[data-testid="theme-year"] li[aria-current="date"]')
    expect(current.text()).toContain('11月')
    expect(current.text()).toContain('本月')
    expect(months.eq(2).find('a').text()).toBe('廉洁用权 从我做起')
    expect((await page('/themes/year/2024/'))('[data-testid="theme-year"] li a').length).toBeGreaterThan(0)
  })

  it('should group brands by region and exemplars by year', async () => {
    const brands = await page('/brands/')
    expect(
      brands('main h2.section-title')
        .map((_, h) => brands(h).text())
        .get().length,
    ).toBeGreaterThan(0)
    const exemplars = await page('/exemplars/')
    expect(exemplars('main h2.section-title').first().text()).toMatch(/^\d{4}年度$/)
  })
})

describe('government page metadata and 适老化', () => {
  it('should carry the government meta tags from the configuration and the document', async () => {
    const $ = await page('/disclosures/1/')
    const meta = (name: string) => $(`meta[name="${name}"]`).attr('content')
    expect(meta('SiteName')).toBe('崇德倡廉网')
    expect(meta('SiteDomain')).toBe('localhost:4321')
    expect(meta('SiteIDCode')).toBe('3399000001')
    expect(meta('ColumnName')).toBe('公开信息')
    expect(meta('ColumnType')).toBe('信息公开')
    expect(meta('ArticleTitle')).toBe('青莲区财政局2025年度政府采购意向公开')
    expect(meta('PubDate')).toBe('2025-03-05')
    expect(meta('ContentSource')).toBe('青莲区财政局')
    expect(meta('Keywords')).toBe('政府采购 意向公开')
  })

  it('should offer the 适老化 switches and a skip link on every page, and never block zoom', async () => {
    for (const url of ['/', '/cases/1/', '/search/']) {
      const $ = await page(url)
      expect($('a[href="#main"]').first().text(), url).toBe('跳到主要内容')
      expect($('button[data-a11y="large"]').length, url).toBe(1)
      expect($('button[data-a11y="contrast"]').length, url).toBe(1)
      expect($('script[src="/a11y.js"]').length, url).toBe(1)
      expect($('meta[name=viewport]').attr('content'), url).not.toMatch(/user-scalable|maximum-scale/)
    }
  })
})
