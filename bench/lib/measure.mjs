// What the publish benchmarks measure a command by: wall time and peak RSS under GNU time, and
// the pages and size of what it built.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Both benchmarks compare against Debian's Hugo and read GNU time. */
export function requireTools() {
  for (const tool of ['/usr/bin/time', 'hugo']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is missing: apt-get install -y time hugo`);
  }
}

/**
 * Runs a command under GNU time; returns wall seconds, peak RSS in MB (`%M`: the largest
 * process) and its standard output. `statsFile` receives GNU time's report.
 */
export function timed(statsFile, cmd, args, { cwd, env = process.env } = {}) {
  const result = spawnSync('/usr/bin/time', ['-o', statsFile, '-f', '%e %M', cmd, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  const [wall, kb] = fs.readFileSync(statsFile, 'utf8').trim().split(/\s+/).map(Number);
  return { wall, rssMb: kb / 1024, stdout: result.stdout };
}

/** HTML pages and total megabytes under a folder. */
export function treeStats(dir) {
  let bytes = 0;
  let pages = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { pages, mb: bytes / 1024 / 1024 };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
