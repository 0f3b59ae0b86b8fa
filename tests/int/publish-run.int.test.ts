import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '../../site/build/buildSite'
import { currentLiveBuild } from '../../scripts/lib/liveSite'
import { withPublishLock } from '../../scripts/lib/publishLock'
import { publishRun } from '../../scripts/lib/publishRun'
import { readRuns } from '../../scripts/lib/runLog'
import { readTree } from '../helpers/files'
import { startTestPayload } from '../helpers/payload'

/** The publish pipeline as an editor relies on it: a bad run never touches the live site. */
describe('publish run', () => {
  let payload: Payload
  let work: string
  const quiet = { log: () => undefined }

  beforeAll(async () => {
    payload = (await startTestPayload()).payload
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'publish-run-'))
    process.env.PUBLISH_DIR = path.join(work, 'publish')
    process.env.LIVE_DIR = path.join(work, 'live')
    process.env.CONTENT_DIR = path.join(work, 'content')
    // A pinned build day: a run crossing midnight in Shanghai would otherwise rebuild in full.
    process.env.SITE_TODAY = '2026-05-20'
    await fs.cp(path.resolve('content/pages'), path.join(work, 'content', 'pages'), { recursive: true })
    await payload.create({
      collection: 'reminders',
      data: { week: '2026-W20', message: '端午节前提醒：严禁公款吃喝。', channels: ['web'], _status: 'published' },
      context: { skipPublish: true },
    })
  }, 300_000)

  afterAll(async () => {
    for (const key of ['PUBLISH_DIR', 'LIVE_DIR', 'CONTENT_DIR', 'SITE_TODAY']) delete process.env[key]
    await fs.rm(work, { recursive: true, force: true })
  })

  it('should build, index and switch the live folder to the new site', async () => {
    const run = await publishRun(payload, '测试', quiet)
    expect(run.result).toBe('success')
    const live = await currentLiveBuild()
    expect(live).toBe(path.join(work, 'publish', 'builds', run.id))
    const text = [...(await readTree(process.env.LIVE_DIR!)).values()].join('\n')
    expect(text).toContain('严禁公款吃喝')
  }, 300_000)

  it('should leave the live site byte-identical and record the error when a build fails', async () => {
    const liveBefore = await currentLiveBuild()
    const before = await readTree(process.env.LIVE_DIR!)
    const broken = path.join(work, 'content', 'pages', 'broken.mdx')
    await fs.writeFile(broken, '---\ntitle: 缺少说明\n---\n\n<p>未闭合的标签\n')
    try {
      const run = await publishRun(payload, '测试：坏页面', quiet)
      expect(run.result).toBe('failure')
      expect(run.error).toBeTruthy()
      expect(await currentLiveBuild()).toBe(liveBefore)
      expect(await readTree(process.env.LIVE_DIR!)).toEqual(before)
      // The half-built folder is gone; only the live build (its manifest, page inputs and search records) remains.
      const id = path.basename(liveBefore!)
      expect((await fs.readdir(path.join(work, 'publish', 'builds'))).sort()).toEqual([
        id,
        `${id}.json`,
        `${id}.pages.json`,
        `${id}.search.bin`,
      ])
      expect((await readRuns())[0]).toMatchObject({ trigger: '测试：坏页面', result: 'failure' })
    } finally {
      await fs.rm(broken, { force: true })
    }
  }, 300_000)

  it('should skip the rebuild when asked to publish only changes and nothing public changed', async () => {
    const liveBefore = await currentLiveBuild()
    const run = await publishRun(payload, '测试：草稿保存', { ...quiet, onlyIfChanged: true })
    expect(run).toMatchObject({ result: 'success', skipped: true })
    expect(await currentLiveBuild()).toBe(liveBefore)
  }, 300_000)

  it('should publish an edit by rendering only the pages that show it, giving the site a full build gives', async () => {
    const { docs } = await payload.find({
      collection: 'reminders',
      where: { week: { equals: '2026-W20' } },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'reminders',
      id: docs[0].id,
      data: { message: '端午节前提醒：严禁公款吃喝，严禁违规收送节礼。', _status: 'published' },
      context: { skipPublish: true },
    })
    const lines: string[] = []
    const run = await publishRun(payload, '测试：修改提醒', { log: (line) => lines.push(line) })
    expect(run.result).toBe('success')
    expect(lines.join('\n')).toContain('增量构建')
    expect(run.reusedPages).toBeGreaterThan(0)
    expect(run.reusedPages).toBeLessThan(run.pages!)
    const live = (await currentLiveBuild())!
    const full = path.join(work, 'full-build')
    await buildSite({ contentDir: process.env.CONTENT_DIR!, outDir: full, quiet: true })
    const [liveTree, fullTree] = await Promise.all([readTree(live), readTree(full)])
    expect([...liveTree.keys()].filter((f) => liveTree.get(f) !== fullTree.get(f))).toEqual([])
    expect(liveTree.size).toBe(fullTree.size)
    expect([...liveTree.values()].join('\n')).toContain('严禁违规收送节礼')
  }, 300_000)

  it('should render every page again on a new day, when time limits and overdue marks change', async () => {
    process.env.SITE_TODAY = '2026-05-21'
    try {
      await payload.create({
        collection: 'reminders',
        data: { week: '2026-W21', message: '廉洁过节提醒。', channels: ['web'], _status: 'published' },
        context: { skipPublish: true },
      })
      const lines: string[] = []
      const run = await publishRun(payload, '测试：新的一天', { log: (line) => lines.push(line) })
      expect(run.result).toBe('success')
      expect(run.reusedPages).toBe(0)
      expect(lines.join('\n')).toContain('日期已变化')
    } finally {
      process.env.SITE_TODAY = '2026-05-20'
    }
  }, 300_000)

  it('should let only one run hold the publish lock at a time', async () => {
    const order: string[] = []
    const hold = (name: string) =>
      withPublishLock(async () => {
        order.push(`${name} 开始`)
        await new Promise((resolve) => setTimeout(resolve, 300))
        order.push(`${name} 结束`)
      })
    await Promise.all([hold('甲'), hold('乙')])
    expect(order[1]).toBe(`${order[0].slice(0, 1)} 结束`)
    expect(order).toHaveLength(4)
  })
})
