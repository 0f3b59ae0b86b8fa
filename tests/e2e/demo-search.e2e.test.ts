import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureCalendar } from '../../cms/calendar/ensureCalendar'
import { exportContent } from '../../cms/export/exportContent'
import { seed } from '../../cms/seed'
import { buildSite } from '../../site/build/buildSite'
import { launchChromium } from '../helpers/browser'
import { startTestPayload } from '../helpers/payload'
import { serveSite } from '../helpers/staticServer'

/**
 * The demo portal (`npm start`'s demo content: seed → export → site) searched the way issue 18
 * found it failing: a 简称 where the page has the 全称 and the other way round, traditional
 * characters, stray punctuation, a run-together query, labels, an empty query.
 */
describe('search on the demo portal, in Chromium', () => {
  let work: string
  let site: { url: string; close: () => Promise<void> }
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    const { payload } = await startTestPayload()
    await ensureCalendar(payload)
    await seed(payload, { now: new Date() })
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'demo-search-'))
    await exportContent(payload, { contentDir: path.join(work, 'content') })
    await buildSite({ contentDir: path.join(work, 'content'), outDir: path.join(work, 'site'), quiet: true })
    site = await serveSite(path.join(work, 'site'))
    browser = await launchChromium()
    page = await browser.newPage()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await site?.close()
    if (work) await fs.rm(work, { recursive: true, force: true })
  })

  const searchFor = async (query: string) => {
    await page.goto(`${site.url}/search/`)
    await page.locator('#search-input').fill(query)
    await page.locator('#search-input').press('Enter')
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/^(找到|没有|“)/)
    return {
      status: (await page.locator('#search-status').textContent()) ?? '',
      notes: await page.locator('#search-notes li').allTextContents(),
      titles: await page.locator('#search-results .search-hit h2 a').allTextContents(),
      excerpts: await page.locator('#search-results .search-hit p.mt-1').allTextContents(),
    }
  }
  const count = (status: string) => Number(/^找到 (\d+) 条/.exec(status)?.[1] ?? 0)

  it('should find the 全称 for a 简称 and the 简称 for a 全称, the typed form first', async () => {
    const short = await searchFor('市场监管局')
    expect(short.notes).toContain('同时搜索了：市场监督管理局')
    // The unit's own page (its 简称 listed on it) or a page naming it so comes first.
    expect(`${short.titles[0]} ${short.excerpts[0]}`).toContain('市场监管局')
    const full = await searchFor('市场监督管理局')
    expect(full.notes).toContain('同时搜索了：市场监管局')
    expect(count(full.status)).toBe(count(short.status))
    const congress = await searchFor('人民代表大会常务委员会')
    expect(congress.notes).toContain('同时搜索了：人大常委会')
    expect(congress.titles.join()).toContain('小金库')
  })

  it('should read 禮品禮金 as 礼品礼金, and 小金库。 and 公车私用？ without the punctuation', async () => {
    const simplified = await searchFor('礼品礼金')
    const traditional = await searchFor('禮品禮金')
    expect(count(traditional.status)).toBe(count(simplified.status))
    expect(count(traditional.status)).toBeGreaterThan(0)
    expect((await searchFor('小金库。')).titles.join()).toContain('小金库')
    const car = await searchFor('公车私用？')
    expect(count(car.status)).toBe(count((await searchFor('公车私用')).status))
    expect(count(car.status)).toBeGreaterThan(0)
  })

  it('should split 2025年收受礼品 when nothing holds it as typed', async () => {
    const result = await searchFor('2025年收受礼品')
    expect(result.status).toMatch(/^没有完全匹配“2025年收受礼品”的结果，以下 \d+ 条结果同时包含：2025年、收受礼品。$/)
  })

  it('should not return every case for a label, and show clean excerpts', async () => {
    for (const label of ['案情摘要', '违纪事实', '处理结果'])
      expect((await searchFor(label)).status, label).toBe(`没有找到与“${label}”相关的内容。`)
    const sanction = await searchFor('留党察看')
    for (const excerpt of sanction.excerpts) expect(excerpt).not.toMatch(/未公开\s+未公开|— —/)
    expect(sanction.excerpts.some((e) => e.includes('党纪处分：留党察看'))).toBe(true)
  })

  it('should show examples that find something for an empty query', async () => {
    await page.goto(`${site.url}/search/`)
    const examples = await page.locator('[data-testid="search-examples"] a').allTextContents()
    expect(examples.length).toBeGreaterThanOrEqual(3)
    for (const example of examples) expect(count((await searchFor(example)).status), example).toBeGreaterThan(0)
  })
})
