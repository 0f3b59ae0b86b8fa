import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { processGone, processIdentity, type ProcessIdentity } from './processIdentity'
import { publishDir } from './publishPaths'

/** What a lock file holds: its owner, and a token no other lock ever had. */
type Owner = ProcessIdentity & { token: string }

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code

/** The owner recorded in `file`; null when there is no such file. A lock from before tokens holds just a pid. */
async function readOwner(file: string): Promise<Owner | null> {
  let text: string
  try {
    text = (await fs.readFile(file, 'utf8')).trim()
  } catch (error) {
    if (errno(error) === 'ENOENT') return null
    throw error
  }
  if (/^\d+$/.test(text)) return { pid: Number(text), token: `pid-${text}` }
  try {
    const owner = JSON.parse(text) as Owner
    if (typeof owner.token === 'string' && /^[\w-]+$/.test(owner.token)) return owner
  } catch {
    // not ours: see below
  }
  // Unreadable: never judged dead, so at worst a run waits and says which file to check.
  return { pid: 0, token: 'unreadable' }
}

/**
 * Creates `file` holding `owner`, only if it does not exist: link(2) of a finished temporary
 * file, so the file never exists without its owner. False when it already exists.
 */
async function createExclusive(file: string, owner: Owner): Promise<boolean> {
  const temp = `${file}.${owner.token}.tmp`
  await fs.writeFile(temp, JSON.stringify(owner))
  try {
    await fs.link(temp, file)
    return true
  } catch (error) {
    if (errno(error) === 'EEXIST') return false
    throw error
  } finally {
    await fs.rm(temp, { force: true })
  }
}

const newOwner = (): Owner => ({ ...processIdentity(), token: randomBytes(12).toString('hex') })

/**
 * Removes `file` if it still holds the dead owner `dead`. Reading, then removing, is two
 * steps: two waiters that both judged the same owner dead could each remove a file — the
 * second one a live lock the first had just taken. So the right to remove a dead owner's file
 * is itself taken first, by creating `<file>.takeover-<its token>`, which only one process
 * can; that process re-reads the file (it can no longer change from under it: only the dead
 * owner or the holder of this right remove a token, and tokens are never reused), removes it
 * only if it is still the dead owner's, and drops the right. A claim whose maker died is
 * removed the same way, one level down.
 */
async function removeDeadOwner(file: string, dead: Owner, depth = 0): Promise<boolean> {
  const claim = `${file}.takeover-${dead.token}`
  const me = newOwner()
  if (!(await createExclusive(claim, me))) {
    const claimer = await readOwner(claim)
    // Gone already: whoever claimed it has finished.
    if (!claimer) return true
    if (depth < 8 && processGone(claimer)) await removeDeadOwner(claim, claimer, depth + 1)
    return false
  }
  try {
    const current = await readOwner(file)
    if (current?.token === dead.token) await fs.rm(file, { force: true })
    return true
  } finally {
    await fs.rm(claim, { force: true })
  }
}

export type PublishLockOptions = {
  /** How long to wait for another run before giving up (default 15 minutes). */
  timeoutMs?: number
  /** Called once when the lock is held by another process and this one starts waiting. */
  onWait?: (owner: ProcessIdentity) => void
}

/**
 * One publish run — and one writer of content/ — at a time across processes (the admin's
 * queue, `npm run publish`, `npm run export`, `npm start`). The lock file names its owner by
 * pid, process start time and boot id, so neither a crashed owner nor its pid reused by an
 * unrelated process after a reboot blocks publishing; such a lock is taken over (see
 * removeDeadOwner), by one waiter only. A live owner is waited for, up to `timeoutMs`.
 * Not reentrant: `work` must not take the lock again.
 */
export async function withPublishLock<T>(work: () => Promise<T>, options: PublishLockOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 15 * 60_000
  await fs.mkdir(publishDir(), { recursive: true })
  const lock = path.join(publishDir(), 'publish.lock')
  const me = newOwner()
  const deadline = Date.now() + timeoutMs
  let waiting = false
  for (;;) {
    if (await createExclusive(lock, me)) break
    const owner = await readOwner(lock)
    if (!owner) continue
    const gone = processGone(owner)
    // Not removed: another waiter is taking it over right now, and then holds it for a moment.
    if (gone && (await removeDeadOwner(lock, owner))) continue
    if (Date.now() > deadline) {
      throw new Error(
        `另一个发布任务（进程 ${owner.pid || '未知'}）已等待 ${timeoutMs / 1000} 秒仍未结束，本次没有执行。请稍后重试；如一直出现，请联系系统管理员检查该进程（锁文件 ${lock}）。`,
      )
    }
    if (!waiting && !gone) {
      options.onWait?.(owner)
      waiting = true
    }
    await sleep(gone ? 20 : 200)
  }
  try {
    return await work()
  } finally {
    // Only our own lock: had it been taken over, removing the file would free someone else's.
    if ((await readOwner(lock).catch(() => null))?.token === me.token) await fs.rm(lock, { force: true })
  }
}
