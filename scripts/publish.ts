/**
 * `npm run publish`: export, build, index and switch the live site, as the admin does after a
 * publish. Exits non-zero when the run fails (the live site is then untouched).
 *
 *   --if-changed      skip the rebuild when the live build was made from the content now
 *                     published (what the admin's queue passes; compared with what is live)
 *   --trigger TEXT    what to record as the reason for the run
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { publishRun } from './lib/publishRun'

const triggerArg = process.argv.indexOf('--trigger')
const trigger = triggerArg > 0 ? (process.argv[triggerArg + 1] ?? '命令行') : '命令行 npm run publish'

let payload: Payload | undefined
// Started inside the run, so a database that cannot be reached is recorded as a failed run.
const run = await publishRun(async () => (payload = await getPayload({ config })), trigger, {
  onlyIfChanged: process.argv.includes('--if-changed'),
})
console.log(
  `[发布] ${run.result === 'failure' ? '失败' : run.skipped ? '无变化，未重建' : '成功'}，用时 ${(run.durationMs / 1000).toFixed(1)} 秒`,
)
await payload?.destroy().catch(() => undefined)
process.exit(run.result === 'success' ? 0 : 1)
