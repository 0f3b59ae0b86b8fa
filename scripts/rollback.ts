/**
 * `npm run rollback`: switches the live site back to the previous good build (the one live
 * before the current build was published), atomically, and records the run. Exits 1, changing
 * nothing, when there is no previous build. Works without the database; the 发布记录 entry is
 * then only in .publish/runs.json.
 *
 *   --trigger TEXT    what to record as the reason for the rollback
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { rollback } from './lib/rollback'

const triggerArg = process.argv.indexOf('--trigger')
const trigger = triggerArg > 0 ? (process.argv[triggerArg + 1] ?? '命令行') : '命令行 npm run rollback'

let payload: Payload | undefined
// The database is only needed to record the run, after the switch.
const run = await rollback({ trigger, payload: async () => (payload = await getPayload({ config })) })
console.log(
  run.result === 'success'
    ? `[回滚] 成功：线上网站现在是 ${run.build}（回滚前是 ${run.from}），用时 ${(run.durationMs / 1000).toFixed(1)} 秒`
    : '[回滚] 失败，线上网站没有改变',
)
await payload?.destroy().catch(() => undefined)
process.exit(run.result === 'success' ? 0 : 1)
