// Hand-written generic code against the well-kept libraries that do the same job (issue 16):
// the static server (sirv), CSV cells (csv-stringify), Atom feeds (feed) and chart axis ticks
// (d3-array). None of them runs in readers' browsers, so page weight cannot change; what is
// measured is speed, output and behaviour on the inputs the portal has (hostile text included).
//
//   npm install --prefix /tmp/libbench sirv@3.0.2 csv-stringify@6.9.0 feed@6.0.0 d3-array@3.2.5
//   node scripts/compile.mjs --bench && node .build/bench/libraries.mjs --libs /tmp/libbench/node_modules
//
// The libraries are not dependencies of the project: this compares, it does not ship them.
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'

import { createStaticServer } from '../scripts/lib/serveStatic'
// The site's own helpers, measured against the libraries (an exception to the lint rule that
// keeps other code outside site/ on the build API: scripts/lint/eslint.config.mjs).
import { niceTicks } from '../site/lib/chartGeometry'
import { csvCell } from '../site/lib/csv'
import { xmlText } from '../site/lib/xmlText'

const libsArg = process.argv.indexOf('--libs')
if (libsArg < 0)
  throw new Error('usage: libraries.mjs --libs DIR (node_modules with sirv, csv-stringify, feed, d3-array)')
const libs = path.resolve(process.argv[libsArg + 1])
const load = createRequire(path.join(libs, 'noop.js'))
const importLib = async <T>(name: string): Promise<T> => (await import(load.resolve(name))) as T

/** The parts of the libraries' APIs used here (they are not installed in the project). */
type D3Array = {
  ticks: (start: number, stop: number, count: number) => number[]
  nice: (start: number, stop: number, count: number) => [number, number]
}
type CsvStringify = { stringify: (rows: unknown[][], options?: { record_delimiter?: string }) => string }
type FeedItem = { title: string; id: string; link: string; date: Date; description: string }
type FeedModule = {
  Feed: new (options: { title: string; id: string; link: string; copyright: string; updated: Date }) => {
    addItem: (item: FeedItem) => void
    atom1: () => string
  }
}
type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void
type SirvModule = { default: (dir: string, options: { dev: boolean; etag: boolean }) => Handler }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function time(fn: () => void, runs = 5): number {
  const laps: number[] = []
  for (let r = 0; r < runs; r++) {
    const t = performance.now()
    fn()
    laps.push(performance.now() - t)
  }
  return median(laps)
}

// ---------- chart ticks ----------
{
  const { ticks, nice } = await importLib<D3Array>('d3-array')
  const d3Ticks = (max: number) => {
    const [, end] = nice(0, max, 4)
    return ticks(0, end, 4)
  }
  let differ = 0
  let fractional = 0
  let short = 0
  for (let max = 1; max <= 5000; max++) {
    const a = niceTicks(max)
    const b = d3Ticks(max)
    if (a.join() !== b.join()) differ++
    if (b.some((v) => !Number.isInteger(v))) fractional++
    if (b[b.length - 1] < max) short++
  }
  const ours = time(() => {
    for (let max = 1; max <= 5000; max++) niceTicks(max)
  })
  const theirs = time(() => {
    for (let max = 1; max <= 5000; max++) d3Ticks(max)
  })
  console.log(
    `ticks: d3-array differs for ${differ} of 5000 maxima (${fractional} with fractional steps, ${short} ending below the max); 5000 axes ${ours.toFixed(2)} ms ours, ${theirs.toFixed(2)} ms d3-array`,
  )
}

// ---------- CSV ----------
{
  const { stringify } = await importLib<CsvStringify>('csv-stringify/sync')
  const row = (i: number) => [
    String(i),
    `/cases/${i}/`,
    `清风市某局原局长张某某违纪问题 ${i}`,
    i % 10 === 0 ? '=HYPERLINK("http://x/","点此")' : '张某某',
    ['违反廉洁纪律', '违反中央八项规定精神'],
    i % 2 === 0,
    2025,
    '他说："不收"，\n第二段',
  ]
  const rows = Array.from({ length: 10_000 }, (_, i) => row(i))
  const ours = () => rows.map((r) => r.map((v) => csvCell(v as never)).join(',')).join('\r\n')
  const theirs = () =>
    stringify(
      rows.map((r) => r.map((v) => (Array.isArray(v) ? v.join('、') : typeof v === 'boolean' ? (v ? '是' : '否') : v))),
      { record_delimiter: '\r\n' },
    )
  const formula = stringify([['=HYPERLINK("http://x/","点此")']]).trim()
  console.log(
    `csv: 10,000 rows ${time(ours).toFixed(1)} ms ours, ${time(theirs).toFixed(1)} ms csv-stringify; a formula cell becomes ${JSON.stringify(csvCell('=HYPERLINK("http://x/","点此")'))} ours, ${JSON.stringify(formula)} csv-stringify (runs in a spreadsheet)`,
  )
}

// ---------- Atom feed ----------
{
  const { Feed } = await importLib<FeedModule>('feed')
  const entries = Array.from({ length: 50 }, (_, i) => ({
    title: i === 0 ? '标题\u0001含控制字符]]><script>' : `每周提醒 ${i}`,
    url: `https://example.gov.cn/reminders/${i}/`,
    date: new Date(Date.UTC(2026, 0, 1 + i)),
    summary: `节日期间严守纪律 <b>${i}</b> & “廉洁过节”`,
  }))
  const ours = () =>
    entries
      .map(
        (e) => `  <entry>
    <title>${xmlText(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(e.url)}"/>
    <id>${xmlText(e.url)}</id>
    <updated>${e.date.toISOString()}</updated>
    <summary>${xmlText(e.summary)}</summary>
  </entry>`,
      )
      .join('\n')
  const theirs = () => {
    const feed = new Feed({
      title: '每周提醒',
      id: 'https://example.gov.cn/feeds/reminders.xml',
      link: 'https://example.gov.cn/reminders/',
      copyright: '',
      updated: new Date(Date.UTC(2026, 1, 1)),
    })
    for (const e of entries)
      feed.addItem({ title: e.title, id: e.url, link: e.url, date: e.date, description: e.summary })
    return feed.atom1()
  }
  const atom = theirs()
  // XML 1.0 forbids U+0001 anywhere, escaped or not: a reader refuses the whole feed.
  const illegal = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|&#x?0*1;/.test(atom)
  console.log(
    `feed: 50 entries ${time(ours, 20).toFixed(2)} ms ours, ${time(theirs, 20).toFixed(2)} ms feed; feed's output ${illegal ? 'keeps a control character XML 1.0 forbids (the feed is unreadable)' : 'is well-formed'}`,
  )
}

// ---------- static server ----------
{
  const sirv = (await importLib<SirvModule>('sirv')).default
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'libbench-'))
  const builds = [path.join(work, 'a'), path.join(work, 'b')]
  for (const [i, dir] of builds.entries()) {
    fs.mkdirSync(path.join(dir, 'cases'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><p>${'首页'.repeat(4000)} build ${i}</p>`)
    fs.writeFileSync(path.join(dir, 'cases', 'index.html'), `<p>build ${i}</p>`)
  }
  fs.writeFileSync(path.join(builds[1], 'new.html'), '<p>only in the new build</p>')
  const live = path.join(work, 'live')
  fs.symlinkSync(builds[0], live)

  const listen = (server: http.Server) =>
    new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    )
  const ourServer = createStaticServer(live)
  const handler = sirv(live, { dev: false, etag: true })
  const sirvServer = http.createServer((req, res) => handler(req, res, () => res.writeHead(404).end()))
  const ports = { ours: await listen(ourServer), sirv: await listen(sirvServer) }

  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 })
  const get = (port: number, url: string) =>
    new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: url, agent }, (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (c) => (body += c))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
        })
        .on('error', reject)
    })
  const rate = async (port: number) => {
    const n = 4000
    const t = performance.now()
    for (let i = 0; i < n; i += 8) await Promise.all(Array.from({ length: 8 }, () => get(port, '/')))
    return n / ((performance.now() - t) / 1000)
  }
  const rates = { ours: [] as number[], sirv: [] as number[] }
  for (let r = 0; r < 3; r++) {
    rates.ours.push(await rate(ports.ours))
    rates.sirv.push(await rate(ports.sirv))
  }
  const headers = (await get(ports.sirv, '/')).headers
  // A publish run switches the live symlink: the server must serve the new build at once.
  fs.rmSync(live)
  fs.symlinkSync(builds[1], live)
  const after = { ours: await get(ports.ours, '/new.html'), sirv: await get(ports.sirv, '/new.html') }
  const oldPage = await get(ports.sirv, '/cases/')
  console.log(
    `static: ${median(rates.ours).toFixed(0)} req/s ours, ${median(rates.sirv).toFixed(0)} req/s sirv (home page, keep-alive, 8 at a time); sirv sends ${headers['content-security-policy'] ? 'a' : 'no'} CSP; after the live build switched, a page only in the new build is ${after.ours.status} ours, ${after.sirv.status} sirv, and sirv still serves ${oldPage.body.includes('build 0') ? 'the old build' : 'the new build'}`,
  )
  agent.destroy()
  ourServer.close()
  sirvServer.close()
  fs.rmSync(work, { recursive: true, force: true })
}
