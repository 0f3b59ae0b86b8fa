import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { securityHeaders } from '../../scripts/lib/securityHeaders'
import { launchChromium } from '../helpers/browser'
import { fixtureSite } from '../helpers/fixtureSite'
import { serveSite } from '../helpers/staticServer'

/**
 * The portal works under its own Content-Security-Policy, served with the headers `npm start`
 * sends (scripts/lib/securityHeaders.ts, the same policy as docs/nginx.conf.example): no script
 * is inline, so script-src 'self' blocks nothing the site needs.
 */
describe('the portal under its Content-Security-Policy, in Chromium', () => {
  let site: { url: string; close: () => Promise<void> }
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const violations: string[] = []

  beforeAll(async () => {
    site = await serveSite(await fixtureSite())
    browser = await launchChromium()
    context = await browser.newContext()
    // Runs before any page script and outside the page's CSP: collects every violation report.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __csp?: string[] }
        ;(w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
      })
    })
    page = await context.newPage()
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`)
    })
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  async function expectNoViolation() {
    const reported = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
    expect([...reported.map((r) => `${page.url()}: ${r}`), ...violations]).toEqual([])
  }

  it('should be served with script-src limited to the site itself', async () => {
    const res = await page.goto(`${site.url}/`)
    const policy = res?.headers()['content-security-policy'] ?? ''
    expect(policy).toBe(securityHeaders({ https: false })['Content-Security-Policy'])
    expect(policy).toMatch(/script-src 'self';/)
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  })

  it('should load the home page without a violation', async () => {
    await page.goto(`${site.url}/`)
    await page.waitForLoadState('load')
    // a11y.js ran: it shows the switches, hidden without JavaScript.
    expect(await page.getByRole('button', { name: '大字版' }).isVisible()).toBe(true)
    await expectNoViolation()
  })

  it('should run the facet filter of a list page without a violation', async () => {
    await page.goto(`${site.url}/cases/`)
    const form = page.locator('#facet-filter')
    await expect.poll(() => form.isVisible()).toBe(true)
    await form.getByLabel('违纪类型').selectOption('integrity')
    await expect.poll(() => page.locator('#facet-results li a').count()).toBeGreaterThan(0)
    await expectNoViolation()
  })

  it('should search without a violation', async () => {
    await page.goto(`${site.url}/search/`)
    await page.locator('#search-input').fill('礼品礼金')
    await expect
      .poll(() => page.locator('#search-results .search-hit h2 a').count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
    await expectNoViolation()
  })

  it('should show a case page without a violation', async () => {
    await page.goto(`${site.url}/cases/1/`)
    await page.waitForLoadState('load')
    expect(await page.locator('h1').textContent()).toBeTruthy()
    await expectNoViolation()
  })

  it('should apply 大字版 before the page is painted after a reload', async () => {
    await page.goto(`${site.url}/`)
    await page.getByRole('button', { name: '大字版' }).click()
    const probe = await context.newPage()
    // Records, as soon as the attribute appears, whether the body had been parsed yet: a page
    // with no body yet cannot have been painted with the small text.
    await probe.addInitScript(() => {
      const w = window as unknown as { __largeAt?: { bodyParsed: boolean } }
      new MutationObserver(() => {
        if (!w.__largeAt && document.documentElement?.getAttribute('data-text') === 'large')
          w.__largeAt = { bodyParsed: document.body !== null }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-text'] })
    })
    await probe.goto(`${site.url}/cases/1/`)
    await probe.reload()
    await probe.waitForLoadState('load')
    expect(await probe.evaluate(() => (window as unknown as { __largeAt?: unknown }).__largeAt)).toEqual({
      bodyParsed: false,
    })
    expect(await probe.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px')
    await probe.close()
    await page.getByRole('button', { name: '大字版' }).click()
    await expectNoViolation()
  })
})
