import { spawn } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * Runs `npm start`'s entry point until it exits; a start-up that hangs is killed after 30 s and
 * reports a null exit code, failing the test.
 */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve('.build/scripts/start.mjs')], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('exit', (code) => {
      clearTimeout(guard)
      resolve({ code, output })
    })
  })
}

describe('npm start with a database it cannot use', () => {
  it('should exit quickly, naming the unreachable MongoDB URI (password hidden) and why', async () => {
    const { code, output } = await start({
      DATABASE_URI: 'mongodb://editor:s3cret@127.0.0.1:9/chongde',
      CMS_PORT: '3981',
      SITE_PORT: '4981',
    })
    expect(code).toBe(1)
    expect(output).toContain('无法连接数据库 mongodb://editor:***@127.0.0.1:9/chongde')
    expect(output).toContain('ECONNREFUSED')
    expect(output).not.toContain('s3cret')
  }, 40_000)

  it('should refuse a DATABASE_URI that is neither SQLite nor MongoDB', async () => {
    const { code, output } = await start({
      DATABASE_URI: 'postgres://db.example/chongde',
      CMS_PORT: '3982',
      SITE_PORT: '4982',
    })
    expect(code).toBe(1)
    expect(output).toContain('DATABASE_URI「postgres://db.example/chongde」不受支持')
  }, 40_000)

  it('should refuse a listening address with a port in it before touching anything', async () => {
    const { code, output } = await start({
      CMS_HOST: '127.0.0.1:3000',
      CMS_PORT: '3983',
      SITE_PORT: '4983',
      DATABASE_URI: 'postgres://db.example/chongde',
    })
    expect(code).toBe(1)
    expect(output).toContain('CMS_HOST=「127.0.0.1:3000」不是有效的监听地址')
    expect(output).not.toContain('DATABASE_URI')
  }, 40_000)
})
