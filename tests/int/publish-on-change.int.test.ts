import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readRuns } from '../../scripts/lib/runLog'
import { startTestPayload } from '../helpers/payload'

/** Waits until `check` holds, polling; fails with `what` when it never does. */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await sleep(250)
  }
  throw new Error(`timed out waiting for: ${what}`)
}

/**
 * An editor publishes in the admin and the portal follows on its own: the collection hooks queue
 * a publish run (the compiled scripts/publish.ts in a child process, as under `npm start`), and
 * changes in quick succession share one run.
 */
describe('publishing from the admin', () => {
  let payload: Payload
  let work: string

  beforeAll(async () => {
    payload = (await startTestPayload()).payload
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'publish-on-change-'))
    Object.assign(process.env, {
      PUBLISH_DIR: path.join(work, 'publish'),
      LIVE_DIR: path.join(work, 'live'),
      CONTENT_DIR: path.join(work, 'content'),
      AUTO_PUBLISH: '1',
      PUBLISH_COALESCE_MS: '500',
    })
    await fs.cp(path.resolve('content/pages'), path.join(work, 'content', 'pages'), { recursive: true })
  }, 300_000)

  afterAll(async () => {
    process.env.AUTO_PUBLISH = '0'
    await fs.rm(work, { recursive: true, force: true })
  })

  const livePage = (url: string) => fs.readFile(path.join(work, 'live', url, 'index.html'), 'utf8').catch(() => null)

  it('should put three documents published in quick succession live in one run', async () => {
    const weeks = ['2026-W30', '2026-W31', '2026-W32']
    const docs: { id: number | string }[] = []
    for (const week of weeks) {
      docs.push(
        await payload.create({
          collection: 'reminders',
          data: { week, message: `${week} 提醒：严守纪律规矩。`, channels: ['web'], _status: 'published' },
        }),
      )
    }
    await eventually(
      async () => (await Promise.all(docs.map((d) => livePage(`reminders/${d.id}`)))).every(Boolean),
      'all three pages live',
    )
    await eventually(
      async () => (await readRuns()).length > 0 && (await readRuns())[0].finishedAt !== '',
      'the run recorded',
    )
    const runs = await readRuns()
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({ result: 'success' })
    expect(runs[0].trigger).toContain('3 项变更')
  }, 300_000)

  it('should take a document off the portal when it is unpublished', async () => {
    const { docs } = await payload.find({ collection: 'reminders', where: { week: { equals: '2026-W31' } }, depth: 0 })
    const id = docs[0].id
    await payload.update({ collection: 'reminders', id, data: { _status: 'draft' } })
    await eventually(async () => (await livePage(`reminders/${id}`)) === null, 'the unpublished page gone')
  }, 300_000)
})
