// Search in a real browser (issue 5): bytes and latency of the first query on a fresh visit to
// the search page, and latency of the queries after it, in Debian's Chromium against the
// portal's own static server (gzip, as served in production) on localhost.
//
//   npm run bench:search-browser -- SITE_DIR [--runs N] [--later N] [--verbose]
//
// First query: a new browser context (empty cache) opens /search/, then the query is typed and
// submitted; bytes are what the server sent from then until the results were shown (the index
// entry, shards and documents, gzip as served, headers included), time
// is the search page's own measurement from submit to rendered results. Later queries: further
// queries in the same page. Prints medians and maxima; no goal is asserted.
import path from 'node:path'
import { fork } from 'node:child_process'
import type { AddressInfo, Socket } from 'node:net'
import { fileURLToPath } from 'node:url'
import { createStaticServer } from '../scripts/lib/serveStatic'
import { launchChromium } from '../tests/helpers/browser'

const FIRST = [
  '民政局',
  '违规收受礼品礼金',
  '住房公积金管理中心',
  '留党察看',
  '张某某',
  'PPP项目',
  '12388',
  '政府采购',
  '公款旅游',
  '副局长',
]
const LATER = [
  '礼品礼金',
  '开除党籍',
  '松溪县',
  '工程建设招投标',
  '违反中央八项规定精神',
  '2025年',
  '三公',
  '截留挪用',
  '纪检监察组',
  '以案促改',
]
/** Bad input (issue 18): each must get results or a clear message, in well under a second. */
const HOSTILE: [string, string][] = [
  ['10,000 characters', '礼品礼金'.repeat(2_500)],
  ['control characters', '礼品\u0007礼金\u0000\u001b'],
  ['lone surrogate', '礼品礼金\ud800'],
  ['200 terms', Array.from({ length: 200 }, (_, i) => `词${i}`).join(' ')],
  ['markup only', `<>"'&`],
  ['markup and a term', '<img src=x onerror=alert(1)>礼品礼金'],
]

function parseArgs(argv: string[]) {
  const opts = { site: '', runs: 5, later: LATER.length, verbose: false }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') opts.runs = Number(argv[++i])
    else if (argv[i] === '--later') opts.later = Number(argv[++i])
    else if (argv[i] === '--verbose') opts.verbose = true
    else if (!argv[i].startsWith('--') && !opts.site) opts.site = path.resolve(argv[i])
    else throw new Error(`unknown argument: ${argv[i]}`)
  }
  if (!opts.site) throw new Error('usage: search-browser SITE_DIR [--runs N] [--later N] [--verbose]')
  return opts
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  const server = await startServer(opts.site)
  const browser = await launchChromium()
  const firsts: { q: string; ms: number; kb: number; results: string }[] = []
  const laters: { q: string; ms: number }[] = []
  const hostile: { name: string; ms: number; status: string }[] = []
  try {
    for (let run = 0; run < opts.runs; run++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' })
      const search = async (q: string) => {
        await page.fill('#search-input', q)
        await page.evaluate(() => document.getElementById('search-results')!.removeAttribute('data-ms'))
        await page.press('#search-input', 'Enter')
        await page.waitForSelector('#search-results[data-ms]', { state: 'attached', timeout: 60_000 })
        return {
          ms: Number(await page.getAttribute('#search-results', 'data-ms')),
          results: (await page.textContent('#search-status')) ?? '',
        }
      }
      const q = FIRST[run % FIRST.length]
      await server.log()
      const before = await server.sent()
      const first = await search(q)
      await page.waitForLoadState('networkidle')
      firsts.push({ q, ms: first.ms, kb: ((await server.sent()) - before) / 1024, results: first.results })
      if (opts.verbose) console.log(`${q}:\n  ${(await server.log()).join('\n  ')}`)
      // Every run, so the median is over runs × queries rather than one pass on a possibly busy machine.
      for (const later of LATER.slice(0, opts.later)) laters.push({ q: later, ...(await search(later)) })
      if (run === 0)
        for (const [name, text] of HOSTILE) {
          // Put into the box as a script could (a lone surrogate cannot be typed).
          await page.evaluate(
            (value) => ((document.getElementById('search-input') as HTMLInputElement).value = value),
            text,
          )
          await page.evaluate(() => document.getElementById('search-results')!.removeAttribute('data-ms'))
          await page.press('#search-input', 'Enter')
          await page.waitForSelector('#search-results[data-ms]', { state: 'attached', timeout: 60_000 })
          hostile.push({
            name,
            ms: Number(await page.getAttribute('#search-results', 'data-ms')),
            status: (await page.textContent('#search-status')) ?? '',
          })
        }
      await context.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
  console.log(`site: ${opts.site}\n\nfirst query on a fresh page (empty cache):`)
  for (const f of firsts)
    console.log(
      `  ${f.q.padEnd(12, '　')} ${f.ms.toFixed(0).padStart(5)} ms ${f.kb.toFixed(1).padStart(7)} KB  ${f.results}`,
    )
  console.log(
    `  median ${median(firsts.map((f) => f.ms)).toFixed(0)} ms (max ${Math.max(...firsts.map((f) => f.ms)).toFixed(0)}), median ${median(firsts.map((f) => f.kb)).toFixed(1)} KB (max ${Math.max(...firsts.map((f) => f.kb)).toFixed(1)})`,
  )
  console.log('\nbad input:')
  for (const h of hostile)
    console.log(`  ${h.name.padEnd(20)} ${h.ms.toFixed(0).padStart(5)} ms  ${h.status.slice(0, 60)}`)
  console.log(`\nlater queries in the same page (median of ${opts.runs} runs each):`)
  for (const q of [...new Set(laters.map((l) => l.q))]) {
    const times = laters.filter((l) => l.q === q).map((l) => l.ms)
    console.log(`  ${q.padEnd(12, '　')} ${median(times).toFixed(0).padStart(5)} ms`)
  }
  if (laters.length)
    console.log(
      `  median ${median(laters.map((l) => l.ms)).toFixed(0)} ms (max ${Math.max(...laters.map((l) => l.ms)).toFixed(0)})`,
    )
}

/**
 * The static server runs in a child process, as a real server would run apart from the browser;
 * it counts the bytes it sends (every socket's bytesWritten, so requests from workers count too).
 */
async function startServer(site: string) {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', site], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const ask = (what: string) =>
    new Promise<unknown>((resolve) => {
      child.once('message', resolve)
      child.send(what)
    })
  const port = (await new Promise((resolve) => child.once('message', resolve))) as number
  return {
    url: `http://127.0.0.1:${port}`,
    sent: async () => (await ask('sent')) as number,
    log: async () => (await ask('log')) as string[],
    close: async () => {
      child.kill()
    },
  }
}

async function serve(site: string) {
  const http = createStaticServer(site)
  const sockets = new Set<Socket>()
  const log: string[] = []
  http.on('connection', (socket: Socket) => sockets.add(socket))
  http.on('request', (req, res) => {
    const start = req.socket.bytesWritten
    res.on('finish', () => log.push(`${req.url} ${((req.socket.bytesWritten - start) / 1024).toFixed(1)} KB`))
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  process.on('message', (what) => {
    if (what === 'sent') process.send!([...sockets].reduce((n, s) => n + s.bytesWritten, 0))
    if (what === 'log') process.send!(log.splice(0))
  })
  process.send!((http.address() as AddressInfo).port)
}

if (process.argv[2] === '--serve') void serve(process.argv[3])
else
  main().catch((error) => {
    console.error(error instanceof Error ? error.stack : error)
    process.exitCode = 2
  })
