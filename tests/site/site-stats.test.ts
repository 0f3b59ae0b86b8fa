// Checks the 统计 page of the fixture portal: accessible SVG charts, and data tables whose numbers
// match counts made here straight from the fixture JSON (not through site/lib/stats.ts).
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import * as cheerio from 'cheerio'
import { beforeAll, describe, expect, it } from 'vitest'
import { fixtureSite, FIXTURE_CONTENT, FIXTURE_TODAY } from '../helpers/fixtureSite'

interface CaseFile {
  decisionDate: { value: string } | null
  violationTypes: string[]
  persons: { partySanction: { value: string | null } | null }[]
  level: string | null
  region: string | null
}
/** A case as these counts read it: only a decision published with its month has a quarter. */
interface CaseJson {
  decisionDate: string
  violationTypes: string[]
  /** Each person's 党纪处分 kind; 党纪处分未公开 when nobody's was published. */
  partySanctions: string[]
  level: string
  region: string
}
const asCounted = (c: CaseFile): CaseJson => {
  const given = c.persons.flatMap((p) => (p.partySanction ? [p.partySanction.value ?? '其他党纪处分'] : []))
  return {
    decisionDate: c.decisionDate?.value ?? '',
    violationTypes: c.violationTypes,
    partySanctions: given.length ? [...new Set(given)] : ['党纪处分未公开'],
    level: c.level ?? '层级未公开',
    region: c.region ?? '区域未公开',
  }
}
interface DisclosureJson {
  publishDate: string
  department: { name: string } | null
}

let out: string
let $: cheerio.CheerioAPI
let cases: CaseJson[]
let all: CaseJson[]
let disclosures: DisclosureJson[]

async function readCollection<T>(name: string): Promise<T[]> {
  const dir = path.join(FIXTURE_CONTENT, name)
  return Promise.all((await readdir(dir)).map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8')) as T))
}

const quarterOf = (date: string) =>
  `${date.slice(0, 4)}年第${'一二三四'[Math.ceil(Number(date.slice(5, 7)) / 3) - 1]}季度`
const monthOf = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月`
const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length

const figure = (title: string) => {
  const found = $('figure').filter((_, f) => $(f).find('figcaption h3').text().trim() === title)
  expect(found.length, title).toBe(1)
  return found
}

/** The body of a figure's data table as { row header: { column header: number } }. */
function table(title: string): Record<string, Record<string, number>> {
  const $table = figure(title).find('table')
  const headers = $table
    .find('thead th')
    .map((_, th) => $(th).text().trim())
    .get()
    .slice(1)
  const rows: Record<string, Record<string, number>> = {}
  $table.find('tbody tr').each((_, tr) => {
    const cells = $(tr)
      .find('td')
      .map((__, td) => Number($(td).text().trim()))
      .get()
    rows[$(tr).find('th').text().trim()] = Object.fromEntries(headers.map((h, i) => [h, cells[i]]))
  })
  return rows
}

beforeAll(async () => {
  out = await fixtureSite()
  $ = cheerio.load(await readFile(path.join(out, 'stats', 'index.html'), 'utf8'))
  all = (await readCollection<CaseFile>('cases')).map(asCounted)
  cases = all.filter((c) => c.decisionDate.length >= 7)
  disclosures = await readCollection<DisclosureJson>('disclosures')
}, 300_000)

describe('统计 page', () => {
  it('should state the data date, link to the open data and be linked from the footer', () => {
    const [y, m, d] = FIXTURE_TODAY.split('-').map(Number)
    expect($('main').text()).toContain(`数据截至${y}年${m}月${d}日`)
    expect($('main a[href="/data/"]').text()).toBe('数据开放')
    expect($('footer a[href="/stats/"]').text()).toBe('统计')
    expect($('h1').text().trim()).toBe('统计')
  })

  it('should give every chart a caption and an SVG named by its own title and description', () => {
    const figures = $('main figure')
    expect(figures.length).toBe(5)
    figures.each((_, f) => {
      const caption = $(f).find('figcaption').text().trim()
      expect(caption).not.toBe('')
      const svg = $(f).children('svg[role="img"]')
      expect(svg.length, caption).toBe(1)
      expect(svg.attr('viewBox'), caption).toMatch(/^0 0 \d+ \d+(\.\d+)?$/)
      expect(svg.attr('width'), caption).toBeUndefined()
      const ids = (svg.attr('aria-labelledby') ?? '').split(/\s+/)
      expect(ids.length, caption).toBe(2)
      expect(svg.children(`title#${ids[0]}`).text().trim(), caption).not.toBe('')
      expect(svg.children(`desc#${ids[1]}`).text().trim(), caption).not.toBe('')
      expect($(`[id="${ids[0]}"]`).length).toBe(1)
      expect($(`[id="${ids[1]}"]`).length).toBe(1)
      const $table = $(f).find('details table')
      expect($(f).find('details > summary').text().trim()).toBe('查看数据表')
      expect($table.find('caption').text().trim()).not.toBe('')
      expect($table.find('thead th[scope="col"]').length).toBeGreaterThan(1)
      expect($table.find('tbody th[scope="row"]').length).toBeGreaterThan(0)
    })
  })

  it('should say how cases with several violation types are counted', () => {
    expect(figure('案件数量（按季度、按违纪类型）').find('figcaption').text()).toContain('一案多类型，按类型分别计数')
  })

  it('should label every bar with its category and a legend for stacked series', () => {
    for (const title of ['公开信息（按单位）', '案件数量（按季度、按处分）']) {
      const labels = figure(title)
        .find('svg text')
        .map((_, t) => $(t).text().trim())
        .get()
      for (const category of Object.keys(table(title))) expect(labels, title).toContain(category)
    }
    const legend = figure('案件数量（按季度、按处分）')
      .find('ol li')
      .map((_, li) => $(li).text().trim())
      .get()
    expect(legend.length).toBeGreaterThan(1)
    expect(legend[0]).toMatch(/^1\. /)
  })

  it('should count cases per quarter and violation type, one case under each of its types', () => {
    const rows = table('案件数量（按季度、按违纪类型）')
    expect(rows['2025年第一季度']['违反中央八项规定精神']).toBe(
      count(
        cases,
        (c) => quarterOf(c.decisionDate) === '2025年第一季度' && c.violationTypes.includes('违反中央八项规定精神'),
      ),
    )
    expect(rows['2025年第一季度']['违反中央八项规定精神']).toBeGreaterThan(1)
    for (const [quarter, row] of Object.entries(rows)) {
      for (const [type, value] of Object.entries(row)) {
        if (type === '案件数') expect(value, quarter).toBe(count(cases, (c) => quarterOf(c.decisionDate) === quarter))
        else if (type !== '各类型计数合计') {
          expect(value, `${quarter} ${type}`).toBe(
            count(cases, (c) => quarterOf(c.decisionDate) === quarter && c.violationTypes.includes(type)),
          )
        }
      }
    }
    // Every quarter from the first case to the last, in order, including empty ones.
    const quarters = Object.keys(rows)
    const sorted = [...cases].sort((a, b) => a.decisionDate.localeCompare(b.decisionDate))
    expect(quarters[0]).toBe(quarterOf(sorted[0].decisionDate))
    expect(quarters.at(-1)).toBe(quarterOf(sorted.at(-1)!.decisionDate))
    expect(quarters).toContain('2024年第三季度')
    expect(rows['2024年第三季度']['案件数']).toBe(0)
  })

  it('should count cases per quarter and party sanction, none published as 党纪处分未公开', () => {
    const rows = table('案件数量（按季度、按处分）')
    const sanctions = new Set(cases.flatMap((c) => c.partySanctions))
    for (const [quarter, row] of Object.entries(rows)) {
      for (const sanction of sanctions) {
        expect(row[sanction], `${quarter} ${sanction}`).toBe(
          count(cases, (c) => quarterOf(c.decisionDate) === quarter && c.partySanctions.includes(sanction)),
        )
      }
    }
  })

  it('should say how many cases have no published decision month instead of guessing their quarter', () => {
    const undated = all.length - cases.length
    expect(undated).toBeGreaterThan(0)
    expect(figure('案件数量（按季度、按违纪类型）').text()).toContain(`另有 ${undated} 件案例未公开处分决定月份`)
  })

  it('should count cases per region and level, regions with most cases first', () => {
    const rows = table('案件数量（按层级、按区域）')
    const regions = Object.keys(rows)
    expect([...regions].sort()).toEqual([...new Set(all.map((c) => c.region))].sort())
    expect(regions).toContain('区域未公开')
    for (const region of regions) {
      for (const level of new Set(all.map((c) => c.level))) {
        expect(rows[region][level], `${region} ${level}`).toBe(
          count(all, (c) => c.region === region && c.level === level),
        )
      }
    }
    const totals = regions.map((r) => rows[r]['合计'])
    expect(totals).toEqual([...totals].sort((a, b) => b - a))
  })

  it('should count disclosures per unit, most first', () => {
    const rows = table('公开信息（按单位）')
    const names = Object.keys(rows)
    expect(names.sort()).toEqual([...new Set(disclosures.map((d) => d.department?.name ?? '未注明'))].sort())
    for (const [name, row] of Object.entries(rows)) {
      expect(row['公开信息']).toBe(count(disclosures, (d) => (d.department?.name ?? '未注明') === name))
    }
    const values = Object.values(rows).map((row) => row['公开信息'])
    expect(values).toEqual([...values].sort((a, b) => b - a))
  })

  it('should count disclosures per month, every month from the first to the last', () => {
    const rows = table('公开信息（按月份）')
    const dates = disclosures.map((d) => d.publishDate).sort()
    const [first, last] = [dates[0], dates.at(-1)!]
    const months =
      (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
      Number(last.slice(5, 7)) -
      Number(first.slice(5, 7)) +
      1
    expect(Object.keys(rows).length).toBe(months)
    expect(Object.keys(rows)[0]).toBe(monthOf(first))
    expect(Object.keys(rows).at(-1)).toBe(monthOf(last))
    for (const [month, row] of Object.entries(rows)) {
      expect(row['公开信息'], month).toBe(count(disclosures, (d) => monthOf(d.publishDate) === month))
    }
  })

  it('should add no script to the ones every page has', async () => {
    const scripts = ($page: cheerio.CheerioAPI) =>
      $page('script')
        .map((_, el) => $page.html(el))
        .get()
    const $data = cheerio.load(await readFile(path.join(out, 'data', 'index.html'), 'utf8'))
    expect($('main script').length).toBe(0)
    expect(scripts($)).toEqual(scripts($data))
  })
})
