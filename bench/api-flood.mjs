#!/usr/bin/env node
// Flooding the admin's REST API as anyone (issue 15). Before the fix, 20 anonymous connections
// looping `GET /api/disclosures?limit=100&depth=2` got 15 answers a second, 1–2 s each, and the
// admin's login page took 1.2 s. Now anonymous reads are refused unless PUBLIC_API=1, capped
// (limit ≤ 50, depth ≤ 2) and rate-limited per IP (API_RATE_LIMIT, 60/min) and in all
// (API_GLOBAL_RATE_LIMIT, 600/min) — cms/api/.
//
// For each configuration the product is started the way `npm start` starts it (compiled
// scripts/start.ts: migrations, demo content on the first start, publish, then the site and
// `next start`), in temporary folders and on other ports. Then, with the same server:
//   1. reference: the probes alone for --reference seconds;
//   2. flood: --clients anonymous keep-alive connections (a child process, so the probes' own
//      timing is not slowed by the flood's event loop) loop the request for --duration seconds,
//      while the probes run again.
// Probes, every 250 ms each: the admin's login page (`GET /admin/login`, Next's server render),
// a signed-in REST read (the admin's list view: `GET /api/disclosures?limit=10&depth=0`, with
// the admin's token), and every second a sign-in (`POST /api/users/login`, from an address of
// its own in X-Forwarded-For, as the reverse proxy would write it) — an anonymous request, so
// subject to the same limits as the flood.
//
//   node scripts/compile.mjs && node bench/api-flood.mjs [--duration 20] [--reference 10]
//     [--clients 20] [--configs off,public,public-xff,unlimited] [--cms-port 3200] [--site-port 4500]
//     [--keep]  (keeps the temporary folder, with the product's log in start.log)
//
// Everything the product writes goes to a temporary folder (DATA_DIR, CONTENT_DIR, PUBLISH_DIR,
// LIVE_DIR), deleted at the end; the product is stopped by its process group after each
// configuration, so every configuration starts with fresh rate-limit counters (the first start
// seeds the demo content and publishes; the admin build in cms/.next is reused when current).
// The limits count per minute from a key's first request, so in a 20 s flood they show as a
// burst of 200s and then 429s; `--duration 70` shows a whole window and the next one opening.
// Also printed: the CPU the product's process group used during the flood (cores), and the
// flood clients' own CPU — on a small machine they compete with the server.
//
// Configurations: off (default: no PUBLIC_API), off-xff, public (PUBLIC_API=1, default limits),
// public-xff (the same, each flood client sending its own X-Forwarded-For: the per-IP limit
// trusts it, the global one must hold), unlimited (PUBLIC_API=1, API_RATE_LIMIT and
// API_GLOBAL_RATE_LIMIT 1,000,000: what the limits buy), unlimited-xff.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const FLOOD_PATH = '/api/disclosures?limit=100&depth=2'
const READ_PATH = '/api/disclosures?limit=10&depth=0&sort=-updatedAt'
const FLOOD_TIMEOUT_MS = 10_000
const PROBE_TIMEOUT_MS = 30_000

// ---------------------------------------------------------------------------------------------
// HTTP

/** One request; resolves { status, ms, body? } — status 0 for a timeout or connection error. */
function request(agent, { port, method = 'GET', path: urlPath, headers = {}, body, timeout, keepBody = false }) {
  return new Promise((resolve) => {
    const started = performance.now()
    let settled = false
    const done = (result) => {
      if (settled) return
      settled = true
      resolve({ ...result, ms: performance.now() - started })
    }
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        agent,
        headers: body
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers }
          : headers,
      },
      (res) => {
        const chunks = []
        res.on('data', (chunk) => keepBody && chunks.push(chunk))
        res.on('end', () =>
          done({ status: res.statusCode, body: keepBody ? Buffer.concat(chunks).toString('utf8') : undefined }),
        )
        res.on('error', (error) => done({ status: 0, error: error.message }))
      },
    )
    req.setTimeout(timeout, () => {
      req.destroy(new Error('timeout'))
      done({ status: 0, error: 'timeout' })
    })
    req.on('error', (error) => done({ status: 0, error: error.message }))
    req.end(body)
  })
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN

function summarize(samples) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b)
  const statuses = {}
  for (const s of samples)
    statuses[s.status || s.error || 'error'] = (statuses[s.status || s.error || 'error'] ?? 0) + 1
  return { n: samples.length, p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms.at(-1) ?? NaN, statuses }
}

// ---------------------------------------------------------------------------------------------
// The flood, in a child process: `node bench/api-flood.mjs --flood-worker '{"port":…}'`

async function floodWorker({ port, clients, seconds, xff }) {
  const samples = []
  const deadline = performance.now() + seconds * 1000
  const client = async (i) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const headers = xff ? { 'x-forwarded-for': `198.51.100.${i + 1}` } : {}
    while (performance.now() < deadline) {
      const result = await request(agent, { port, path: FLOOD_PATH, headers, timeout: FLOOD_TIMEOUT_MS })
      samples.push({ status: result.status, error: result.error, ms: result.ms, at: performance.now() })
      if (result.status === 0) await sleep(50) // a refused connection must not spin
    }
    agent.destroy()
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)))
  const wall = (performance.now() - started) / 1000
  const ok = samples.filter((s) => s.status === 200)
  // 200s per 10 s of the run: the limits are per minute, so they show as a burst, then 429s.
  const okPer10s = Array.from(
    { length: Math.ceil(seconds / 10) },
    (_, b) => ok.filter((s) => s.at - started >= b * 10_000 && s.at - started < (b + 1) * 10_000).length,
  )
  const cpu = process.cpuUsage()
  process.stdout.write(
    JSON.stringify({
      wall,
      all: summarize(samples),
      ok: summarize(ok),
      okPer10s,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    }),
  )
}

// ---------------------------------------------------------------------------------------------
// Probes

/** Repeats `once` every `everyMs` (or right after, when it took longer) until `until()`. */
async function probeLoop(once, everyMs, until) {
  const samples = []
  while (!until()) {
    const started = performance.now()
    samples.push({ ...(await once()), at: started })
    const left = everyMs - (performance.now() - started)
    if (left > 0 && !until()) await sleep(left)
  }
  return samples
}

/** The probes for `seconds`; `steady` leaves out the first STEADY_AFTER seconds (the burst the limits let through). */
const STEADY_AFTER = 5
function probes(port, token, seconds) {
  const begin = performance.now()
  const deadline = begin + seconds * 1000
  const until = () => performance.now() >= deadline
  const pageAgent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const readAgent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const loginAgent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  return Promise.all([
    probeLoop(() => request(pageAgent, { port, path: '/admin/login', timeout: PROBE_TIMEOUT_MS }), 250, until),
    probeLoop(
      () =>
        request(readAgent, {
          port,
          path: READ_PATH,
          headers: { authorization: `JWT ${token}` },
          timeout: PROBE_TIMEOUT_MS,
        }),
      250,
      until,
    ),
    probeLoop(() => signIn(loginAgent, port).then(({ token: _t, ...rest }) => rest), 1000, until),
  ]).then(([page, read, login]) => {
    for (const agent of [pageAgent, readAgent, loginAgent]) agent.destroy()
    const steady = (samples) => summarize(samples.filter((s) => s.at - begin >= STEADY_AFTER * 1000))
    return {
      page: summarize(page),
      read: summarize(read),
      login: summarize(login),
      steady: { page: steady(page), read: steady(read), login: steady(login) },
    }
  })
}

const ADMIN_EMAIL = 'bench-flood@example.org'
const ADMIN_PASSWORD = 'Qingfeng-flood-bench-2026!'

async function signIn(agent, port) {
  const result = await request(agent, {
    port,
    method: 'POST',
    path: '/api/users/login',
    keepBody: true,
    timeout: PROBE_TIMEOUT_MS,
    headers: { 'x-forwarded-for': '203.0.113.9' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  let token
  try {
    token = JSON.parse(result.body).token
  } catch {
    /* not JSON */
  }
  return { status: result.status, error: result.error, ms: result.ms, token }
}

// ---------------------------------------------------------------------------------------------
// The product

const CONFIGS = {
  off: { label: 'default (no PUBLIC_API)', env: {}, xff: false },
  'off-xff': { label: 'default, 20 X-Forwarded-For', env: {}, xff: true },
  public: { label: 'PUBLIC_API=1, default limits', env: { PUBLIC_API: '1' }, xff: false },
  'public-xff': { label: 'PUBLIC_API=1, default limits, 20 X-Forwarded-For', env: { PUBLIC_API: '1' }, xff: true },
  unlimited: {
    label: 'PUBLIC_API=1, limits lifted',
    env: { PUBLIC_API: '1', API_RATE_LIMIT: '1000000', API_GLOBAL_RATE_LIMIT: '1000000' },
    xff: false,
  },
  'unlimited-xff': {
    label: 'PUBLIC_API=1, limits lifted, 20 X-Forwarded-For',
    env: { PUBLIC_API: '1', API_RATE_LIMIT: '1000000', API_GLOBAL_RATE_LIMIT: '1000000' },
    xff: true,
  },
}

/** Starts `node .build/scripts/start.mjs` in its own process group; resolves once the admin answers. */
async function startProduct(work, opts, extraEnv, logFile) {
  const env = {
    ...process.env,
    DATA_DIR: path.join(work, 'data'),
    CONTENT_DIR: path.join(work, 'content'),
    PUBLISH_DIR: path.join(work, 'publish'),
    LIVE_DIR: path.join(work, 'dist'),
    CMS_PORT: String(opts.cmsPort),
    SITE_PORT: String(opts.sitePort),
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    ...extraEnv,
  }
  for (const name of ['PUBLIC_API', 'API_RATE_LIMIT', 'API_GLOBAL_RATE_LIMIT', 'DATABASE_URI', 'NODE_ENV'])
    if (!(name in extraEnv)) delete env[name]
  const out = fs.openSync(logFile, 'a')
  const child = spawn(process.execPath, ['.build/scripts/start.mjs'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', out, out],
  })
  fs.closeSync(out)
  let exited = null
  child.on('exit', (code) => (exited = code ?? 'signal'))
  const started = Date.now()
  const agent = new http.Agent({ keepAlive: false })
  while (Date.now() - started < opts.startTimeout * 1000) {
    if (exited !== null)
      throw new Error(
        `the product exited (${exited}) before answering:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`,
      )
    const log = fs.readFileSync(logFile, 'utf8')
    if (log.includes('崇德倡廉 已启动')) {
      const res = await request(agent, { port: opts.cmsPort, path: '/admin/login', timeout: 30_000 })
      if (res.status === 200) return { child, seconds: (Date.now() - started) / 1000 }
    }
    await sleep(500)
  }
  stopProduct(child)
  throw new Error(
    `the product did not start within ${opts.startTimeout} s:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`,
  )
}

async function stopProduct(child) {
  if (!child || child.exitCode !== null) return
  const gone = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  const timedOut = await Promise.race([gone.then(() => false), sleep(15_000).then(() => true)])
  if (timedOut)
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      /* gone */
    }
  await sleep(500) // let the ports close
}

/** CPU seconds (user + system) used so far by every process in the product's process group. */
function groupCpuSeconds(pgid) {
  const ticks = 100 // USER_HZ on Linux
  let total = 0
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // fields[0] is field 3 (state): pgrp is field 5, utime 14, stime 15.
      if (Number(fields[2]) === pgid) total += (Number(fields[11]) + Number(fields[12])) / ticks
    } catch {
      /* gone */
    }
  }
  return total
}

function runFlood(opts, xff) {
  return new Promise((resolve, reject) => {
    const worker = spawn(
      process.execPath,
      [
        fileURLToPath(import.meta.url),
        '--flood-worker',
        JSON.stringify({ port: opts.cmsPort, clients: opts.clients, seconds: opts.duration, xff }),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    worker.stdout.on('data', (d) => (out += d))
    worker.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`flood worker exited ${code}`)),
    )
  })
}

// ---------------------------------------------------------------------------------------------

const fmt = (ms) =>
  Number.isNaN(ms) ? '–' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`
const trio = (s) => `${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.max)}`
const mix = (statuses) =>
  Object.entries(statuses)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}×${v}`)
    .join(', ')
const ratio = (a, b) => `${(a / b).toFixed(1)}×`

async function main() {
  const opts = {
    duration: 20,
    reference: 10,
    clients: 20,
    configs: ['off', 'public', 'public-xff', 'unlimited'],
    cmsPort: 3200,
    sitePort: 4500,
    startTimeout: 600,
    keep: false,
  }
  const argv = process.argv.slice(2)
  for (let i = 0; i < argv.length; i++) {
    const next = () => argv[++i]
    if (argv[i] === '--duration') opts.duration = Number(next())
    else if (argv[i] === '--reference') opts.reference = Number(next())
    else if (argv[i] === '--clients') opts.clients = Number(next())
    else if (argv[i] === '--configs') opts.configs = next().split(',')
    else if (argv[i] === '--cms-port') opts.cmsPort = Number(next())
    else if (argv[i] === '--site-port') opts.sitePort = Number(next())
    else if (argv[i] === '--start-timeout') opts.startTimeout = Number(next())
    else if (argv[i] === '--keep') opts.keep = true
    else throw new Error(`unknown argument: ${argv[i]}`)
  }
  for (const name of opts.configs)
    if (!CONFIGS[name]) throw new Error(`unknown configuration ${name} (${Object.keys(CONFIGS).join(', ')})`)
  if (!fs.existsSync(path.join(root, '.build/scripts/start.mjs')))
    throw new Error('run `node scripts/compile.mjs` first')

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdql-api-flood-'))
  // The hand-written pages live beside the export in content/ (as in the repository).
  fs.cpSync(path.join(root, 'content/pages'), path.join(work, 'content', 'pages'), { recursive: true })
  const logFile = path.join(work, 'start.log')
  console.log(
    `work folder ${work}; ${opts.clients} clients × GET ${FLOOD_PATH} for ${opts.duration} s; reference ${opts.reference} s; ${os.cpus().length} CPUs`,
  )

  let product = null
  const cleanup = async () => {
    await stopProduct(product?.child)
    if (!opts.keep) fs.rmSync(work, { recursive: true, force: true })
  }
  process.on('SIGINT', () => cleanup().finally(() => process.exit(130)))

  const results = []
  try {
    for (const name of opts.configs) {
      const config = CONFIGS[name]
      fs.appendFileSync(logFile, `\n===== ${name} =====\n`)
      product = await startProduct(work, opts, config.env, logFile)
      console.log(
        `\n[${name}] ${config.label}: started in ${product.seconds.toFixed(0)} s (load average ${os.loadavg()[0].toFixed(2)})`,
      )
      const login = await signIn(new http.Agent(), opts.cmsPort)
      if (!login.token) throw new Error(`sign-in failed: HTTP ${login.status}`)
      // Warm-up: the first server renders and queries of a fresh `next start`.
      const warm = new http.Agent({ keepAlive: true })
      for (let i = 0; i < 5; i++) {
        await request(warm, { port: opts.cmsPort, path: '/admin/login', timeout: PROBE_TIMEOUT_MS })
        await request(warm, {
          port: opts.cmsPort,
          path: READ_PATH,
          headers: { authorization: `JWT ${login.token}` },
          timeout: PROBE_TIMEOUT_MS,
        })
      }
      warm.destroy()

      const reference = await probes(opts.cmsPort, login.token, opts.reference)
      const cpuBefore = groupCpuSeconds(product.child.pid)
      const floodStarted = performance.now()
      const [flood, underFlood] = await Promise.all([
        runFlood(opts, config.xff),
        probes(opts.cmsPort, login.token, opts.duration),
      ])
      const serverCores = (groupCpuSeconds(product.child.pid) - cpuBefore) / ((performance.now() - floodStarted) / 1000)
      const result = { name, label: config.label, reference, flood, underFlood, serverCores }
      results.push(result)

      console.log(
        `  flood: ${(flood.all.n / flood.wall).toFixed(0)} req/s (${flood.all.n} in ${flood.wall.toFixed(1)} s), status ${mix(flood.all.statuses)}; ` +
          `200s: ${(flood.ok.n / flood.wall).toFixed(1)}/s (per 10 s: ${flood.okPer10s.join(', ')}); latency p50/p95/max ${trio(flood.all)}` +
          (flood.ok.n ? `, of the 200s ${trio(flood.ok)}` : '') +
          `\n  CPU during the flood: product ${serverCores.toFixed(2)} cores, flood clients ${(flood.cpuSeconds / flood.wall).toFixed(2)} cores`,
      )
      for (const [key, what] of [
        ['page', 'GET /admin/login'],
        ['read', 'signed-in read'],
        ['login', 'sign-in (POST)'],
      ]) {
        const ref = reference[key]
        const under = underFlood[key]
        const steady = underFlood.steady[key]
        console.log(
          `  ${what.padEnd(17)} no flood ${trio(ref)} [${mix(ref.statuses)}] | flood ${trio(under)} [${mix(under.statuses)}] | p50 ${ratio(under.p50, ref.p50)}, p95 ${ratio(under.p95, ref.p95)} | after ${STEADY_AFTER} s of flood ${trio(steady)} [${mix(steady.statuses)}]`,
        )
      }
      await stopProduct(product.child)
      product = null
    }
  } finally {
    await cleanup()
  }

  console.log(
    '\n| configuration | flood req/s | flood status mix | 200/s | product CPU | flood p50 / p95 / max | GET /admin/login p50 / p95 / max: no flood → flood (p50 ratio; p50 after 5 s) | signed-in read: no flood → flood (p50 ratio; p50 after 5 s) | sign-in POST under flood |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const r of results) {
    const { flood, reference: ref, underFlood: u } = r
    console.log(
      `| ${r.label} | ${(flood.all.n / flood.wall).toFixed(0)} | ${mix(flood.all.statuses)} | ${(flood.ok.n / flood.wall).toFixed(1)} | ${r.serverCores.toFixed(2)} cores | ${trio(flood.all)} | ${trio(ref.page)} → ${trio(u.page)} (${ratio(u.page.p50, ref.page.p50)}; ${fmt(u.steady.page.p50)}) | ${trio(ref.read)} → ${trio(u.read)} (${ratio(u.read.p50, ref.read.p50)}; ${fmt(u.steady.read.p50)}) | ${mix(u.login.statuses)}, p50 ${fmt(u.login.p50)} |`,
    )
  }
}

if (process.argv[2] === '--flood-worker') {
  await floodWorker(JSON.parse(process.argv[3]))
} else {
  await main()
}
