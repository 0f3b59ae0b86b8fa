#!/usr/bin/env node
// Full publish benchmark through the project's own write path (issue 5): generates a corpus,
// turns it into import files, loads them into a fresh CMS database with `npm run import`
// (validation, hooks, workflow, versions; published, one file per collection), then times
// `npm run publish` — export from the CMS + site build + search index + switch — against Hugo
// (Debian's) building the equivalent pages from the exported content, alternating, in the same run.
//
//   node scripts/compile.mjs && node bench/publish-full.mjs [--sizes 1000,10000] [--runs 3] [--work DIR]
//
// Needs /usr/bin/time and hugo (apt-get install -y time hugo). Prints the import time per
// collection, then per size the median wall time and peak RSS (GNU time's %M: the largest
// process) of each publish, and the ratio portal / Hugo.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { median, requireTools, settleTrash, siteEnv, timed as timedIn, treeStats } from './lib/measure.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const opts = { sizes: [1000, 10000], runs: 3, work: path.join(os.tmpdir(), 'cdql-publish-full') }
const argv = process.argv.slice(2)
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--sizes') opts.sizes = argv[++i].split(',').map(Number)
  else if (argv[i] === '--runs') opts.runs = Number(argv[++i])
  else if (argv[i] === '--work') opts.work = path.resolve(argv[++i])
  else throw new Error(`unknown argument: ${argv[i]}`)
}
requireTools()
const timed = (cmd, args, env) => timedIn(path.join(opts.work, 'time.txt'), cmd, args, { cwd: root, env })
for (const script of ['import', 'publish']) {
  if (!fs.existsSync(path.join(root, `.build/scripts/${script}.mjs`)))
    throw new Error('run node scripts/compile.mjs first')
}

fs.rmSync(opts.work, { recursive: true, force: true })
fs.mkdirSync(opts.work, { recursive: true })
console.log(
  `full publish benchmark: ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}, ${execFileSync('hugo', ['version'], { encoding: 'utf8' }).split(' ')[1]}, runs ${opts.runs}\n`,
)
const rows = []
for (const size of opts.sizes) {
  const dir = path.join(opts.work, String(size))
  const corpus = path.join(dir, 'corpus')
  const imports = path.join(dir, 'import')
  execFileSync(
    process.execPath,
    [path.join(root, 'bench/corpus/generate.mjs'), '--count', String(size), '--out', corpus, '--seed', '1'],
    { stdio: 'ignore' },
  )
  const converted = execFileSync(
    process.execPath,
    [path.join(root, 'bench/corpus/to-import.mjs'), '--corpus', corpus, '--out', imports],
    { encoding: 'utf8' },
  )
  console.log(`${size} docs: ${converted.trim()}`)

  const env = siteEnv(dir, randomBytes(24).toString('hex'))
  fs.mkdirSync(env.DATA_DIR, { recursive: true })
  // The hand-written pages live beside the export in content/ (as in the repository).
  fs.cpSync(path.join(root, 'content/pages'), path.join(env.CONTENT_DIR, 'pages'), { recursive: true })
  let importWall = 0
  let importRows = 0
  for (const collection of JSON.parse(fs.readFileSync(path.join(imports, 'order.json'), 'utf8'))) {
    const file = path.join(imports, `${collection}.json`)
    const count = JSON.parse(fs.readFileSync(file, 'utf8')).length
    const run = timed(process.execPath, ['.build/scripts/import.mjs', collection, file, '--publish', '--no-build'], env)
    const took = /用时 ([\d.]+) 秒/.exec(run.stdout)?.[1]
    console.log(
      `  import ${collection.padEnd(13)} ${String(count).padStart(5)} rows: ${run.wall.toFixed(1)} s process, ${took} s writing, ${run.rssMb.toFixed(0)} MB`,
    )
    importWall += run.wall
    importRows += count
  }
  console.log(
    `  import total: ${importRows} rows in ${importWall.toFixed(1)} s (${((importWall * 1000) / importRows).toFixed(1)} ms/row incl. process start-up)`,
  )

  const hugoSrc = path.join(dir, 'hugo-src')
  const portal = []
  const hugo = []
  for (let run = 0; run < opts.runs; run++) {
    const order = run % 2 ? ['hugo', 'portal'] : ['portal', 'hugo']
    for (const which of order) {
      settleTrash(env.PUBLISH_DIR)
      if (which === 'portal') {
        // Every page, every time: an incremental publish would reuse the previous run's pages.
        const result = timed(process.execPath, ['.build/scripts/publish.mjs', '--trigger', 'bench/publish-full.mjs'], {
          ...env,
          PUBLISH_FULL: '1',
        })
        portal.push({ ...result, ...treeStats(fs.realpathSync(env.LIVE_DIR)) })
      } else {
        // Hugo builds from what the CMS exported (after the first portal run).
        if (!fs.existsSync(hugoSrc))
          execFileSync(
            process.execPath,
            [path.join(root, 'bench/hugo/convert.mjs'), '--content', env.CONTENT_DIR, '--out', hugoSrc],
            { stdio: 'ignore' },
          )
        const out = path.join(dir, 'hugo-out')
        fs.rmSync(out, { recursive: true, force: true })
        hugo.push({ ...timed('hugo', ['--quiet', '-s', hugoSrc, '-d', out]), ...treeStats(out) })
      }
      const last = (which === 'portal' ? portal : hugo).at(-1)
      console.log(
        `  ${size} docs, run ${run + 1}, ${which.padEnd(6)}: ${last.wall.toFixed(1)} s, ${last.rssMb.toFixed(0)} MB, ${last.pages} pages, ${last.mb.toFixed(0)} MB`,
      )
    }
  }
  rows.push({ size, portal, hugo })
}
console.log(
  '\n| docs | `npm run publish` wall (median) | peak RSS | pages / output | Hugo wall (median) | Hugo peak RSS | Hugo pages / output | portal ÷ Hugo |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
for (const { size, portal, hugo } of rows) {
  const pw = median(portal.map((r) => r.wall))
  const hw = median(hugo.map((r) => r.wall))
  console.log(
    `| ${size.toLocaleString('en')} | ${pw.toFixed(1)} s (${portal.map((r) => r.wall.toFixed(1)).join(', ')}) | ${median(portal.map((r) => r.rssMb)).toFixed(0)} MB | ${portal[0].pages.toLocaleString('en')} / ${portal[0].mb.toFixed(0)} MB | ${hw.toFixed(1)} s (${hugo.map((r) => r.wall.toFixed(1)).join(', ')}) | ${median(hugo.map((r) => r.rssMb)).toFixed(0)} MB | ${hugo[0].pages.toLocaleString('en')} / ${hugo[0].mb.toFixed(0)} MB | ${(pw / hw).toFixed(1)}× |`,
  )
}
