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
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject).end()
  })
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'static-'))
  await fs.mkdir(path.join(dir, '_astro'))
  await fs.writeFile(path.join(dir, 'index.html'), `<!doctype html><html lang="zh-CN"><title>首页</title>${'崇德倡廉'.repeat(200)}</html>`)
  await fs.writeFile(path.join(dir, '_astro', 'app.Ab12.css'), 'body{color:#000}'.repeat(50))
  await fs.writeFile(path.join(dir, '404.html'), '<!doctype html><title>页面未找到</title>')
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
    expect((await get(`${site.url}/_astro/app.Ab12.css`)).headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await get(`${site.url}/`)).headers['cache-control']).toBe('no-cache')
    const missing = await get(`${site.url}/nope/`)
    expect(missing.status).toBe(404)
    expect(missing.body.toString('utf8')).toContain('页面未找到')
  })
})
