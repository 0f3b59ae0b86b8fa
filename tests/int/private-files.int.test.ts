import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

type Run = { code: number | null; output: string }

/** `npm run export` on its own data folder: the first command to open the database creates it. */
function exportCli(env: Record<string, string>): Promise<Run> {
  const clean = { ...process.env }
  for (const key of ['DATABASE_URI', 'PAYLOAD_SECRET', 'DATA_DIR']) delete clean[key]
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.resolve('.build/scripts/export.mjs')],
      { env: { ...clean, AUTO_PUBLISH: '0', ...env }, timeout: 90_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error.code as number | undefined) ?? null) : 0, output: stdout + stderr }),
    )
  })
}

const mode = async (file: string) => ((await fs.stat(file)).mode & 0o777).toString(8)

/** The database, its journal and the generated secret are readable by the portal's own user only, whatever the umask. */
describe('private files in the data folder', () => {
  let work: string
  let dataDir: string
  let env: Record<string, string>
  let first: Run

  beforeAll(async () => {
    const previous = process.umask(0o022)
    try {
      work = await fs.mkdtemp(path.join(os.tmpdir(), 'private-files-'))
      dataDir = path.join(work, 'data')
      env = {
        DATA_DIR: dataDir,
        CONTENT_DIR: path.join(work, 'content'),
        PUBLISH_DIR: path.join(work, 'publish'),
        LIVE_DIR: path.join(work, 'live'),
      }
      first = await exportCli(env)
    } finally {
      process.umask(previous)
    }
  }, 120_000)

  afterAll(async () => {
    if (work) await fs.rm(work, { recursive: true, force: true })
  })

  it('should create the data folder, the database, its journal and the secret for the owner only', async () => {
    expect(first.code, first.output).toBe(0)
    expect(await mode(dataDir)).toBe('700')
    expect(await mode(path.join(dataDir, 'payload-secret'))).toBe('600')
    expect(await mode(path.join(dataDir, 'cms.db'))).toBe('600')
    const journal = (await fs.readdir(dataDir)).filter((name) => /^cms\.db-(wal|shm)$/.test(name))
    for (const name of journal) expect(await mode(path.join(dataDir, name)), name).toBe('600')
  })

  it('should tighten a database and data folder that others can read, and say so', async (context) => {
    await fs.chmod(dataDir, 0o755)
    await fs.chmod(path.join(dataDir, 'cms.db'), 0o644)
    await fs.chmod(path.join(dataDir, 'payload-secret'), 0o644)
    // A file system that ignores chmod (some CI sandboxes) leaves nothing to tighten.
    const loosened = [
      await mode(dataDir),
      await mode(path.join(dataDir, 'cms.db')),
      await mode(path.join(dataDir, 'payload-secret')),
    ]
    if (loosened.join() !== '755,644,644') context.skip(`chmod had no effect here (modes ${loosened.join(', ')})`)
    const again = await exportCli(env)
    expect(again.code, again.output).toBe(0)
    expect(await mode(dataDir)).toBe('700')
    expect(await mode(path.join(dataDir, 'cms.db'))).toBe('600')
    expect(await mode(path.join(dataDir, 'payload-secret'))).toBe('600')
    expect(again.output).toContain(`${path.join(dataDir, 'cms.db')} 的权限原为 0644，其他用户可以读取，已收紧为 0600`)
  }, 120_000)
})
