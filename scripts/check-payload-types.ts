/**
 * CI check: cms/payload-types.ts must be what `payload generate:types` makes from the current
 * config, so hooks and tests are typed against the real schema.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { rootDir } from './lib/publishPaths'

const committed = path.join(rootDir, 'cms/payload-types.ts')
const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'payload-types-')), 'payload-types.ts')
execFileSync(path.join(rootDir, 'node_modules/.bin/payload'), ['generate:types'], {
  cwd: rootDir,
  env: { ...process.env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', PAYLOAD_TS_OUTPUT_PATH: fresh },
  stdio: 'ignore',
})
if (fs.readFileSync(fresh, 'utf8') !== fs.readFileSync(committed, 'utf8')) {
  console.error('cms/payload-types.ts 与当前集合配置不一致：请运行 npm run generate:types 并提交结果。')
  process.exit(1)
}
console.log('cms/payload-types.ts is up to date')
