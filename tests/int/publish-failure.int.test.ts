import { type ChildProcess, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { currentLiveBuild, readManifest } from '../../scripts/lib/liveSite'
import { publishRun } from '../../scripts/lib/publishRun'
import { rollback } from '../../scripts/lib/rollback'
import { type PublishRun, readRuns } from '../../scripts/lib/runLog'
import { filesContaining } from '../helpers/files'
import { startTestPayload } from '../helpers/payload'

/** sha256 of every file under `dir` (raw bytes, following the live symlink), by relative path. */
async function hashTree(dir: string): Promise<Map<string, string>> {
  const root = await fs.realpath(dir)
  const out = new Map<string, string>()
  for (const entry of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    out.set(
      path.relative(root, file),
      createHash('sha256')
        .update(await fs.readFile(file))
        .digest('hex'),
    )
  }
  return out
}

const countHtml = async (dir: string) =>
  (await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])).filter(
    (e) => e.isFile() && e.name.endsWith('.html'),
  ).length

/** Runs a compiled command-line script (as `npm run …` does) against this test's database and folders. */
function runScript(
  name: string,
  args: string[] = [],
): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> } {
  const child = spawn(process.execPath, [path.resolve('.build/scripts', `${name}.mjs`), ...args], {
    cwd: path.resolve('.'),
    env: { ...process.env, AUTO_PUBLISH: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, output })),
  )
  return { child, done }
}

/**
 * The guarantees under failure: a build that breaks half-way, or a publish process
 * killed half-way, leaves the live folder byte-identical; failures are recorded with a Chinese
 * error in both run logs; rollback returns to the previous build byte for byte, and says
 * clearly when there is none.
 */
/** What a finished build leaves in the builds folder: the site, its manifest, its page inputs and search records. */
const buildFiles = (id: string) => [id, `${id}.json`, `${id}.pages.json`, `${id}.search.bin`].sort()

describe('publish failures and rollback', () => {
  let payload: Payload
  let work: string
  let builds: string
  let live: string
  /** The first build and the hash of every file in it. */
  let first: { id: string; files: Map<string, string> }
  const lines: string[] = []
  const log = (line: string) => lines.push(line)

  const dbRun = async (runId: string) =>
    (
      await payload.find({
        collection: 'publish-runs',
        where: { runId: { equals: runId } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs[0]
  const addReminder = (week: string, message: string) =>
    payload.create({
      collection: 'reminders',
      data: { week, message, channels: ['web'], _status: 'published' },
      context: { skipPublish: true },
    })

  beforeAll(async () => {
    payload = (await startTestPayload()).payload
    // Inside the project, as `.publish/` is in production: builds are written in place there
    // (a folder outside goes through a staging folder), which is what these tests break into.
    work = await fs.mkdtemp(path.join(path.resolve('.build'), 'publish-failure-'))
    builds = path.join(work, 'publish', 'builds')
    live = path.join(work, 'live')
    Object.assign(process.env, {
      PUBLISH_DIR: path.join(work, 'publish'),
      LIVE_DIR: live,
      CONTENT_DIR: path.join(work, 'content'),
    })
    await fs.cp(path.resolve('content/pages'), path.join(work, 'content', 'pages'), { recursive: true })
    await addReminder('2026-W40', '第一版提醒：严禁违规收送礼品礼金。')
  }, 300_000)

  afterAll(async () => {
    for (const key of ['PUBLISH_DIR', 'LIVE_DIR', 'CONTENT_DIR']) delete process.env[key]
    await fs.rm(work, { recursive: true, force: true })
  })

  it('should publish the first build and record it in both logs', async () => {
    const run = await publishRun(payload, '测试：第一版', { log })
    expect(run).toMatchObject({ result: 'success', kind: 'publish', build: run.id })
    expect(await filesContaining(live, '第一版提醒')).not.toHaveLength(0)
    first = { id: run.id, files: await hashTree(live) }
    expect(await dbRun(run.id)).toMatchObject({
      kind: 'publish',
      result: 'success',
      build: run.id,
      trigger: '测试：第一版',
    })
  }, 300_000)

  it('should refuse a rollback with only one build, clearly and with exit code 1', async () => {
    const before = (await readRuns()).length
    const { done } = runScript('rollback')
    const { code, output } = await done
    expect(code).toBe(1)
    expect(output).toContain('回滚失败，线上网站保持不变')
    expect(output).toContain('之前没有已上线过的版本')
    expect(await currentLiveBuild()).toBe(path.join(builds, first.id))
    const runs = await readRuns()
    expect(runs).toHaveLength(before + 1)
    expect(runs[0]).toMatchObject({ kind: 'rollback', result: 'failure' })
    expect(await dbRun(runs[0].id)).toMatchObject({ kind: 'rollback', result: 'failure', error: runs[0].error })
  }, 120_000)

  it('should leave the live site byte-identical when the build breaks after pages were written', async () => {
    await addReminder('2026-W41', '第二版提醒：严禁公车私用。')
    // Compiles (so it passes Astro's content sync) but throws while its page is rendered,
    // after Astro has already written most of the site into the new build folder.
    const broken = path.join(work, 'content', 'pages', 'zz-broken.mdx')
    await fs.writeFile(
      broken,
      '---\ntitle: 渲染出错的页面\ndescription: 测试\nupdated: 2026-01-01\n---\n\n正文。\n\n{globalThis.__missing.value}\n',
    )
    const symlinkBefore = await fs.readlink(live)
    lines.length = 0
    let run: PublishRun
    try {
      run = await publishRun(payload, '测试：坏页面', { log })
    } finally {
      await fs.rm(broken, { force: true })
    }
    expect(run.result).toBe('failure')
    // Mid-run: Astro had written pages before it failed.
    const removed = lines.join('\n').match(/已删除未完成的构建 \S+（其中已写入 (\d+) 个页面/)
    expect(removed, lines.join('\n')).not.toBeNull()
    expect(Number(removed![1])).toBeGreaterThan(0)

    expect(await fs.readlink(live)).toBe(symlinkBefore)
    expect(await hashTree(live)).toEqual(first.files)
    expect((await fs.readdir(builds)).sort()).toEqual(buildFiles(first.id))

    // What an editor reads first is Chinese and says what to do; the detail follows.
    expect(run.error).toMatch(/^发布失败，线上网站保持不变。生成网站页面时出错/)
    expect(run.error).toContain('技术细节：')
    expect(run.error).toContain("Cannot read properties of undefined (reading 'value')")
    expect((await readRuns())[0]).toMatchObject({
      id: run.id,
      result: 'failure',
      error: run.error,
      trigger: '测试：坏页面',
    })
    expect(await dbRun(run.id)).toMatchObject({
      kind: 'publish',
      result: 'failure',
      error: run.error,
      trigger: '测试：坏页面',
    })
  }, 300_000)

  it('should rebuild on --if-changed after a failed run, though the export is already up to date', async () => {
    const run = await publishRun(payload, '测试：修正后重新发布', { log, onlyIfChanged: true })
    expect(run).toMatchObject({ result: 'success' })
    expect(run.skipped).toBeUndefined()
    expect(await filesContaining(live, '第二版提醒')).not.toHaveLength(0)
    expect((await readManifest(path.join(builds, run.id)))?.previous).toBe(first.id)
  }, 300_000)

  it('should leave the live site byte-identical when a publish process is killed mid-build', async () => {
    const liveBuild = path.basename((await currentLiveBuild())!)
    const before = await hashTree(live)
    const runsBefore = (await readRuns()).length
    const existing = new Set(await fs.readdir(builds))
    const { child, done } = runScript('publish', ['--trigger', '测试：中途被杀'])
    let killedAt = 0
    while (child.exitCode === null && child.signalCode === null) {
      const inProgress = (await fs.readdir(builds)).filter((name) => !existing.has(name) && !name.endsWith('.json'))
      killedAt = inProgress.length ? await countHtml(path.join(builds, inProgress[0])) : 0
      if (killedAt >= 10) {
        child.kill('SIGKILL')
        break
      }
      await sleep(20)
    }
    const { signal, output } = await done
    expect(signal, `the run ended before it could be killed:\n${output}`).toBe('SIGKILL')
    expect(killedAt).toBeGreaterThanOrEqual(10)
    // The killed run's folder is still there, without a manifest (it never finished).
    // (It may have written its page inputs: they too go with the next run's pruning.)
    const orphan = (await fs.readdir(builds)).filter((name) => !existing.has(name) && !name.endsWith('.pages.json'))
    expect(orphan).toHaveLength(1)
    expect(await readManifest(path.join(builds, orphan[0]))).toBeNull()
    expect(path.basename((await currentLiveBuild())!)).toBe(liveBuild)
    expect(await hashTree(live)).toEqual(before)
    // A killed run records nothing; its half-built folder has no manifest, so it is never live
    // or a rollback target, and the next run's pruning removes it.
    expect(await readRuns()).toHaveLength(runsBefore)
  }, 300_000)

  it('should roll back to the first build byte for byte, then refuse to go further', async () => {
    const second = path.basename((await currentLiveBuild())!)
    lines.length = 0
    const run = await rollback({ trigger: '测试：回滚', payload, log })
    expect(run).toMatchObject({ result: 'success', kind: 'rollback', build: first.id, from: second })
    expect(await currentLiveBuild()).toBe(path.join(builds, first.id))
    expect(await hashTree(live)).toEqual(first.files)
    expect(lines.join('\n')).toContain(`线上网站已从 ${second} 回滚到 ${first.id}`)
    expect((await readRuns())[0]).toMatchObject({ id: run.id, kind: 'rollback', result: 'success', build: first.id })
    expect(await dbRun(run.id)).toMatchObject({
      kind: 'rollback',
      result: 'success',
      build: first.id,
      trigger: '测试：回滚',
    })

    const again = await rollback({ trigger: '测试：再次回滚', payload, log })
    expect(again.result).toBe('failure')
    expect(again.error).toMatch(/^回滚失败，线上网站保持不变。当前线上版本 .+ 之前没有已上线过的版本/)
    expect(await hashTree(live)).toEqual(first.files)
  }, 120_000)

  it('should republish what the CMS publishes on the next --if-changed run after a rollback, then skip', async () => {
    const stale = (await fs.readdir(builds)).filter((name) => !name.startsWith(first.id))
    expect(stale.length).toBeGreaterThanOrEqual(2) // the rolled-back build and the killed run's folder
    const run = await publishRun(payload, '测试：回滚后发布', { log, onlyIfChanged: true })
    expect(run).toMatchObject({ result: 'success', build: run.id })
    expect(await filesContaining(live, '第二版提醒')).not.toHaveLength(0)
    // Kept: the live build and the one a rollback returns to; the rolled-back and killed ones went.
    expect((await fs.readdir(builds)).sort()).toEqual([...buildFiles(first.id), ...buildFiles(run.id)].sort())
    // They are deleted in the background after the run: the disk space comes back.
    const trash = path.join(path.dirname(builds), 'trash')
    const emptied = Date.now() + 30_000
    while (((await fs.readdir(trash).catch(() => [])) as string[]).length && Date.now() < emptied)
      await new Promise((r) => setTimeout(r, 200))
    expect(await fs.readdir(trash).catch(() => [])).toEqual([])

    const same = await publishRun(payload, '测试：草稿保存', { log, onlyIfChanged: true })
    expect(same).toMatchObject({ result: 'success', skipped: true })
    expect(same.build).toBeUndefined()
    expect(await dbRun(same.id)).toMatchObject({ result: 'skipped' })
    expect(await currentLiveBuild()).toBe(path.join(builds, run.id))
  }, 300_000)
})
