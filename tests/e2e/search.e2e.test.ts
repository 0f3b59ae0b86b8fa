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

  const resultLinks = () => page.locator('.pagefind-ui__result-link')

  it('should run a shared ?q= search and list the matching case first', async () => {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('礼品礼金')}`)
    await expect.poll(() => resultLinks().count(), { timeout: 15_000 }).toBeGreaterThan(0)
    const first = resultLinks().first()
    expect(await first.textContent()).toContain('礼品礼金')
    await first.click()
    await page.waitForURL(/\/cases\/\d+\/$/)
    expect(await page.locator('h1').textContent()).toContain('礼品礼金')
  })

  it('should find documents by a unit name typed into the box, and put the query in the URL', async () => {
    await page.goto(`${site.url}/search/`)
    await page.waitForLoadState('load')
    // Pagefind is fetched only once the visitor uses the search box.
    const pagefindLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/pagefind/')))
    expect(await pagefindLoaded()).toBe(false)
    await page.locator('#search-input').fill('政府采购')
    await expect.poll(pagefindLoaded).toBe(true)
    await expect.poll(() => resultLinks().count(), { timeout: 15_000 }).toBeGreaterThan(0)
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 5_000 }).toBe('政府采购')
    const titles = await resultLinks().allTextContents()
    expect(titles.join('\n')).toContain('政府采购')
  })
})
