import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, formatViolations } from '../helpers/axe'
import { launchChromium } from '../helpers/browser'
import { fixtureSite } from '../helpers/fixtureSite'
import { serveSite } from '../helpers/staticServer'
import { checkHtml, formatVnu, isVnuError, type VnuMessage } from '../helpers/vnu'
import { PUBLIC_COLLECTIONS } from '../../content/model/collections'

/**
 * Every page type of the portal meets WCAG 2.2 AA under axe-core, in the default look and in the
 * 适老化 modes (大字版 + 高对比度 recolour and rescale every page), and is valid HTML under the
 * Nu Html Checker. One page per type: pages of a type share one template.
 */

const COLLECTIONS = PUBLIC_COLLECTIONS

interface PageType {
  name: string
  /** Site path, or how to find one in the built folder (detail ids come from the content). */
  path: string | ((out: string) => string)
  /** Pages another part of the project is still adding: skipped, with this reason, until built. */
  optional?: string
  /** Brings the page to the state to check after load (results that scripts render). */
  prepare?: (page: Page) => Promise<void>
  /** The same HTML file as another entry: only the browser sees a difference. */
  browserOnly?: boolean
}

/** The lowest numeric id the build wrote for a collection: its first document. */
function firstDetail(collection: string) {
  return (out: string) => {
    const ids = readdirSync(path.join(out, collection), { withFileTypes: true })
      .filter((e) => e.isDirectory() && /^\d+$/.test(e.name))
      .map((e) => Number(e.name))
      .sort((a, b) => a - b)
    if (ids.length === 0)
      throw new Error(`the build has no ${collection} detail page (no ${collection}/<id>/ folder in ${out})`)
    return `/${collection}/${ids[0]}/`
  }
}

const PAGES: PageType[] = [
  { name: 'home', path: '/' },
  ...COLLECTIONS.flatMap((c): PageType[] => [
    { name: `${c} list`, path: `/${c}/` },
    { name: `${c} detail`, path: firstDetail(c) },
  ]),
  {
    name: 'cases list filtered by two facets',
    path: '/cases/',
    browserOnly: true,
    // The filter renders its results with JavaScript, so only the browser can check them.
    prepare: async (page) => {
      await page.locator('#facet-filter select[name="violation"]').selectOption('integrity')
      await page.locator('#facet-filter select[name="year"]').selectOption('2025')
      await page.locator('#facet-results').waitFor({ state: 'visible' })
      await expect.poll(() => page.locator('#facet-status').textContent()).toMatch(/符合条件的共 \d+ 条/)
    },
  },
  { name: 'cases facet page', path: '/cases/violation/integrity/' },
  { name: 'catalog-items facet page', path: '/catalog-items/domain/engineering/' },
  { name: 'themes by year', path: '/themes/year/2025/' },
  { name: 'culture hub', path: '/culture/' },
  { name: 'MDX page about', path: '/about/' },
  { name: 'MDX page report-guide', path: '/report-guide/' },
  { name: 'search', path: '/search/' },
  {
    name: 'search with results',
    path: `/search/?q=${encodeURIComponent('礼品礼金')}`,
    browserOnly: true,
    prepare: async (page) => {
      await page.locator('#search-results .search-hit a').first().waitFor({ timeout: 15_000 })
    },
  },
  { name: 'open data', path: '/data/' },
  {
    name: 'statistics',
    path: '/stats/',
    optional: '/stats/ is not built yet (the statistics page is still being added)',
  },
  { name: '404', path: '/404.html' },
]

const sitePath = (p: PageType, out: string) => (typeof p.path === 'string' ? p.path : p.path(out))

/** The built file a site path is served from. */
function htmlFile(out: string, sitePathname: string): string {
  const pathname = decodeURIComponent(sitePathname.split('?')[0])
  return path.join(out, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
}

const isBuilt = (p: PageType, out: string) => existsSync(htmlFile(out, sitePath(p, out)))

describe('accessibility and HTML validity of every page type', () => {
  let out: string

  beforeAll(async () => {
    out = await fixtureSite()
  }, 300_000)

  const modes = [
    { mode: 'default look', init: null },
    // What a visitor gets after pressing 大字版 and 高对比度 (a11y.js keeps the choice here).
    { mode: '大字版 + 高对比度', init: JSON.stringify({ large: true, contrast: true }) },
  ]
  for (const { mode, init } of modes)
    describe(`axe-core in Chromium, ${mode}`, () => {
      let site: { url: string; close: () => Promise<void> }
      let browser: Browser
      let context: BrowserContext
      let page: Page

      beforeAll(async () => {
        site = await serveSite(out)
        browser = await launchChromium()
        context = await browser.newContext()
        if (init) await context.addInitScript((value) => localStorage.setItem('cdql-a11y', value), init)
        page = await context.newPage()
      }, 120_000)

      afterAll(async () => {
        await browser?.close()
        await site?.close()
      })

      for (const p of PAGES) {
        it(`${p.name} has no violations`, async ({ skip }) => {
          if (p.optional && !isBuilt(p, out)) skip(p.optional)
          const url = sitePath(p, out)
          await page.goto(`${site.url}${url}`)
          if (init) {
            // Otherwise a broken mode switch would silently re-test the default look.
            const applied = await page.evaluate(() => [
              document.documentElement.dataset.text,
              document.documentElement.dataset.contrast,
            ])
            expect(applied, `${url}: 大字版/高对比度 not applied`).toEqual(['large', 'high'])
          }
          await p.prepare?.(page)
          const violations = await axeViolations(page)
          expect(violations.length, `axe-core violations on ${url}:\n\n${formatViolations(violations)}\n`).toBe(0)
        })
      }
    })

  describe('Nu Html Checker (vnu.jar)', () => {
    let messages: VnuMessage[]

    beforeAll(async () => {
      const files = PAGES.filter((p) => !p.browserOnly && isBuilt(p, out)).map((p) => htmlFile(out, sitePath(p, out)))
      messages = await checkHtml(files)
      // A checker failure that names no checked page would otherwise fail no test below.
      const stray = messages.filter((m) => isVnuError(m) && !files.includes(m.file))
      if (stray.length > 0) throw new Error(`vnu reported errors outside the checked pages:\n${formatVnu(stray, out)}`)
      const advice = messages.filter((m) => !isVnuError(m))
      // Listed, not failed: warnings are the checker's suggestions, not invalid HTML.
      if (advice.length > 0) console.info(`vnu warnings and info (not failures):\n${formatVnu(advice, out)}`)
    }, 120_000)

    for (const p of PAGES.filter((page) => !page.browserOnly)) {
      it(`${p.name} has no errors`, ({ skip }) => {
        if (p.optional && !isBuilt(p, out)) skip(p.optional)
        const file = htmlFile(out, sitePath(p, out))
        const errors = messages.filter((m) => m.file === file && isVnuError(m))
        expect(errors.length, `vnu errors in ${path.relative(out, file)}:\n${formatVnu(errors, out)}\n`).toBe(0)
      })
    }
  })
})
