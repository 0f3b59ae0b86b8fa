import { closeSync, openSync, readdirSync, readlinkSync, statSync } from 'node:fs'
import fs from 'node:fs/promises'
import { request } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveSite } from '../helpers/staticServer'

let dir: string
let site: { url: string; close: () => Promise<void> }

/** A raw GET (fetch would decompress and hide the encoding). */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    // A server that crashed or hung must fail the test, not stall it.
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${url} in 10 s`)))
    req.on('error', reject).end()
  })
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'static-'))
  await fs.mkdir(path.join(dir, '_astro'))
  await fs.writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><title>首页</title>${'崇德倡廉'.repeat(200)}</html>`,
  )
  await fs.writeFile(path.join(dir, '_astro', 'app.Ab12.css'), 'body{color:#000}'.repeat(50))
  await fs.writeFile(path.join(dir, '404.html'), '<!doctype html><title>页面未找到</title>')
  await fs.mkdir(path.join(dir, 'media'))
  await fs.writeFile(path.join(dir, 'media', 'archive.bin'), Buffer.alloc(8 * 1024 * 1024, 7))
  await fs.writeFile(
    path.join(dir, 'media', 'open-data.json'),
    JSON.stringify(Array.from({ length: 200_000 }, (_, i) => ({ i, s: `${i * 7919}` }))),
  )
  site = await serveSite(dir)
})

afterAll(async () => {
  await site?.close()
  await fs.rm(dir, { recursive: true, force: true })
})

describe('the static server npm start uses', () => {
  it('should gzip text for clients that accept it, and send it plain to others', async () => {
    const zipped = await get(`${site.url}/`, { 'Accept-Encoding': 'gzip, br' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(zipped.body).toString('utf8')).toContain('<title>首页</title>')
    expect(zipped.body.length).toBeLessThan(500)
    const plain = await get(`${site.url}/`)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toContain('<title>首页</title>')
  })

  it('should cache hashed assets for a year and make HTML revalidate', async () => {
    expect((await get(`${site.url}/_astro/app.Ab12.css`)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    expect((await get(`${site.url}/`)).headers['cache-control']).toBe('no-cache')
    const missing = await get(`${site.url}/nope/`)
    expect(missing.status).toBe(404)
    expect(missing.body.toString('utf8')).toContain('页面未找到')
  })

  it('should redirect a folder without its slash on the same site only, with the security headers', async () => {
    const { port } = new URL(site.url)
    const raw = (pathAndQuery: string) =>
      new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: pathAndQuery }, (res) => {
          res.resume()
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
        })
          .on('error', reject)
          .end()
      })
    const plain = await raw('/_astro?x=1')
    expect(plain).toMatchObject({ status: 301, headers: { location: '/_astro/?x=1' } })
    // `/.//_astro` is the folder `//_astro` to a URL parser: a Location of `//_astro/` would be another host.
    const sneaky = await raw('/.//_astro')
    expect(sneaky).toMatchObject({ status: 301, headers: { location: '/_astro/' } })
    expect(sneaky.headers['x-content-type-options']).toBe('nosniff')
    expect((await raw('/%E0%A4%A')).headers['content-security-policy']).toBeTruthy()
  })
})

const UNOPENABLE = ['/sys/bus/pci/rescan', '/sys/class/zram-control/hot_remove', '/sys/kernel/mm/ksm/run'].find(
  (file) => {
    try {
      if (!statSync(file).isFile()) return false
      closeSync(openSync(file, 'r'))
      return false
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EACCES'
    }
  },
)

/** Descriptors this process holds open on `file` (the server runs in the test's process). */
function openDescriptors(file: string): number {
  let n = 0
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`) === file) n++
    } catch {
      // closed while listing
    }
  }
  return n
}

/** Starts a download, waits for its first bytes, then drops the connection. */
function abortAfterFirstChunk(url: string, headers: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      res.once('data', () => {
        req.destroy()
        resolve()
      })
    })
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve() : reject(error)))
    req.end()
  })
}

async function eventually(check: () => boolean, ms = 3000): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (check()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return check()
}

describe('the static server under faults', () => {
  it('should close the file of every download the client aborts', async () => {
    for (const [name, headers] of [
      ['archive.bin', {}],
      ['open-data.json', { 'Accept-Encoding': 'gzip' }],
    ] as const) {
      const file = await fs.realpath(path.join(dir, 'media', name))
      const before = openDescriptors(file)
      for (let i = 0; i < 25; i++) await abortAfterFirstChunk(`${site.url}/media/${name}`, headers)
      expect(
        await eventually(() => openDescriptors(file) === before),
        `${name}: ${openDescriptors(file) - before} descriptors left open`,
      ).toBe(true)
    }
    const whole = await get(`${site.url}/media/archive.bin`)
    expect(whole.body.length).toBe(8 * 1024 * 1024)
  })

  // A write-only kernel file: listed as a regular file, but opening it fails with EACCES even for
  // root, as a file with broken permissions or a disk fault would.
  it.skipIf(!UNOPENABLE)('should answer a file it cannot read with an error and keep serving', async () => {
    await fs.symlink(UNOPENABLE!, path.join(dir, 'unreadable.txt'))
    const res = await get(`${site.url}/unreadable.txt`)
    expect(res.status).toBe(500)
    expect((await get(`${site.url}/`)).status).toBe(200)
  })

  it('should keep serving while a file is swapped for a folder and back', async () => {
    const target = path.join(dir, 'swap.txt')
    let swapping = true
    const swapper = (async () => {
      while (swapping) {
        await fs.writeFile(target, 'x'.repeat(100_000))
        await fs.rm(target, { force: true })
        await fs.mkdir(target)
        await fs.rmdir(target)
      }
    })()
    const statuses = new Set<number>()
    for (let i = 0; i < 300; i++) statuses.add((await get(`${site.url}/swap.txt`).catch(() => ({ status: 0 }))).status)
    swapping = false
    await swapper
    for (const status of statuses) expect([200, 301, 404]).toContain(status)
    expect((await get(`${site.url}/`)).status).toBe(200)
  })
})
