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

  const searchFor = async (query: string) => {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`)
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
      .not.toMatch(/^(正在搜索…)?$/)
    return {
      status: (await page.locator('#search-status').textContent()) ?? '',
      notes: await page.locator('#search-notes li').allTextContents(),
      titles: await resultLinks().allTextContents(),
      excerpts: await page.locator('#search-results .search-hit p.mt-1').allTextContents(),
    }
  }

  it('should find a unit by its 简称 and its 全称, the typed form first, and say what else it searched', async () => {
    const short = await searchFor('住建局')
    expect(short.status).toMatch(/^找到 \d+ 条与“住建局”相关的结果/)
    expect(short.notes).toContain('同时搜索了：住房和城乡建设局')
    // Typed form first: the unit's own page (its 简称 listed on it) or a page naming it so.
    expect(`${short.titles[0]} ${short.excerpts[0]}`).toContain('住建局')
    expect(`${short.titles.join()} ${short.excerpts.join()}`).toContain('住房和城乡建设局')
    const full = await searchFor('住房和城乡建设局')
    expect(full.notes).toContain('同时搜索了：住建局')
    expect(full.titles.length).toBe(short.titles.length)
    // In quotes, only the form as typed.
    const quoted = await searchFor('“住建局”')
    expect(quoted.notes.join()).not.toContain('同时搜索了')
    expect(quoted.titles.length).toBeLessThan(short.titles.length)
  })

  it('should read traditional characters as simplified and ignore punctuation at the ends, saying so', async () => {
    const traditional = await searchFor('禮品禮金')
    expect(traditional.status).toMatch(/^找到 \d+ 条/)
    expect(traditional.notes).toContain('繁体字已按简体搜索：礼品礼金')
    expect(await page.locator('#search-results mark').first().textContent()).toBe('礼品礼金')
    const punctuated = await searchFor('公车私用？')
    expect(punctuated.status).toMatch(/^找到 \d+ 条与“公车私用？”相关的结果/)
    expect(punctuated.notes).toContain('已忽略关键词首尾的标点符号：？')
  })

  it('should split a run-together query that matches nothing as typed, and say into what', async () => {
    const result = await searchFor('2025年收受礼品')
    expect(result.status).toMatch(/^没有完全匹配“2025年收受礼品”的结果，以下 \d+ 条结果同时包含：2025年、收受礼品。$/)
    expect(result.titles.length).toBeGreaterThan(0)
  })

  it('should not match labels, show a labelled fact in the excerpt, and suggest what to change', async () => {
    for (const label of ['案情摘要', '违纪事实', '处理结果', '党纪处分']) {
      const result = await searchFor(label)
      expect(result.status, label).toBe(`没有找到与“${label}”相关的内容。`)
      expect(result.notes.join(), label).toContain('检查错别字')
    }
    expect((await searchFor('无')).titles.length).toBeLessThanOrEqual(1)
    const sanction = await searchFor('开除党籍')
    expect(sanction.excerpts.some((e) => e.startsWith('党纪处分：开除党籍'))).toBe(true)
    for (const excerpt of sanction.excerpts) expect(excerpt).not.toMatch(/未公开|— —/)
  })

  it('should show examples and the filters for an empty query, and list a chosen 类型 without a query', async () => {
    await page.goto(`${site.url}/search/`)
    expect(await page.locator('#search-guide').isVisible()).toBe(true)
    const examples = page.locator('[data-testid="search-examples"] a')
    expect(await examples.count()).toBeGreaterThan(1)
    await page.locator('select[name="type"]').selectOption('典型案例')
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
      .toMatch(/^典型案例共有 \d+ 条内容/)
    expect(await resultLinks().count()).toBeGreaterThan(0)
    // An example is a real query with results.
    await page.goto(`${site.url}/search/`)
    await page.locator('[data-testid="search-examples"] a').first().click()
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/^找到 \d+ 条/)
  })

  it('should answer hostile queries with results or a clear message, quickly and without injecting anything', async () => {
    // Typed or pasted into the box (a link that long is refused by the server before the page).
    await page.goto(`${site.url}/search/`)
    await page.locator('#search-input').fill('礼品礼金'.repeat(2_500))
    await page.locator('#search-input').press('Enter')
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/^(找到|没有)/)
    expect(await page.locator('#search-notes li').allTextContents()).toContain('检索词过长，只按前 100 个字搜索。')
    const markup = await searchFor(`<>"'&`)
    expect(markup.status).toBe(`“<>"'&”中没有可以搜索的文字，请输入关键词。`)
    const injected = await searchFor('<img src=x onerror="window.__pwned=1">礼品礼金')
    expect(injected.status).toContain('<img src=x')
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('#search-status img, #search-notes img, #search-results img').count()).toBe(0)
    // Control characters and a lone surrogate, as a script could put them into the box.
    await page.locator('#search-input').evaluate((input: HTMLInputElement) => (input.value = '礼品\u0007礼金\ud800'))
    await page.locator('#search-input').press('Enter')
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/^找到 \d+ 条/)
  })
})
