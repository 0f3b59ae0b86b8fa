import fs from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { publishDir } from './publishPaths'

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * One publish run at a time across processes (the admin's queue, `npm run publish`): mkdir is
 * atomic. A lock whose owner died is taken over; otherwise we wait up to `timeoutMs`.
 */
export async function withPublishLock<T>(work: () => Promise<T>, timeoutMs = 15 * 60_000): Promise<T> {
  const lock = path.join(publishDir(), 'lock')
  await fs.mkdir(publishDir(), { recursive: true })
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await fs.mkdir(lock)
      await fs.writeFile(path.join(lock, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(await fs.readFile(path.join(lock, 'pid'), 'utf8').catch(() => '0'))
      if (owner && !alive(owner)) {
        await fs.rm(lock, { recursive: true, force: true })
        continue
      }
      if (Date.now() > deadline) throw new Error(`另一个发布任务（进程 ${owner || '未知'}）一直未结束，已等待 ${timeoutMs / 1000} 秒。`)
      await sleep(500)
    }
  }
  try {
    return await work()
  } finally {
    await fs.rm(lock, { recursive: true, force: true })
  }
}
