/**
 * `npm run publish`: export, build, index and switch the live site, as the admin does after a
 * publish. Exits non-zero when the run fails (the live site is then untouched).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { publishRun } from './lib/publishRun'

const triggerArg = process.argv.indexOf('--trigger')
const trigger = triggerArg > 0 ? (process.argv[triggerArg + 1] ?? '命令行') : '命令行 npm run publish'

const payload = await getPayload({ config })
// The admin's queue passes --if-changed; from the command line a run always rebuilds.
const run = await publishRun(payload, trigger, { onlyIfChanged: process.argv.includes('--if-changed') })
console.log(`[发布] ${run.result === 'success' ? '成功' : '失败'}，用时 ${(run.durationMs / 1000).toFixed(1)} 秒`)
await payload.destroy().catch(() => undefined)
process.exit(run.result === 'success' ? 0 : 1)
