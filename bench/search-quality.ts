// Search quality benchmark (issue 5): recall and top-10 precision of every query in
// bench/search/queries.json against substring truth, over a built site.
//
//   npm run bench:search-quality -- SITE_DIR [--queries FILE] [--json FILE] [--check]
//
// Prints the worst queries, the summary per kind and overall (min and mean). With --check the
// exit code is 1 unless min recall ≥ 0.99 and min top-10 precision ≥ 0.98 (the issue's goals).
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { openSearchIndex } from '../tests/helpers/searchIndex'
import { scoreQueries, siteTexts, summarize, type Query } from './lib/searchQuality'

const GOAL = { recall: 0.99, precision10: 0.98 }

function parseArgs(argv: string[]) {
  const opts = { site: '', queries: path.resolve('bench/search/queries.json'), json: '', check: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--queries') opts.queries = path.resolve(argv[++i])
    else if (arg === '--json') opts.json = path.resolve(argv[++i])
    else if (arg === '--check') opts.check = true
    else if (!arg.startsWith('--') && !opts.site) opts.site = path.resolve(arg)
    else throw new Error(`unknown argument: ${arg}`)
  }
  if (!opts.site) throw new Error('usage: search-quality SITE_DIR [--queries FILE] [--json FILE] [--check]')
  return opts
}

const pct = (x: number | null) => (x === null ? '   –  ' : x.toFixed(4))

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  const queries = JSON.parse(await readFile(opts.queries, 'utf8')) as Query[]
  const started = Date.now()
  const texts = await siteTexts(opts.site)
  const scores = await scoreQueries(openSearchIndex(opts.site).portal, texts, queries)
  const summary = summarize(scores)
  console.log(
    `site: ${opts.site} — ${texts.size} indexed pages, ${queries.length} queries, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  const worst = [...scores]
    .sort((a, b) => (a.recall ?? 1) + a.precision10 - ((b.recall ?? 1) + b.precision10))
    .slice(0, 15)
  console.log('\nworst queries:\n  recall  p@10    truth  results  query')
  for (const s of worst)
    console.log(
      `  ${pct(s.recall)}  ${s.precision10.toFixed(2)}  ${String(s.truth).padStart(7)}  ${String(s.results).padStart(7)}  ${s.q}${s.missed.length ? `  (missed e.g. ${s.missed.join(' ')})` : ''}`,
    )
  console.log('\nby kind:\n  kind        n   min recall  mean recall  min p@10  mean p@10')
  for (const kind of [...new Set(scores.map((s) => s.kind))]) {
    const k = summarize(scores.filter((s) => s.kind === kind))
    console.log(
      `  ${kind.padEnd(10)} ${String(k.queries).padStart(3)}   ${pct(k.minRecall)}      ${pct(k.meanRecall)}       ${k.minPrecision10.toFixed(2)}      ${k.meanPrecision10.toFixed(4)}`,
    )
  }
  console.log(
    `\noverall: ${summary.queries} queries (${summary.withTruth} with true pages): recall min ${pct(summary.minRecall)} mean ${pct(summary.meanRecall)}; top-10 precision min ${summary.minPrecision10.toFixed(4)} mean ${summary.meanPrecision10.toFixed(4)}`,
  )
  const unverified = scores.filter((s) => s.unverified > 0)
  console.log(
    `candidates ruled out by the text check (counted in the result total, never shown): ${unverified.reduce((n, s) => n + s.unverified, 0)} over ${unverified.length} queries${unverified.length ? ` (${unverified.map((s) => `${s.q} ${s.unverified}`).join('、')})` : ''}`,
  )
  if (opts.json) await writeFile(opts.json, JSON.stringify({ summary, scores }, null, 1))
  if (opts.check && (summary.minRecall < GOAL.recall || summary.minPrecision10 < GOAL.precision10)) {
    console.error(`goal missed: min recall ≥ ${GOAL.recall} and min top-10 precision ≥ ${GOAL.precision10}`)
    process.exitCode = 1
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
})
