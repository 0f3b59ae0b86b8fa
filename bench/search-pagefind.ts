// The portal's own search index beside Pagefind 1.6 (the design's first choice, kept as the
// measured reference; docs/search.md says when switching back would pay), in the same run, on
// the same text: every page's searchable record as the portal's index reads it (labels left out)
// is given to both.
//
//   npm run bench:search-pagefind -- SITE_DIR [--runs N] [--queries FILE]
//
// Prints, for each engine: index time (records → files on disk), index size, recall and top-10
// precision over bench/search/queries.json against the same truth as bench:search-quality, and
// in Debian's Chromium the first query on a fresh page (bytes the server sent, ms until the
// first ten results are ready) and later queries (median ms). The last lines compare the two.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import * as pagefind from 'pagefind'
import { createStaticServer } from '../scripts/lib/serveStatic'
import { buildSearchIndex, extractSearchRecord, searchableText, type SearchRecord, urlOfFile } from '../site/build'
import { launchChromium } from '../tests/helpers/browser'
import { openSearchIndex } from '../tests/helpers/searchIndex'
import { siteTexts, summarize, truthOf, type Query, type QualitySummary } from './lib/searchQuality'

/** Where the bench page loads Pagefind's API from (a variable, so no bundler resolves it). */
const PAGEFIND_JS = '/pagefind/pagefind.js'
const FIRST = ['民政局', '违规收受礼品礼金', '住房公积金管理中心', '留党察看', '政府采购', '公款旅游', '副局长']
const LATER = ['礼品礼金', '开除党籍', '松溪县', '工程建设招投标', '违反中央八项规定精神', '截留挪用', '以案促改']

function parseArgs(argv: string[]) {
  const opts = { site: '', runs: 5, queries: path.resolve('bench/search/queries.json') }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') opts.runs = Number(argv[++i])
    else if (argv[i] === '--queries') opts.queries = path.resolve(argv[++i])
    else if (!argv[i].startsWith('--') && !opts.site) opts.site = path.resolve(argv[i])
    else throw new Error(`unknown argument: ${argv[i]}`)
  }
  if (!opts.site) throw new Error('usage: search-pagefind SITE_DIR [--runs N] [--queries FILE]')
  return opts
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN
}

/** Bytes of every file under `dir`. */
function sizeOf(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size
  return total
}

/** The searchable record of every page of the built site, as the portal's index reads them. */
function readRecords(site: string): SearchRecord[] {
  const records: SearchRecord[] = []
  for (const file of readdirSync(site, { recursive: true }) as string[]) {
    if (!file.endsWith('.html') || file.startsWith('search-index')) continue
    const html = readFileSync(path.join(site, file), 'utf8')
    if (!html.includes('data-search-body')) continue
    const record = extractSearchRecord(html, urlOfFile(file))
    if (record) records.push(record)
  }
  return records
}

async function ownIndex(records: SearchRecord[], dir: string) {
  const started = performance.now()
  const built = buildSearchIndex(records)
  const root = path.join(dir, 'search-index')
  await mkdir(path.join(root, built.entry.build, 'k'), { recursive: true })
  await mkdir(path.join(root, built.entry.build, 'd'), { recursive: true })
  for (const [n, text] of built.shards.entries())
    await writeFile(path.join(root, built.entry.build, 'k', `${n}.json`), text)
  for (const [n, text] of built.docs.entries())
    await writeFile(path.join(root, built.entry.build, 'd', `${n}.json`), text)
  await writeFile(path.join(root, 'entry.json'), JSON.stringify(built.entry))
  return { ms: performance.now() - started, bytes: sizeOf(root) }
}

async function pagefindIndex(records: SearchRecord[], dir: string) {
  const started = performance.now()
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
  for (const record of records) {
    const response = await index.addCustomRecord({
      url: record.url,
      content: searchableText(record.text),
      language: 'zh-cn',
      meta: { title: record.title },
    })
    if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`)
  }
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') })
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
  const ms = performance.now() - started
  await pagefind.close()
  // Result ids are the fragment files' names; each fragment holds its page's URL.
  const urls = new Map<string, string>()
  const fragments = path.join(dir, 'pagefind', 'fragment')
  for (const file of readdirSync(fragments)) {
    const fragment = JSON.parse(
      gunzipSync(readFileSync(path.join(fragments, file)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    )
    urls.set(file.replace(/\.pf_fragment$/, ''), fragment.url)
  }
  return { ms, bytes: sizeOf(path.join(dir, 'pagefind')), urls }
}

/**
 * A static server over `root` that counts the bytes it sends. With `wasm`, its CSP also allows
 * WebAssembly ('wasm-unsafe-eval'), which Pagefind needs and the portal never does.
 */
async function serve(root: string, { wasm = false } = {}) {
  const http = createStaticServer(root)
  const sockets = new Set<Socket>()
  http.on('connection', (socket: Socket) => sockets.add(socket))
  if (wasm)
    http.prependListener('request', (_req, res) => {
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res
      res.writeHead = ((status: number, ...rest: unknown[]) => {
        const headers = rest.find((r) => r && typeof r === 'object') as Record<string, string> | undefined
        const policy = headers?.['Content-Security-Policy']
        if (headers && policy)
          headers['Content-Security-Policy'] = policy.replace(
            "script-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval'",
          )
        return writeHead(status, ...rest)
      }) as typeof res.writeHead
    })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    sent: () => [...sockets].reduce((n, s) => n + s.bytesWritten, 0),
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  }
}

interface Score {
  summary: QualitySummary
  failing: string[]
}

function score(queries: Query[], texts: Map<string, string>, results: string[][]): Score {
  const scores = queries.map((query, i) => {
    const truth = truthOf(texts, query.q, query.equivalents, query.split)
    const found = new Set(results[i])
    const top = results[i].slice(0, 10)
    return {
      q: query.q,
      kind: query.kind,
      truth: truth.size,
      results: results[i].length,
      recall: truth.size ? [...truth].filter((u) => found.has(u)).length / truth.size : null,
      precision10: top.length ? top.filter((u) => truth.has(u)).length / top.length : 1,
      unverified: 0,
      missed: [],
    }
  })
  return {
    summary: summarize(scores),
    failing: scores.filter((s) => (s.recall ?? 1) < 1 || s.precision10 < 0.98).map((s) => s.q),
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  const queries = JSON.parse(await readFile(opts.queries, 'utf8')) as Query[]
  const work = await mkdtemp(path.join(tmpdir(), 'search-pagefind-'))
  const browser = await launchChromium()
  try {
    const step = (what: string) => console.error(`[search-pagefind] ${what}`)
    const records = readRecords(opts.site)
    step(`${records.length} records`)
    const own = await ownIndex(records, work)
    step('portal index written')
    const pf = await pagefindIndex(records, work)
    step('Pagefind index written')
    await writeFile(
      path.join(work, 'bench.html'),
      '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bench</title></html>',
    )
    const texts = await siteTexts(opts.site)

    // Quality: the portal's client over its index in Node (as bench:search-quality); Pagefind in Chromium.
    const portal = openSearchIndex(work)
    const ownResults: string[][] = []
    for (const q of queries) ownResults.push((await portal.search(q.q)).map((h) => h.url))
    step('portal queries scored')
    const quality = await serve(work, { wasm: true })
    const qualityPage = await browser.newPage()
    await qualityPage.goto(`${quality.url}/bench.html`)
    const pfIds = await qualityPage.evaluate(
      async ({ list, module }) => {
        const pf = await import(module)
        await pf.init()
        const out: string[][] = []
        for (const q of list) out.push(((await pf.search(q)).results as { id: string }[]).map((r) => r.id))
        return out
      },
      { list: queries.map((q) => q.q), module: PAGEFIND_JS },
    )
    await qualityPage.close()
    step('Pagefind queries run')
    const pfResults = pfIds.map((ids) => ids.map((id) => pf.urls.get(id) ?? `?${id}`))

    // First and later queries in Chromium: the portal's search page, and a page running Pagefind's API.
    const ownTimes = { first: [] as number[], kb: [] as number[], later: [] as number[] }
    const pfTimes = { first: [] as number[], kb: [] as number[], later: [] as number[] }
    const portalServer = await serve(opts.site)
    for (let run = 0; run < opts.runs; run++) {
      const q = FIRST[run % FIRST.length]
      {
        const context = await browser.newContext()
        const page = await context.newPage()
        await page.goto(`${portalServer.url}/search/`, { waitUntil: 'networkidle' })
        const search = async (query: string) => {
          await page.fill('#search-input', query)
          await page.evaluate(() => document.getElementById('search-results')!.removeAttribute('data-ms'))
          await page.press('#search-input', 'Enter')
          await page.waitForSelector('#search-results[data-ms]', { state: 'attached', timeout: 60_000 })
          return Number(await page.getAttribute('#search-results', 'data-ms'))
        }
        const before = portalServer.sent()
        ownTimes.first.push(await search(q))
        await page.waitForLoadState('networkidle')
        ownTimes.kb.push((portalServer.sent() - before) / 1024)
        if (run === 0) for (const later of LATER) ownTimes.later.push(await search(later))
        await context.close()
      }
      {
        const context = await browser.newContext()
        const page = await context.newPage()
        await page.goto(`${quality.url}/bench.html`, { waitUntil: 'networkidle' })
        // As a results page would: search, then load the first ten results' titles and excerpts.
        const search = (query: string) =>
          page.evaluate(
            async ({ text, module }) => {
              const started = performance.now()
              const pf = await import(module)
              const found = await pf.search(text)
              await Promise.all((found.results as { data(): Promise<unknown> }[]).slice(0, 10).map((r) => r.data()))
              return performance.now() - started
            },
            { text: query, module: PAGEFIND_JS },
          )
        const before = quality.sent()
        pfTimes.first.push(await search(q))
        await page.waitForLoadState('networkidle')
        pfTimes.kb.push((quality.sent() - before) / 1024)
        if (run === 0) for (const later of LATER) pfTimes.later.push(await search(later))
        await context.close()
      }
    }
    await portalServer.close()
    await quality.close()

    const ownScore = score(queries, texts, ownResults)
    const pfScore = score(queries, texts, pfResults)
    const row = (name: string, index: { ms: number; bytes: number }, s: Score, t: typeof ownTimes) =>
      `${name.padEnd(14)} index ${(index.ms / 1000).toFixed(1).padStart(6)} s ${(index.bytes / 1048576).toFixed(1).padStart(7)} MB | recall min ${s.summary.minRecall.toFixed(3)} mean ${s.summary.meanRecall.toFixed(4)} | p@10 min ${s.summary.minPrecision10.toFixed(2)} mean ${s.summary.meanPrecision10.toFixed(4)} | below goal ${String(s.failing.length).padStart(3)} | first query median ${median(t.first).toFixed(0)} ms ${median(t.kb).toFixed(1)} KB (max ${Math.max(...t.first).toFixed(0)} ms ${Math.max(...t.kb).toFixed(1)} KB) | later median ${median(t.later).toFixed(0)} ms`
    console.log(
      `site: ${opts.site} — ${records.length} indexed pages, ${queries.length} queries, ${opts.runs} fresh-page runs\n`,
    )
    console.log(row('portal index', own, ownScore, ownTimes))
    console.log(row('Pagefind 1.6', pf, pfScore, pfTimes))
    console.log(
      `\nPagefind below the goal (recall 1, top-10 precision ≥ 0.98), first 20: ${pfScore.failing.slice(0, 20).join('、')}`,
    )
    console.log(
      `ratio Pagefind / portal: index time ${(pf.ms / own.ms).toFixed(2)}, first-query bytes ${(median(pfTimes.kb) / median(ownTimes.kb)).toFixed(2)}, first-query ms ${(median(pfTimes.first) / median(ownTimes.first)).toFixed(2)}, later ms ${(median(pfTimes.later) / median(ownTimes.later)).toFixed(2)}`,
    )
  } finally {
    await browser.close()
    await rm(work, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error)
  process.exitCode = 2
})
