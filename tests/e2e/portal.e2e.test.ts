import { readdirSync } from 'node:fs'
import path from 'node:path'

import * as cheerio from 'cheerio'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import { FIXTURE_CONTENT, fixtureSite } from '../helpers/fixtureSite'
import { serveSite } from '../helpers/staticServer'

/** What members of the public do on the portal, in a real browser. */
describe('portal in Chromium', () => {
  let site: { url: string; close: () => Promise<void> }
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    site = await serveSite(await fixtureSite())
    browser = await launchChromium()
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  beforeAll(async () => {
    context = await browser.newContext()
    page = await context.newPage()
  })

  it('should lead from the home page through 公开目录 to a unit’s item and its latest record', async () => {
    await page.goto(`${site.url}/`)
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '公开目录' }).click()
    await page.waitForURL(/\/catalog-items\/$/)
    await page.getByRole('link', { name: /^清风市住房和城乡建设局（\d+）$/ }).click()
    await page.waitForURL(/\/catalog-items\/unit\/2\/$/)
    await page.locator('[data-static-list]').getByRole('link', { name: '工程建设招投标 / 中标结果' }).click()
    await page.waitForURL(/\/catalog-items\/2\/$/)
    const timeliness = page.getByTestId('timeliness')
    await expect.poll(() => timeliness.textContent()).toContain('在时限内公开')
    await timeliness.getByRole('link').click()
    await page.waitForURL(/\/disclosures\/4\/$/)
    expect(await page.locator('table.facts tr', { hasText: '索引号' }).locator('td').textContent()).toContain(
      '11330000MB0000002Y/2025-00007',
    )
  })

  it('should filter cases by 违反廉洁纪律 and 2025, keep the filter in the URL, and open one', async () => {
    await page.goto(`${site.url}/cases/`)
    const form = page.locator('#facet-filter')
    await form.getByLabel('违纪类型').selectOption('integrity')
    await form.getByLabel('年度').selectOption('2025')
    await expect.poll(() => page.locator('#facet-status').textContent()).toBe('符合条件的共 3 条')
    expect(await page.locator('[data-static-list]').isHidden()).toBe(true)
    const titles = await page.locator('#facet-results li a').allTextContents()
    expect(titles).toHaveLength(3)
    expect(new URL(page.url()).searchParams.get('violation')).toBe('integrity')
    expect(new URL(page.url()).searchParams.get('year')).toBe('2025')
    // The shared URL restores the same filter.
    await page.reload()
    await expect.poll(() => page.locator('#facet-results li a').allTextContents()).toEqual(titles)
    await page.locator('#facet-results li a').first().click()
    await page.waitForURL(/\/cases\/\d+\/$/)
    expect(await page.locator('h1').textContent()).toBe(titles[0])
    expect(await page.locator('table.facts tr', { hasText: '违纪类型' }).locator('td').textContent()).toContain(
      '违反廉洁纪律',
    )
  })

  it('should browse one facet without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    try {
      const p = await noJs.newPage()
      await p.goto(`${site.url}/cases/`)
      expect(await p.locator('#facet-filter').isHidden()).toBe(true)
      await p.getByRole('link', { name: '违反廉洁纪律（4）' }).click()
      await p.waitForURL(/\/cases\/violation\/integrity\/$/)
      expect(await p.locator('[data-static-list] li > div > a').count()).toBe(4)
    } finally {
      await noJs.close()
    }
  })

  it('should search 礼品礼金, narrow it to 2025 and open a result', async () => {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('礼品礼金')}`)
    const results = page.locator('#search-results .search-hit h2 a')
    const urls = async () =>
      (await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).sort()
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(2)
    const all = await urls()
    // Case 7 (2026) mentions 礼金 and case 3 is from 2024: the year filter must drop them.
    expect(all).toEqual(expect.arrayContaining(['/cases/2/', '/cases/5/', '/cases/7/']))
    await page.locator('select[name="year"]').selectOption('2025')
    await expect.poll(urls, { timeout: 10_000 }).not.toEqual(all)
    const filtered = await urls()
    expect(filtered).toEqual(expect.arrayContaining(['/cases/2/', '/cases/5/']))
    expect(filtered).not.toContain('/cases/7/')
    expect(new Set([...filtered, ...all]).size).toBe(all.length)
    await results.first().click()
    await page.waitForURL(/\/cases\/(2|5)\/$/)
    expect(await page.locator('h1').textContent()).toContain('礼品礼金')
  })

  it('should keep 大字版 and 高对比度 on across pages until switched off', async () => {
    await page.goto(`${site.url}/`)
    const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
    expect(await fontSize()).toBe('16px')
    const large = page.getByRole('button', { name: '大字版' })
    await large.click()
    expect(await large.getAttribute('aria-pressed')).toBe('true')
    expect(await fontSize()).toBe('20px')
    await page.getByRole('button', { name: '高对比度' }).click()
    await page.goto(`${site.url}/cases/1/`)
    expect(await fontSize()).toBe('20px')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)')
    expect(await page.getByRole('button', { name: '大字版' }).getAttribute('aria-pressed')).toBe('true')
    await page.getByRole('button', { name: '大字版' }).click()
    await page.getByRole('button', { name: '高对比度' }).click()
    await page.goto(`${site.url}/`)
    expect(await fontSize()).toBe('16px')
  })

  it('should reach the content and every switch by keyboard, and print an article without navigation', async () => {
    await page.goto(`${site.url}/cases/1/`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main')
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null)
    expect(focused).toBe(true)
    // 朗读 is offered on an article where the browser can speak.
    const canSpeak = await page.evaluate(() => 'speechSynthesis' in window)
    expect(await page.getByRole('button', { name: '朗读全文' }).isVisible()).toBe(canSpeak)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('body > header').isVisible()).toBe(false)
    expect(await page.locator('nav[aria-label="当前位置"]').isVisible()).toBe(false)
    expect(await page.locator('article h1').isVisible()).toBe(true)
    expect(await page.locator('table.facts').first().isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })
  })

  it('should serve a feed and a CSV that parse', async () => {
    const feed = await page.request.get(`${site.url}/feeds/warning.xml`)
    expect(feed.ok()).toBe(true)
    const $ = cheerio.load(await feed.text(), { xml: true })
    expect($('feed > title').text()).toContain('警示')
    expect($('feed > entry').length).toBeGreaterThan(0)
    expect($('feed > entry > link').first().attr('href')).toMatch(/^http:\/\/localhost:4321\/(cases|bulletins)\/\d+\/$/)

    const csv = await page.request.get(`${site.url}/data/cases.csv`)
    expect(csv.ok()).toBe(true)
    const body = await csv.body()
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = body.toString('utf8').slice(1).trim().split('\r\n')
    const header = lines[0].split(',')
    expect(header).toEqual(expect.arrayContaining(['标题', '违纪类型', '处分决定日期']))
    // One row per published case (the fixture portal's cases), quoted line breaks included.
    expect(lines.length - 1).toBe(readdirSync(path.join(FIXTURE_CONTENT, 'cases')).length)
  })
})
