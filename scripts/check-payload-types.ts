/**
 * CI check: cms/payload-types.ts must be what `payload generate:types` makes from the current
 * config, so hooks and tests are typed against the real schema. Calls Payload's generator
 * directly: its CLI writes nothing when its output is not a terminal.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import config from '@payload-config'
import { generateTypes } from 'payload/node'

import { rootDir } from './lib/publishPaths'

const committed = path.join(rootDir, 'cms/payload-types.ts')
const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'payload-types-')), 'payload-types.ts')
process.env.PAYLOAD_TS_OUTPUT_PATH = fresh
await generateTypes(await config, { log: false })
if (fs.readFileSync(fresh, 'utf8') !== fs.readFileSync(committed, 'utf8')) {
  console.error('cms/payload-types.ts 与当前集合配置不一致：请运行 npm run generate:types 并提交结果。')
  process.exit(1)
}
console.log('cms/payload-types.ts is up to date')
