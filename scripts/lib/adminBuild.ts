import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { rootDir } from './publishPaths'

const cmsDir = path.join(rootDir, 'cms')
const stampFile = path.join(cmsDir, '.next', 'source-hash')

/** What `next build` itself writes into cms/: hashing it would make every build look stale. */
const BUILD_OUTPUTS = new Set(['.next', 'node_modules', 'next-env.d.ts'])

/** A hash of everything the admin build depends on: cms/ sources, the shared code and model in content/ and the installed packages. */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha256')
  const walk = async (dir: string): Promise<void> => {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (BUILD_OUTPUTS.has(entry.name)) continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile()) hash.update(full).update(await fs.readFile(full))
    }
  }
  await walk(cmsDir)
  await walk(path.join(rootDir, 'content', 'shared'))
  await walk(path.join(rootDir, 'content', 'model'))
  hash.update(await fs.readFile(path.join(rootDir, 'package-lock.json')).catch(() => Buffer.alloc(0)))
  return hash.digest('hex')
}

export const nextBin = path.join(rootDir, 'node_modules', 'next', 'dist', 'bin', 'next')

/**
 * Builds the admin (next build, ~1.5 min) unless the last build was made from the same sources,
 * so a second `npm start` starts in seconds.
 */
export async function ensureAdminBuild(log: (line: string) => void): Promise<void> {
  const hash = await sourceHash()
  const built = await fs.readFile(stampFile, 'utf8').catch(() => '')
  const hasBuild = await fs.stat(path.join(cmsDir, '.next', 'BUILD_ID')).then(
    () => true,
    () => false,
  )
  if (built === hash && hasBuild) {
    log('[后台] 管理后台已是最新构建')
    return
  }
  log('[后台] 构建管理后台（首次约需 1–2 分钟）…')
  const started = Date.now()
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build', cmsDir], {
      cwd: rootDir,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // Never leave a build running behind a start-up that failed elsewhere.
    const killChild = () => child.kill('SIGTERM')
    process.once('exit', killChild)
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => {
      process.off('exit', killChild)
      return code === 0
        ? resolve()
        : reject(new Error(`管理后台构建失败（next build 退出码 ${code}）：\n${output.slice(-4000)}`))
    })
  })
  await fs.writeFile(stampFile, hash)
  log(`[后台] 构建完成，用时 ${((Date.now() - started) / 1000).toFixed(0)} 秒`)
}
