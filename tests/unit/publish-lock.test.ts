import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface, type Interface } from 'node:readline'

import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withPublishLock } from '../../scripts/lib/publishLock'
import { processIdentity } from '../../scripts/lib/processIdentity'

/** A pid no process has any more: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''])
  await new Promise((resolve) => child.on('exit', resolve))
  return child.pid!
}

/** A live process that has nothing to do with publishing. */
function bystander(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
}

type Worker = { child: ChildProcess; lines: Interface; next: () => Promise<string> }

function startWorker(script: string, name: string, env: Record<string, string>): Worker {
  const child = spawn(process.execPath, [script, name], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout! })
  const queue: string[] = []
  const waiting: ((line: string) => void)[] = []
  lines.on('line', (line) => (waiting.length ? waiting.shift()!(line) : queue.push(line)))
  const next = () =>
    queue.length ? Promise.resolve(queue.shift()!) : new Promise<string>((resolve) => waiting.push(resolve))
  return { child, lines, next }
}

describe('publish lock', () => {
  let work: string
  let lock: string

  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'publish-lock-'))
    process.env.PUBLISH_DIR = work
    lock = path.join(work, 'publish.lock')
  })

  afterAll(async () => {
    delete process.env.PUBLISH_DIR
    await fs.rm(work, { recursive: true, force: true })
  })

  it("should let only one of two processes racing for a crashed run's lock take it over, every time", async () => {
    // Bundled inside the project: the paths module finds the project root by walking up.
    const script = path.resolve('.build', `lock-worker-${randomBytes(4).toString('hex')}.mjs`)
    await build({
      entryPoints: ['tests/helpers/lockWorker.ts'],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    })
    const trace = path.join(work, 'trace.txt')
    const env = { PUBLISH_DIR: work, LOCK_TRACE: trace }
    const workers = [startWorker(script, 'A', env), startWorker(script, 'B', env)]
    try {
      const dead = await deadPid()
      for (let round = 0; round < 150; round++) {
        // What a run killed half-way leaves behind (the old format: just its pid).
        await fs.writeFile(lock, String(dead))
        for (const w of workers) w.child.stdin!.write('go\n')
        expect(await Promise.all(workers.map((w) => w.next()))).toEqual(['done', 'done'])
      }
    } finally {
      for (const w of workers) w.child.kill()
      await fs.rm(script, { force: true })
    }
    const events = (await fs.readFile(trace, 'utf8')).trim().split('\n')
    expect(events).toHaveLength(600)
    const overlaps: number[] = []
    let holder: string | null = null
    events.forEach((event, i) => {
      const [kind, name] = event.split(' ')
      if (kind === 'enter') {
        if (holder) overlaps.push(i)
        holder = name
      } else if (holder === name) holder = null
    })
    expect(overlaps, 'two processes held the lock at the same time').toEqual([])
  }, 120_000)

  it('should take over a lock whose pid now belongs to an unrelated process after a reboot', async () => {
    const other = bystander()
    try {
      await fs.writeFile(
        lock,
        JSON.stringify({
          ...processIdentity(other.pid!),
          boot: '00000000-0000-4000-8000-000000000000',
          token: 'before-reboot',
        }),
      )
      await expect(withPublishLock(async () => 'ran', { timeoutMs: 3000 })).resolves.toBe('ran')
      await expect(fs.stat(lock)).rejects.toThrow()
    } finally {
      other.kill()
    }
  }, 20_000)

  it('should take over a lock whose pid was reused by a process that started later', async () => {
    const other = bystander()
    try {
      const identity = processIdentity(other.pid!)
      if (!identity.start) return // no /proc: only pids can be compared here
      await fs.writeFile(
        lock,
        JSON.stringify({ ...identity, start: String(Number(identity.start) - 1), token: 'earlier-process' }),
      )
      await expect(withPublishLock(async () => 'ran', { timeoutMs: 3000 })).resolves.toBe('ran')
    } finally {
      other.kill()
    }
  }, 20_000)

  it("should take over a crashed run's lock even when the waiter taking it over crashed half-way too", async () => {
    const dead = await deadPid()
    await fs.writeFile(lock, JSON.stringify({ pid: dead, token: 'crashed-run' }))
    await fs.writeFile(`${lock}.takeover-crashed-run`, JSON.stringify({ pid: dead, token: 'crashed-waiter' }))
    await expect(withPublishLock(async () => 'ran', { timeoutMs: 3000 })).resolves.toBe('ran')
    expect((await fs.readdir(work)).filter((name) => name.startsWith('publish.lock'))).toEqual([])
  }, 20_000)

  it('should wait for a live owner and then give up with a message naming it', async () => {
    const other = bystander()
    try {
      await fs.writeFile(lock, JSON.stringify({ ...processIdentity(other.pid!), token: 'live-owner' }))
      await expect(withPublishLock(async () => 'ran', { timeoutMs: 1000 })).rejects.toThrow(
        `另一个发布任务（进程 ${other.pid}）`,
      )
      expect(JSON.parse(await fs.readFile(lock, 'utf8')).token).toBe('live-owner')
    } finally {
      other.kill()
      await fs.rm(lock, { force: true })
    }
  }, 20_000)
})
