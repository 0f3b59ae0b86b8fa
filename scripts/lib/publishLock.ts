import { randomBytes } from 'node:crypto'
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

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code

/**
 * One publish run at a time across processes (the admin's queue, `npm run publish`). The lock
 * is a file holding the owner's pid, created by link(2) from a finished temporary file, so it
 * never exists without its pid. A lock whose owner died is moved aside by rename(2), which only
 * one waiter can win; otherwise we wait up to `timeoutMs`.
 */
export async function withPublishLock<T>(work: () => Promise<T>, timeoutMs = 15 * 60_000): Promise<T> {
  await fs.mkdir(publishDir(), { recursive: true })
  const lock = path.join(publishDir(), 'publish.lock')
  const mine = `${lock}.${process.pid}.${randomBytes(4).toString('hex')}`
  await fs.writeFile(mine, String(process.pid))
  const deadline = Date.now() + timeoutMs
  try {
    for (;;) {
      try {
        await fs.link(mine, lock)
        break
      } catch (error) {
        if (errno(error) !== 'EEXIST') throw error
      }
      const owner = Number(await fs.readFile(lock, 'utf8').catch(() => '0'))
      if (owner && !alive(owner)) {
        const aside = `${lock}.stale.${randomBytes(4).toString('hex')}`
        await fs.rename(lock, aside).catch(() => undefined)
        await fs.rm(aside, { force: true })
        continue
      }
      if (Date.now() > deadline) throw new Error(`另一个发布任务（进程 ${owner || '未知'}）已等待 ${timeoutMs / 1000} 秒仍未结束，本次没有执行。请稍后重试；如一直出现，请联系系统管理员检查该进程。`)
      await sleep(500)
    }
  } finally {
    await fs.rm(mine, { force: true })
  }
  try {
    return await work()
  } finally {
    await fs.rm(lock, { force: true })
  }
}
