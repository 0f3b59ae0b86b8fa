// Lighthouse benchmark (issue 3): runs Lighthouse 12 (devDependency, pinned) in Debian's Chromium
// against a built site served locally by the project's own static server
// (`createStaticServer` from scripts/lib/serveStatic.ts, compiled with esbuild on the fly), for the
// home page, a case page, a disclosure page and the search page, in the mobile (default,
// simulated throttling) and desktop (`--preset=desktop`) form factors. Prints the category scores,
// the key metrics and every failing audit (score < 1) by id and title.
//
//   node bench/lighthouse.mjs [SITE_DIR] [--runs N] [--form-factor mobile|desktop|both]
//                             [--pages home,case,disclosure,search] [--json FILE] [--assert]
//
// SITE_DIR defaults to the live `dist` symlink. With --runs N each page is measured N times (a
// fresh Chromium each time) and Lighthouse's own median run (by FCP and TTI) is reported.
// --assert: exit 1 unless performance and accessibility are 100 on every page measured.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import * as chromeLauncher from 'chrome-launcher'
import { build } from 'esbuild'
import lighthouse, { desktopConfig } from 'lighthouse'
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js'

import { firstDetail } from './page-budgets.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium'
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
  ['bytes', 'total-byte-weight'],
]
const PAGES = {
  home: { label: 'home', find: () => '/' },
  case: { label: 'case', find: (dir) => firstDetail(dir, 'cases') },
  disclosure: { label: 'disclosure', find: (dir) => firstDetail(dir, 'disclosures') },
  search: { label: 'search', find: () => '/search/' },
}
const FORM_FACTORS = {
  mobile: undefined, // Lighthouse's default config: Moto G Power, simulated slow 4G, 4× CPU
  desktop: desktopConfig, // = lighthouse/core/config/desktop-config.js (`--preset=desktop`)
}

function parseArgs(argv) {
  const opts = {
    dir: null,
    runs: 1,
    formFactors: ['mobile', 'desktop'],
    pages: Object.keys(PAGES),
    json: null,
    assert: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') ? argv[i].split(/=(.*)/s, 2) : [argv[i]]
    const value = () => inline ?? argv[++i]
    if (flag === '--runs') opts.runs = Number(value())
    else if (flag === '--form-factor') {
      const v = value()
      opts.formFactors = v === 'both' ? ['mobile', 'desktop'] : [v]
    } else if (flag === '--pages')
      opts.pages = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    else if (flag === '--json') opts.json = value()
    else if (flag === '--assert') opts.assert = true
    else if (flag === '-h' || flag === '--help') opts.help = true
    else if (flag.startsWith('-')) throw new Error(`unknown option: ${flag}`)
    else opts.dir = flag
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs must be a positive integer')
  for (const f of opts.formFactors)
    if (!(f in FORM_FACTORS)) throw new Error(`unknown form factor: ${f} (mobile, desktop or both)`)
  for (const p of opts.pages)
    if (!(p in PAGES)) throw new Error(`unknown page: ${p} (${Object.keys(PAGES).join(', ')})`)
  return opts
}

/**
 * The project's static server is TypeScript and not one of the compiled entry points
 * (scripts/compile.mjs), so it is bundled here with the same esbuild into a temporary module.
 */
async function loadStaticServer() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdql-bench-'))
  const outfile = path.join(tmp, 'serveStatic.mjs')
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['scripts/lib/serveStatic.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  })
  try {
    return await import(pathToFileURL(outfile).href)
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

async function runOnce(url, formFactor) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' })
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      FORM_FACTORS[formFactor],
    )
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
    return result.lhr
  } finally {
    await chrome.kill()
  }
}

const score = (lhr, id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100))

function metric(lhr, id) {
  const a = lhr.audits[id]
  if (!a || a.numericValue == null) return { value: null, display: 'n/a' }
  let display
  if (id === 'cumulative-layout-shift') display = a.numericValue.toFixed(3)
  else if (id === 'total-byte-weight') display = `${(a.numericValue / 1024).toFixed(1)} KiB`
  else if (id === 'total-blocking-time') display = `${Math.round(a.numericValue)} ms`
  else display = `${(a.numericValue / 1000).toFixed(2)} s`
  return { value: a.numericValue, display }
}

/** Audits with a score below 1 that count (not informative / manual / not applicable). */
function failingAudits(lhr) {
  const out = []
  const seen = new Set()
  for (const [catId, cat] of Object.entries(lhr.categories)) {
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id]
      if (!a || seen.has(a.id) || a.score == null || a.score >= 1) continue
      if (!['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode)) continue
      seen.add(a.id)
      const items = (a.details?.items ?? [])
        .slice(0, 4)
        .map((item) => {
          const node = item.node ?? item.relatedNode ?? item.subItems?.items?.[0]?.relatedNode
          if (node) return `${node.selector ?? ''}${node.snippet ? `  ${node.snippet.slice(0, 160)}` : ''}`.trim()
          if (item.url)
            return `${item.url}${item.wastedBytes ? ` (${Math.round(item.wastedBytes)} B wasted)` : ''}${item.wastedMs ? ` (${Math.round(item.wastedMs)} ms)` : ''}`
          if (item.description) return String(item.description).slice(0, 160)
          return null
        })
        .filter(Boolean)
      out.push({
        category: catId,
        id: a.id,
        title: a.title,
        score: a.score,
        weight: ref.weight,
        displayValue: a.displayValue ?? '',
        explanation: a.explanation ?? '',
        items,
      })
    }
  }
  return out
}

function pad(s, n, right = false) {
  s = String(s)
  const fill = ' '.repeat(Math.max(0, n - s.length))
  return right ? fill + s : s + fill
}

async function main() {
  let opts
  try {
    opts = parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error(error.message)
    return 2
  }
  if (opts.help) {
    console.log(
      'usage: node bench/lighthouse.mjs [SITE_DIR (default: dist)] [--runs N] [--form-factor mobile|desktop|both] [--pages home,case,disclosure,search] [--json FILE] [--assert]',
    )
    return 0
  }
  const given = opts.dir ? path.resolve(opts.dir) : path.join(ROOT, 'dist')
  let siteDir
  try {
    siteDir = fs.realpathSync(given)
  } catch {
    console.error(`site directory not found: ${given}`)
    return 2
  }
  if (!fs.existsSync(CHROME_PATH)) {
    console.error(`Chromium not found at ${CHROME_PATH} (apt-get install chromium, or set CHROME_PATH)`)
    return 2
  }

  const pages = []
  for (const key of opts.pages) {
    const p = PAGES[key].find(siteDir)
    if (!p) console.warn(`skipped ${key}: no such page in ${siteDir}`)
    else pages.push({ key, path: p })
  }

  const { createStaticServer } = await loadStaticServer()
  const server = createStaticServer(siteDir)
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${server.address().port}`
  const lhVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version
  console.log(`Lighthouse ${lhVersion}, ${CHROME_PATH} ${CHROME_FLAGS.join(' ')}`)
  console.log(
    `site ${siteDir} served by scripts/lib/serveStatic.ts at ${origin}; ${opts.runs} run(s) per page${opts.runs > 1 ? ' (median run reported)' : ''}\n`,
  )

  const load = () =>
    os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')
  const loadBefore = load()
  console.log(
    `load average before: ${loadBefore} (${os.cpus().length} CPUs) — other processes on the machine skew the CPU-bound metrics (TBT)`,
  )
  const results = []
  try {
    for (const formFactor of opts.formFactors) {
      for (const page of pages) {
        const url = origin + page.path
        const lhrs = []
        for (let i = 0; i < opts.runs; i++) lhrs.push(await runOnce(url, formFactor))
        const valid = filterToValidRuns(lhrs)
        const lhr = valid.length ? computeMedianRun(valid) : lhrs[0]
        const perfScores = lhrs.map((r) => score(r, 'performance'))
        results.push({
          formFactor,
          page: page.key,
          path: page.path,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr, c)])),
          performanceAllRuns: perfScores,
          metrics: Object.fromEntries(METRICS.map(([name, id]) => [name, metric(lhr, id)])),
          failing: failingAudits(lhr),
          errored: Object.values(lhr.audits)
            .filter((a) => a.scoreDisplayMode === 'error')
            .map((a) => ({ id: a.id, title: a.title, error: a.errorMessage ?? '' })),
          runtimeError: lhr.runtimeError?.message ?? null,
          warnings: lhr.runWarnings ?? [],
          benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
          benchmarkIndexAllRuns: lhrs.map((r) => Math.round(r.environment?.benchmarkIndex ?? 0)),
          chromeVersion: lhr.environment?.hostUserAgent ?? '',
        })
        process.stderr.write(`  measured ${formFactor} ${page.path}\n`)
      }
    }
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }

  for (const formFactor of opts.formFactors) {
    const rows = results.filter((r) => r.formFactor === formFactor)
    console.log(
      `\n== ${formFactor}${formFactor === 'mobile' ? ' (default config, simulated throttling)' : ' (desktop-config.js)'} ==`,
    )
    const head = [
      ['page', 11],
      ['perf', 4, true],
      ['a11y', 4, true],
      ['bp', 4, true],
      ['seo', 4, true],
      ...METRICS.map(([n]) => [n, n === 'bytes' ? 10 : 7, true]),
    ]
    console.log(head.map(([h, n, r]) => pad(h, n, r)).join('  '))
    console.log(head.map(([, n]) => '-'.repeat(n)).join('  '))
    for (const r of rows) {
      const vals = [r.page, ...CATEGORIES.map((c) => r.scores[c] ?? '—'), ...METRICS.map(([n]) => r.metrics[n].display)]
      console.log(vals.map((v, i) => pad(v, head[i][1], head[i][2])).join('  '))
    }
    for (const r of rows)
      console.log(
        `  ${r.page}: ${opts.runs > 1 ? `performance over ${opts.runs} runs: ${r.performanceAllRuns.join(', ')}; ` : ''}Lighthouse CPU benchmarkIndex ${r.benchmarkIndexAllRuns.join(', ')}`,
      )
  }

  console.log('\nFailing audits (score < 1; weight 0 = does not change the category score):')
  let any = false
  for (const r of results) {
    if (r.runtimeError) console.log(`  ${r.formFactor} ${r.path}: RUNTIME ERROR ${r.runtimeError}`)
    for (const w of r.warnings) console.log(`  ${r.formFactor} ${r.path}: warning: ${w}`)
    if (!r.failing.length) continue
    any = true
    console.log(`  ${r.formFactor} ${r.path}`)
    for (const f of r.failing) {
      console.log(
        `    [${f.category}] ${f.id} — ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''} score ${f.score} weight ${f.weight}`,
      )
      if (f.explanation) console.log(`        ${f.explanation.split('\n')[0]}`)
      for (const item of f.items) console.log(`        · ${item}`)
    }
  }
  if (!any) console.log('  none')

  // Audits Lighthouse could not run (e.g. a trace-engine mismatch with a newer Chromium).
  const errored = new Map()
  for (const r of results) for (const e of r.errored) errored.set(e.id, e)
  if (errored.size) {
    console.log('\nAudits that errored (not scored):')
    for (const e of errored.values()) console.log(`  ${e.id} — ${e.title}: ${e.error.split('\n')[0]}`)
  }

  const loadAfter = load()
  console.log(`\nload average after: ${loadAfter}`)
  const target = results.every((r) => r.scores.performance === 100 && r.scores.accessibility === 100)
  console.log(`\nPerformance and accessibility 100 on every page measured: ${target ? 'yes' : 'no'}`)
  if (opts.json) {
    fs.writeFileSync(
      opts.json,
      JSON.stringify(
        {
          lighthouse: lhVersion,
          chromium: CHROME_PATH,
          flags: CHROME_FLAGS,
          siteDir,
          runs: opts.runs,
          date: new Date().toISOString(),
          loadBefore,
          loadAfter,
          results,
        },
        null,
        2,
      ) + '\n',
    )
    console.log(`JSON written to ${opts.json}`)
  }
  return opts.assert && !target ? 1 : 0
}

process.exitCode = await main()
