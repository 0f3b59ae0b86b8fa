import { readFileSync } from 'node:fs'

/**
 * Who a process is, beyond its pid: pids are reused (after a reboot at the latest), so a lock
 * also records when its owner started and on which boot. Where /proc is missing (not Linux)
 * both are undefined and only the pid is compared.
 */
export type ProcessIdentity = { pid: number; start?: string; boot?: string }

const read = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8').trim() || undefined
  } catch {
    return undefined
  }
}

/** This boot of the machine: a random id the kernel draws at every start. */
export const bootId = (): string | undefined => read('/proc/sys/kernel/random/boot_id')

/**
 * When the process started, in clock ticks since boot (field 22 of /proc/<pid>/stat). The
 * command name (field 2) may hold spaces and parentheses, so fields are counted after its last ')'.
 */
export function startTime(pid: number): string | undefined {
  const stat = read(`/proc/${pid}/stat`)
  if (!stat) return undefined
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] || undefined
}

export const processIdentity = (pid: number = process.pid): ProcessIdentity => ({
  pid,
  start: startTime(pid),
  boot: bootId(),
})

const signalable = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Whether the process recorded as `owner` is certainly gone: the machine has restarted since,
 * no process has its pid, or the process with its pid started at another time (pid reused).
 * Anything we cannot tell counts as alive: taking a live owner's lock is the worse mistake.
 */
export function processGone(owner: ProcessIdentity): boolean {
  if (!Number.isInteger(owner.pid) || owner.pid <= 0) return false
  const boot = bootId()
  if (owner.boot && boot && owner.boot !== boot) return true
  if (!signalable(owner.pid)) return true
  const start = startTime(owner.pid)
  return Boolean(owner.start && start && owner.start !== start)
}
