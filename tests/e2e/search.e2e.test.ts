import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import { fixtureSite } from '../helpers/fixtureSite'
import { serveSite } from '../helpers/staticServer'

/** A member of the public searches the portal in a real browser. */
describe('search page in Chromium', () => {
  let site: { url: string; close: () => Promise<void> }
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    site = await serveSite(await fixtureSite())
    browser = await launchChromium()
    page = await browser.newPage()
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  const resultLinks = () => page.locator('#search-results .search-hit h2 a')
  const indexFetched = () =>
    page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/search-index/')))

  it('should run a shared ?q= search, list the matching case first with the words marked, and open it', async () => {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('礼品礼金')}`)
    await expect.poll(() => resultLinks().count(), { timeout: 15_000 }).toBeGreaterThan(0)
    const first = resultLinks().first()
    expect(await first.textContent()).toContain('礼品礼金')
    expect(await first.locator('mark').first().textContent()).toBe('礼品礼金')
    expect(await page.locator('#search-status').textContent()).toMatch(/^找到 \d+ 条与“礼品礼金”相关的结果/)
    // Excerpts are clean text: no markup or index artefacts, and the query marked.
    const excerpt = page.locator('#search-results .search-hit p').nth(1)
    expect(await excerpt.locator('mark').first().textContent()).toBe('礼品礼金')
    expect(await excerpt.textContent()).not.toMatch(/[<>]|\u200b/)
    await first.click()
    await page.waitForURL(/\/cases\/\d+\/$/)
    expect(await page.locator('h1').textContent()).toContain('礼品礼金')
  })

  it('should fetch the index only once the box is used, and keep the query in the URL', async () => {
    await page.goto(`${site.url}/search/`)
    await page.waitForLoadState('load')
    expect(await indexFetched()).toBe(false)
    await page.locator('#search-input').fill('政府采购')
    await expect.poll(indexFetched).toBe(true)
    await expect.poll(() => resultLinks().count(), { timeout: 15_000 }).toBeGreaterThan(0)
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 5_000 }).toBe('政府采购')
    const titles = await resultLinks().allTextContents()
    const excerpts = await page.locator('#search-results .search-hit p.mt-1').allTextContents()
    // Every result shows where it matched, in its title or its excerpt.
    titles.forEach((title, i) => expect(`${title} ${excerpts[i]}`).toContain('政府采购'))
  })

  it('should narrow by 类型 with counts, keep the filter in the URL, and say so when nothing matches', async () => {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('八项规定')}`)
    await expect.poll(() => resultLinks().count(), { timeout: 15_000 }).toBeGreaterThan(0)
    const type = page.locator('select[name="type"]')
    const option = type.locator('option', { hasText: '典型案例' })
    const label = (await option.textContent()) ?? ''
    const expected = Number(/（(\d+)）/.exec(label)?.[1])
    expect(expected).toBeGreaterThan(0)
    await type.selectOption('典型案例')
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('典型案例')
    await expect.poll(() => page.locator('#search-status').textContent()).toContain(`找到 ${expected} 条`)
    expect(await resultLinks().count()).toBe(Math.min(expected, 10))
    for (const meta of await page.locator('#search-results .search-hit p.text-sm').allTextContents())
      expect(meta).toContain('典型案例')
    await page.locator('#search-input').fill('没有这个词组合')
    await page.locator('#search-input').press('Enter')
    await expect
      .poll(() => page.locator('#search-status').textContent())
      .toContain('没有找到与“没有这个词组合”相关的内容')
    expect(await resultLinks().count()).toBe(0)
  })
})
