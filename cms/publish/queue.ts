import { startCommand } from '../../content/shared/commands'

/** Changes that arrive within this window share one publish run. */
const COALESCE_MS = Number(process.env.PUBLISH_COALESCE_MS ?? 1500)

type QueueState = { timer?: NodeJS.Timeout; running: boolean; pending: string[] }

// One queue per server process, kept on globalThis so Next's module reloading cannot fork it.
const state: QueueState = ((globalThis as Record<string, unknown>).__publishQueue ??= {
  running: false,
  pending: [],
}) as QueueState

/** Whether saving in the admin starts publish runs (set by `npm start`; off in tests and scripts). */
export const autoPublishEnabled = (): boolean => process.env.AUTO_PUBLISH === '1'

/**
 * Queues one publish run (export → build → index → switch) for a change. Changes in quick
 * succession coalesce; a change during a run queues exactly one more run after it.
 */
export function queuePublishRun(reason: string): void {
  if (!autoPublishEnabled()) return
  state.pending.push(reason)
  if (state.running) return
  clearTimeout(state.timer)
  state.timer = setTimeout(startRun, COALESCE_MS)
}

function startRun(): void {
  const reasons = state.pending.splice(0)
  if (reasons.length === 0) return
  state.running = true
  const trigger = reasons.length === 1 ? reasons[0] : `${reasons[0]} 等 ${reasons.length} 项变更`
  // `npm run publish -- --if-changed`, in a process of its own: the build never runs in the admin's.
  const child = startCommand('publish', ['--if-changed', '--trigger', trigger], {
    env: { ...process.env, NODE_ENV: 'production', AUTO_PUBLISH: '0' },
    stdio: 'inherit',
  })
  const finish = () => {
    state.running = false
    if (state.pending.length > 0) state.timer = setTimeout(startRun, COALESCE_MS)
  }
  child.on('error', (error) => {
    console.error(`[publish] 无法启动发布任务：${error.message}`)
    finish()
  })
  child.on('exit', finish)
}
