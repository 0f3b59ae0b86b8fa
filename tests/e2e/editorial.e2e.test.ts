import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'

const ADMIN = { email: 'admin@example.test', password: 'Qingfeng-Guanli-2026' }
const EDITOR = { email: 'editor@example.test', password: 'Qingfeng-Bianji-2026', name: '王编辑', role: 'editor' }
const REVIEWER = { email: 'reviewer@example.test', password: 'Qingfeng-Shenhe-2026', name: '李审核', role: 'reviewer' }

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/** Next month in Asia/Shanghai, as the 月份 field wants it (YYYY-MM). */
function nextMonth(): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/**
 * The whole product as `npm start` runs it — admin server, publish pipeline, portal — on an
 * empty database in a temporary folder; an editor writes next month's theme, a reviewer
 * approves it, and it appears on the portal.
 */
describe('editorial workflow end to end, in Chromium', () => {
  let work: string
  let product: ChildProcess
  let output = ''
  let admin: string
  let portal: string
  let browser: Browser

  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-editorial-'))
    const [cmsPort, sitePort] = [await freePort(), await freePort()]
    admin = `http://localhost:${cmsPort}`
    portal = `http://localhost:${sitePort}`
    product = spawn(process.execPath, [path.resolve('.build/scripts/start.mjs')], {
      env: {
        ...process.env,
        DATA_DIR: path.join(work, 'data'),
        DATABASE_URI: `file:${path.join(work, 'data', 'cms.db')}`,
        CONTENT_DIR: path.join(work, 'content'),
        PUBLISH_DIR: path.join(work, 'publish'),
        LIVE_DIR: path.join(work, 'live'),
        CMS_PORT: String(cmsPort),
        SITE_PORT: String(sitePort),
        DEMO_CONTENT: '0',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        PUBLISH_COALESCE_MS: '300',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    product.stdout!.on('data', (d) => (output += d))
    product.stderr!.on('data', (d) => (output += d))
    // The first start may build the admin (`next build`, 1–2 minutes).
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output.slice(-3000)}`)), 300_000)
      const check = setInterval(() => {
        if (output.includes('崇德倡廉 已启动')) {
          clearInterval(check)
          clearTimeout(timer)
          resolve()
        }
      }, 250)
      product.on('exit', (code) => {
        clearInterval(check)
        clearTimeout(timer)
        reject(new Error(`npm start exited with ${code}:\n${output.slice(-3000)}`))
      })
    })
    const token = await login(ADMIN)
    for (const user of [EDITOR, REVIEWER]) {
      const res = await fetch(`${admin}/api/users`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(user),
      })
      expect(res.status, await res.clone().text()).toBe(201)
    }
    browser = await launchChromium()
  }, 360_000)

  afterAll(async () => {
    await browser?.close()
    if (product && product.exitCode === null) {
      product.kill('SIGTERM')
      await new Promise((resolve) => product.once('exit', resolve))
    }
    // A pruned build's detached deletion (scripts/lib/liveSite.ts) may still be emptying .publish/trash.
    await fs.rm(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 })
  })

  async function login(user: { email: string; password: string }): Promise<string> {
    const res = await fetch(`${admin}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    })
    expect(res.status).toBe(200)
    return ((await res.json()) as { token: string }).token
  }

  async function signIn(user: { email: string; password: string }): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage()
    await page.goto(`${admin}/admin/login`)
    await page.locator('input[name="email"]').fill(user.email)
    await page.locator('input[name="password"]').fill(user.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    return page
  }

  it('should take next month’s theme from an editor’s draft through review to the portal', async () => {
    const month = nextMonth()
    const title = `廉洁迎新 清风过节（${month}）`

    // The editor writes the theme and submits it; there is no 发布 button for an editor.
    const editor = await signIn(EDITOR)
    await editor.goto(`${admin}/admin/collections/themes/create`)
    await editor.locator('#field-month').fill(month)
    await editor.locator('#field-title').fill(title)
    await editor.locator('#field-summary').fill('元旦春节将至，严防“四风”反弹回潮，廉洁过节。')
    expect(await editor.getByRole('button', { name: /^发布/ }).count()).toBe(0)
    await editor.getByRole('button', { name: '提交审核' }).click()
    await editor.waitForURL(/\/admin\/collections\/themes\/\d+/, { timeout: 30_000 })
    const id = editor.url().match(/themes\/(\d+)/)![1]
    // Signed in once: the API answers no anonymous reads (PUBLIC_API) and limits logins per IP.
    const editorToken = await login(EDITOR)
    await expect
      .poll(
        async () =>
          (
            await fetch(`${admin}/api/themes/${id}?draft=true&depth=0`, {
              headers: { Authorization: `JWT ${editorToken}` },
            }).then((r) => r.json() as Promise<{ workflow?: string }>)
          ).workflow,
        { timeout: 15_000 },
      )
      .toBe('review')

    // Not public before approval.
    expect((await fetch(`${portal}/themes/${id}/`)).status).toBe(404)

    // The reviewer sees it waiting on the dashboard, opens it and publishes it.
    const reviewer = await signIn(REVIEWER)
    await expect.poll(() => reviewer.locator('body').textContent(), { timeout: 15_000 }).toContain(title)
    await reviewer.goto(`${admin}/admin/collections/themes/${id}`)
    const publish = reviewer.getByRole('button', { name: /^发布/ })
    await publish.first().click()
    await expect
      .poll(
        async () =>
          (
            await fetch(`${admin}/api/themes/${id}?depth=0`, { headers: { Authorization: `JWT ${editorToken}` } }).then(
              (r) => r.json() as Promise<{ _status?: string }>,
            )
          )._status,
        {
          timeout: 20_000,
        },
      )
      .toBe('published')

    // A publish run puts it on the portal: its page, and next month's cell of the year view.
    await expect
      .poll(async () => (await fetch(`${portal}/themes/${id}/`)).status, { timeout: 90_000, interval: 1_000 })
      .toBe(200)
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${portal}/themes/${id}/`)
    expect(await page.locator('h1').textContent()).toBe(title)
    await page.goto(`${portal}/themes/year/${month.slice(0, 4)}/`)
    expect(await page.locator('[data-testid="theme-year"]').textContent()).toContain(title)

    // The admin shows who did what, and the publish run.
    const token = await login(ADMIN)
    const events = await fetch(`${admin}/api/workflow-events?where[docId][equals]=${id}&sort=id&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    }).then((r) => r.json() as Promise<{ docs: { action: string; actor: string }[] }>)
    expect(events.docs.map((e) => [e.action, e.actor])).toEqual([
      ['submit', `${EDITOR.name}（${EDITOR.email}）`],
      ['publish', `${REVIEWER.name}（${REVIEWER.email}）`],
    ])
    const runs = await fetch(`${admin}/api/publish-runs?sort=-startedAt&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    }).then((r) => r.json() as Promise<{ docs: { result: string; trigger: string }[] }>)
    expect(runs.docs[0]).toMatchObject({ result: 'success' })
    expect(runs.docs[0].trigger).toContain(`#${id}`)
  }, 300_000)

  it('should turn a pasted notice into case drafts an editor confirms and a reviewer publishes to the portal', async () => {
    const notice = await fs.readFile(path.resolve('docs/examples/notice.txt'), 'utf8')
    const editor = await signIn(EDITOR)
    await editor.goto(`${admin}/admin`)
    await editor.getByRole('link', { name: '粘贴通报' }).first().click()
    await editor.waitForURL(/\/admin\/paste-notice$/)
    await editor.locator('#paste-notice-text').fill(notice)
    await editor.getByLabel(/转发上级或其他单位的通报/).check()
    await editor.getByRole('button', { name: '识别' }).click()
    const items = editor.locator('[data-testid="paste-item"]')
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(3)
    // Every extracted value is marked in the text, named by what it was read as.
    const first = items.nth(0)
    expect(await first.locator('mark[data-label="姓名"]').first().innerText()).toContain('吴某某')
    expect(await first.locator('mark[data-label="党纪处分"]').innerText()).toContain('开除党籍')
    expect(await first.locator('mark[data-label="处分决定日期"]').innerText()).toContain('2025年7月')
    expect(await items.nth(1).locator('tbody tr').count()).toBe(2)
    await editor.getByRole('button', { name: /创建 3 份案例草稿/ }).click()
    const links = editor.locator('[data-testid="paste-created"] a[href*="/collections/cases/"]')
    await expect.poll(() => links.count(), { timeout: 20_000 }).toBe(3)
    const ids = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map(
      (href) => href.match(/cases\/(\d+)/)![1],
    )
    // Drafts: not on the portal before review.
    expect((await fetch(`${portal}/cases/${ids[0]}/`)).status).toBe(404)

    // The editor submits each draft; the reviewer publishes each.
    const editorToken = await login(EDITOR)
    const state = async (id: string) =>
      await fetch(`${admin}/api/cases/${id}?draft=true&depth=0`, {
        headers: { Authorization: `JWT ${editorToken}` },
      }).then((r) => r.json() as Promise<{ workflow?: string; _status?: string }>)
    for (const [i, id] of ids.entries()) {
      await editor.goto(`${admin}/admin/collections/cases/${id}`)
      // Under each person: what the portal will count the sanctions as.
      if (i === 0)
        await expect
          .poll(() => editor.locator('[data-testid="term-check"]').first().textContent(), { timeout: 15_000 })
          .toContain('党纪处分 开除党籍；政务处分 开除')
      await editor.getByRole('button', { name: '提交审核' }).click()
      await expect.poll(async () => (await state(id)).workflow, { timeout: 15_000 }).toBe('review')
    }
    const reviewer = await signIn(REVIEWER)
    for (const id of ids) {
      await reviewer.goto(`${admin}/admin/collections/cases/${id}`)
      await reviewer.getByRole('button', { name: /^发布/ }).first().click()
      await expect.poll(async () => (await state(id))._status, { timeout: 20_000 }).toBe('published')
    }

    // On the portal, as published: the sanctions, the date at its precision, the source.
    await expect
      .poll(async () => (await fetch(`${portal}/cases/${ids[0]}/`)).status, { timeout: 90_000, interval: 1_000 })
      .toBe(200)
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${portal}/cases/${ids[0]}/`)
    expect(await page.locator('h1').textContent()).toBe('山海省交通运输厅原党组成员、副厅长吴某某违规收受礼品礼金问题')
    const body = await page.locator('main').innerText()
    for (const published of ['开除党籍', '开除公职', '2025年7月', '转发（山海省纪委监委）'])
      expect(body).toContain(published)
    await expect
      .poll(async () => (await fetch(`${portal}/cases/${ids[1]}/`)).status, { timeout: 60_000, interval: 1_000 })
      .toBe(200)
    await page.goto(`${portal}/cases/${ids[1]}/`)
    expect(await page.locator('[data-testid="case-persons"] h3').allInnerTexts()).toEqual(['郑某某', '冯某'])
  }, 300_000)
})
