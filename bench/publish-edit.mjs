#!/usr/bin/env node
// Publishing one edited document on a site built by bench/publish-full.mjs (issue 5: live in
// ≤ 10 s at 10,000 documents). Each run edits one disclosure the way an office would — a
// one-row `npm run import -- disclosures FILE --publish`: the row is validated and saved with
// its hooks and versions, then one publish run exports, builds (incrementally when the live
// build allows) and switches. Timed from command to live, and checked: the edited sentence
// must be on the live page afterwards.
//
//   node scripts/compile.mjs && node bench/publish-edit.mjs --site /tmp/cdql-publish-full/10000 [--runs 3]
//
// The first publish of a day, or after a code change, is a full build (see README,
// "Incremental publishing"): the benchmark publishes once without timing to start from a
// current live build.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { median, settleTrash, siteEnv, timed as timedIn } from './lib/measure.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const opts = { site: '', runs: 3 }
const argv = process.argv.slice(2)
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--site') opts.site = path.resolve(argv[++i])
  else if (argv[i] === '--runs') opts.runs = Number(argv[++i])
  else throw new Error(`unknown argument: ${argv[i]}`)
}
if (!opts.site || !fs.existsSync(path.join(opts.site, 'import', 'disclosures.json'))) {
  throw new Error('usage: node bench/publish-edit.mjs --site DIR (a size folder made by bench/publish-full.mjs)')
}
const env = siteEnv(opts.site, randomBytes(24).toString('hex'))
const timed = (cmd, args) => timedIn(path.join(opts.site, 'time.txt'), cmd, args, { cwd: root, env })

const warm = timed(process.execPath, ['.build/scripts/publish.mjs', '--trigger', 'bench/publish-edit.mjs（预热）'])
console.log(`warm-up publish: ${warm.wall.toFixed(1)} s`)

const rows = JSON.parse(fs.readFileSync(path.join(opts.site, 'import', 'disclosures.json'), 'utf8'))
const results = []
for (let run = 0; run < opts.runs; run++) {
  const row = { ...rows[(run * 7919) % rows.length] }
  const sentence = `本信息于${new Date().toISOString().slice(0, 19)}作了第${run + 1}次更正（基准测试）。`
  row.body = `${row.body}\n${sentence}`
  const file = path.join(opts.site, `edit-${run}.json`)
  fs.writeFileSync(file, JSON.stringify([row]))
  const waited = settleTrash(env.PUBLISH_DIR)
  if (waited > 0.5) console.log(`(waited ${waited.toFixed(1)} s for the previous run's pruned builds to be deleted)`)
  const result = timed(process.execPath, ['.build/scripts/import.mjs', 'disclosures', file, '--publish'])
  const log = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('[发布]'))
    .join('\n')
  const live = fs.realpathSync(env.LIVE_DIR)
  const onLive = fs
    .readdirSync(path.join(live, 'disclosures'), { recursive: true })
    .filter((f) => f.endsWith('.html'))
    .some((f) => fs.readFileSync(path.join(live, 'disclosures', f), 'utf8').includes(sentence))
  if (!onLive) throw new Error(`run ${run + 1}: the edited sentence is not on the live site\n${log}`)
  results.push(result)
  console.log(`run ${run + 1}: ${result.wall.toFixed(1)} s, ${result.rssMb.toFixed(0)} MB\n${log}\n`)
}
console.log(
  `one edited document, command to live: median ${median(results.map((r) => r.wall)).toFixed(1)} s ` +
    `(${results.map((r) => r.wall.toFixed(1)).join(', ')}), peak RSS ${Math.max(...results.map((r) => r.rssMb)).toFixed(0)} MB; goal ≤ 10 s`,
)
