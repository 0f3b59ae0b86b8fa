// What the publish benchmarks measure a command by: wall time and peak RSS under GNU time, and
// the pages and size of what it built.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** Both benchmarks compare against Debian's Hugo and read GNU time. */
export function requireTools() {
  for (const tool of ['/usr/bin/time', 'hugo']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
      throw new Error(`${tool} is missing: apt-get install -y time hugo`)
  }
}

/**
 * Runs a command under GNU time; returns wall seconds, peak RSS in MB (`%M`: the largest
 * process) and its standard output. `statsFile` receives GNU time's report.
 */
export function timed(statsFile, cmd, args, { cwd, env = process.env } = {}) {
  const result = spawnSync('/usr/bin/time', ['-o', statsFile, '-f', '%e %M', cmd, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`)
  const [wall, kb] = fs.readFileSync(statsFile, 'utf8').trim().split(/\s+/).map(Number)
  return { wall, rssMb: kb / 1024, stdout: result.stdout }
}

/** HTML pages and total megabytes under a folder. */
export function treeStats(dir) {
  let bytes = 0
  let pages = 0
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
    if (entry.name.endsWith('.html')) pages++
  }
  return { pages, mb: bytes / 1024 / 1024 }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/**
 * The environment of one benchmark site folder (made by bench/publish-full.mjs): its own
 * SQLite database, content, builds and live link, production mode, no automatic publishing.
 */
export function siteEnv(dir, secret) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: path.join(dir, 'data'),
    DATABASE_URI: `file:${path.join(dir, 'data', 'cms.db')}`,
    PAYLOAD_SECRET: secret,
    CONTENT_DIR: path.join(dir, 'content'),
    PUBLISH_DIR: path.join(dir, 'publish'),
    LIVE_DIR: path.join(dir, 'dist'),
    AUTO_PUBLISH: '0',
  }
}

/**
 * Waits until the builds a publish pruned have been deleted in the background (`.publish/trash`,
 * README): back-to-back runs would otherwise time the previous run's disk work too, which an
 * editor publishing minutes apart never waits for. Returns the seconds waited.
 */
export function settleTrash(publishDir, limitMs = 120_000) {
  const trash = path.join(publishDir, 'trash')
  const started = Date.now()
  while (fs.existsSync(trash) && fs.readdirSync(trash).length && Date.now() - started < limitMs)
    spawnSync('sleep', ['0.2'])
  if (fs.existsSync(trash) && fs.readdirSync(trash).length)
    throw new Error(`${trash} was not emptied within ${limitMs / 1000} s`)
  return (Date.now() - started) / 1000
}
