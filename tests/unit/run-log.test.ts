import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readRuns, recordRun } from '../../scripts/lib/runLog'

describe('the publish run log', () => {
  let work: string

  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'run-log-'))
    process.env.PUBLISH_DIR = work
  })

  afterAll(async () => {
    delete process.env.PUBLISH_DIR
    await fs.rm(work, { recursive: true, force: true })
  })

  it('should keep .publish/runs.json from other accounts (the web server reads .publish/builds)', async () => {
    const previous = process.umask(0o022)
    try {
      const run = {
        id: 'r1',
        trigger: '测试',
        startedAt: '',
        finishedAt: '',
        durationMs: 0,
        result: 'failure' as const,
        error: '数据库 file:/srv/cdql/.data/cms.db 无法打开',
      }
      await recordRun(run, { log: () => undefined })
      await recordRun({ ...run, id: 'r2' }, { log: () => undefined })
    } finally {
      process.umask(previous)
    }
    expect(((await fs.stat(path.join(work, 'runs.json'))).mode & 0o777).toString(8)).toBe('600')
    expect((await readRuns()).map((r) => r.id)).toEqual(['r2', 'r1'])
  })
})
