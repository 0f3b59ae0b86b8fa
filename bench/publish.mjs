#!/usr/bin/env node
// Publish benchmark (issue 5): builds the portal (Astro + search index) from a generated corpus
// and Hugo (Debian's, the reference) building the equivalent pages from the same corpus
// (bench/hugo/convert.mjs), alternating, in the same run. Prints per size the median wall time
// and peak RSS (GNU time's %M: the largest process), pages and output size of each, and the
// ratio portal / Hugo.
//
//   node scripts/compile.mjs && node bench/publish.mjs [--sizes 1000,10000] [--runs 3] [--work DIR]
//
// Needs /usr/bin/time and hugo (apt-get install -y time hugo). The corpus is generated once per
// size (bench/corpus/generate.mjs, seed 1). The export from the CMS is not part of this
// measurement; bench/publish-full.mjs loads the corpus into the CMS and times `npm run publish`.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { median, requireTools, timed as timedIn, treeStats } from './lib/measure.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const opts = { sizes: [1000, 10000], runs: 3, work: path.join(os.tmpdir(), 'cdql-publish-bench') }
const argv = process.argv.slice(2)
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--sizes') opts.sizes = argv[++i].split(',').map(Number)
  else if (argv[i] === '--runs') opts.runs = Number(argv[++i])
  else if (argv[i] === '--work') opts.work = path.resolve(argv[++i])
  else throw new Error(`unknown argument: ${argv[i]}`)
}
requireTools()
const timed = (cmd, args, cwd) => timedIn(path.join(opts.work, 'time.txt'), cmd, args, { cwd })
if (!fs.existsSync(path.join(root, '.build/scripts/build-site.mjs')))
  throw new Error('run node scripts/compile.mjs first')

fs.mkdirSync(opts.work, { recursive: true })
console.log(
  `publish benchmark: ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}, ${execFileSync('hugo', ['version'], { encoding: 'utf8' }).split(' ')[1]}, runs ${opts.runs}\n`,
)
const rows = []
for (const size of opts.sizes) {
  const corpus = path.join(opts.work, `corpus-${size}`)
  const hugoSrc = path.join(opts.work, `hugo-src-${size}`)
  execFileSync(
    process.execPath,
    [path.join(root, 'bench/corpus/generate.mjs'), '--count', String(size), '--out', corpus, '--seed', '1'],
    { stdio: 'ignore' },
  )
  execFileSync(process.execPath, [path.join(root, 'bench/hugo/convert.mjs'), '--content', corpus, '--out', hugoSrc], {
    stdio: 'ignore',
  })
  const portal = []
  const hugo = []
  for (let run = 0; run < opts.runs; run++) {
    // Alternate which goes first, so neither always gets the warmer cache.
    const order = run % 2 ? ['hugo', 'portal'] : ['portal', 'hugo']
    for (const which of order) {
      const out = path.join(opts.work, `out-${which}-${size}`)
      fs.rmSync(out, { recursive: true, force: true })
      if (which === 'portal')
        portal.push({
          ...timed(process.execPath, ['.build/scripts/build-site.mjs', '--content', corpus, '--out', out], root),
          ...treeStats(out),
        })
      else hugo.push({ ...timed('hugo', ['--quiet', '-s', hugoSrc, '-d', out], root), ...treeStats(out) })
      const last = (which === 'portal' ? portal : hugo).at(-1)
      console.log(
        `  ${size} docs, run ${run + 1}, ${which.padEnd(6)}: ${last.wall.toFixed(1)} s, ${last.rssMb.toFixed(0)} MB, ${last.pages} pages, ${last.mb.toFixed(0)} MB`,
      )
    }
  }
  rows.push({ size, portal, hugo })
}
console.log(
  '\n| docs | portal wall (median) | portal peak RSS | portal pages / output | Hugo wall (median) | Hugo peak RSS | Hugo pages / output | portal ÷ Hugo |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
for (const { size, portal, hugo } of rows) {
  const pw = median(portal.map((r) => r.wall))
  const hw = median(hugo.map((r) => r.wall))
  console.log(
    `| ${size.toLocaleString('en')} | ${pw.toFixed(1)} s (${portal.map((r) => r.wall.toFixed(1)).join(', ')}) | ${median(portal.map((r) => r.rssMb)).toFixed(0)} MB | ${portal[0].pages.toLocaleString('en')} / ${portal[0].mb.toFixed(0)} MB | ${hw.toFixed(1)} s (${hugo.map((r) => r.wall.toFixed(1)).join(', ')}) | ${median(hugo.map((r) => r.rssMb)).toFixed(0)} MB | ${hugo[0].pages.toLocaleString('en')} / ${hugo[0].mb.toFixed(0)} MB | ${(pw / hw).toFixed(1)}× |`,
  )
}
