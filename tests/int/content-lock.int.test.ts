import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withPublishLock } from '../../scripts/lib/publishLock'
import { liveMatchesContent } from '../../scripts/lib/publishRun'
import { startTestPayload } from '../helpers/payload'

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  )

/** content/ is written only under the publish lock: an export never changes it under a running build. */
describe('writing content/ while a publish run holds the lock', () => {
  let payload: Payload
  let work: string
  let contentDir: string

  beforeAll(async () => {
    payload = (await startTestPayload()).payload
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'content-lock-'))
    contentDir = path.join(work, 'content')
    Object.assign(process.env, {
      PUBLISH_DIR: path.join(work, 'publish'),
      LIVE_DIR: path.join(work, 'live'),
      CONTENT_DIR: contentDir,
    })
    await payload.create({
      collection: 'reminders',
      data: { week: '2026-W30', message: '暑期提醒：严禁违规组织旅游。', channels: ['web'], _status: 'published' },
      context: { skipPublish: true },
    })
  }, 120_000)

  afterAll(async () => {
    for (const key of ['PUBLISH_DIR', 'LIVE_DIR', 'CONTENT_DIR']) delete process.env[key]
    await fs.rm(work, { recursive: true, force: true })
  })

  it('should make `npm run export` wait for the run and export once it has finished', async () => {
    let output = ''
    let exited = false
    const { exit } = await withPublishLock(async () => {
      const child = spawn(process.execPath, [path.resolve('.build/scripts/export.mjs')], {
        env: { ...process.env, AUTO_PUBLISH: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child.stdout.on('data', (d) => (output += d))
      child.stderr.on('data', (d) => (output += d))
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => ((exited = true), resolve(code))))
      // Long enough for Payload to start in the child and reach the lock.
      for (let i = 0; i < 60 && !output.includes('正在进行'); i++) await sleep(500)
      await sleep(500)
      expect(exited, output).toBe(false)
      expect(await exists(path.join(contentDir, 'reminders'))).toBe(false)
      expect(output).toContain('发布任务')
      // Wrapped: an async function returning the promise itself would wait for the child, which waits for us.
      return { exit }
    })
    expect(await exit, output).toBe(0)
    expect((await fs.readdir(path.join(contentDir, 'reminders'))).length).toBe(1)
  }, 120_000)

  it('should make the start-up check (export and compare) wait for the run too', async () => {
    await fs.rm(contentDir, { recursive: true, force: true })
    let checked = false
    let check: Promise<boolean> | undefined
    await withPublishLock(async () => {
      check = liveMatchesContent(payload).then((same) => ((checked = true), same))
      await sleep(1500)
      expect(checked).toBe(false)
      expect(await exists(contentDir)).toBe(false)
    })
    expect(await check).toBe(false)
    expect((await fs.readdir(path.join(contentDir, 'reminders'))).length).toBe(1)
  }, 60_000)
})
