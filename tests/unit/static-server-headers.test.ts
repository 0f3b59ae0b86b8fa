// The built-in server (`npm start`) and docs/nginx.conf.example must send the same security
// headers: both are read from their source here, so neither can change alone.
import fs from 'node:fs/promises'
import { request } from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStaticServer } from '../../scripts/lib/serveStatic'
import { downloadHeaders, securityHeaders } from '../../scripts/lib/securityHeaders'

type Headers = Record<string, string>

/** add_header directives of every block of an nginx file, keyed by the block's path ("server 2 > location ^~ /media/"). */
function nginxHeaders(text: string): Map<string, Headers> {
  const blocks = new Map<string, Headers>()
  const stack: string[] = []
  let servers = 0
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\s*#.*$/, '').trim()
    if (!line) continue
    const open = line.match(/^(.*?)\s*\{$/)
    if (open) {
      stack.push(open[1] === 'server' ? `server ${++servers}` : open[1])
      continue
    }
    if (line === '}') {
      stack.pop()
      continue
    }
    const header = line.match(/^add_header\s+(\S+)\s+(?:"([^"]*)"|(\S+))\s+always;$/)
    if (header) {
      const key = stack.join(' > ')
      blocks.set(key, { ...blocks.get(key), [header[1]]: header[2] ?? header[3] })
    } else expect(line.startsWith('add_header'), `unparsed: ${line}`).toBe(false)
  }
  return blocks
}

const lower = (headers: Headers) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
const without = (headers: Record<string, unknown>, ...names: string[]) =>
  Object.fromEntries(Object.entries(headers).filter(([k]) => !names.includes(k)))

let dir: string
let nginx: Map<string, Headers>
const servers: { url: string; close: () => Promise<void> }[] = []

async function serve(https: boolean) {
  const server = createStaticServer(dir, { https })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as { port: number }
  const handle = {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
  servers.push(handle)
  return handle.url
}

function head(
  url: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${url}`)))
    req.on('error', reject).end()
  })
}

const SECURITY = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'permissions-policy',
  'strict-transport-security',
]
const securityOf = (headers: Record<string, unknown>) =>
  Object.fromEntries(SECURITY.filter((h) => h in headers).map((h) => [h, headers[h]]))

beforeAll(async () => {
  nginx = nginxHeaders(await fs.readFile('docs/nginx.conf.example', 'utf8'))
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'static-headers-'))
  await fs.mkdir(path.join(dir, 'media'))
  await fs.writeFile(path.join(dir, 'index.html'), '<!doctype html><title>首页</title>')
  await fs.writeFile(path.join(dir, '404.html'), '<!doctype html><title>页面未找到</title>')
  await fs.writeFile(path.join(dir, 'media', 'report.html'), '<!doctype html><script>alert(document.cookie)</script>')
  await fs.writeFile(
    path.join(dir, 'media', 'logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  )
  await fs.writeFile(path.join(dir, 'media', 'notes.xyz'), '<script>alert(1)</script>')
  await fs.writeFile(path.join(dir, 'media', '通报 "第1期";v2.pdf'), '%PDF-1.7')
  await fs.writeFile(path.join(dir, 'media', 'photo.JPG'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]))
})

afterAll(async () => {
  for (const s of servers) await s.close()
  await fs.rm(dir, { recursive: true, force: true })
})

describe('security headers: built-in server and nginx example', () => {
  it('should list in the nginx example exactly the headers the built-in server sends over HTTPS', async () => {
    const site = nginx.get('server 2')
    expect(site, 'the HTTPS server block').toBeDefined()
    expect(without(site!, 'Cache-Control')).toEqual(securityHeaders({ https: true }))
    const page = await head(`${await serve(true)}/`)
    expect(securityOf(page.headers)).toEqual(lower(securityHeaders({ https: true })))
  })

  it('should leave out only the HTTPS-only parts when the built-in server speaks plain HTTP', async () => {
    const page = await head(`${await serve(false)}/`)
    const https = lower(securityHeaders({ https: true }))
    expect(page.headers['strict-transport-security']).toBeUndefined()
    expect(page.headers['content-security-policy']).toBe(
      https['content-security-policy'].replace('; upgrade-insecure-requests', ''),
    )
    expect(without(securityOf(page.headers), 'content-security-policy')).toEqual(
      without(https, 'strict-transport-security', 'content-security-policy'),
    )
    // An unknown URL carries them too.
    const missing = await head(`${await serve(false)}/nope/`)
    expect(missing.status).toBe(404)
    expect(missing.headers['content-security-policy']).toBe(page.headers['content-security-policy'])
  })

  it('should repeat the headers in the nginx /media/ location, which drops the server-level ones', () => {
    const media = nginx.get('server 2 > location ^~ /media/')
    expect(without(media!, 'Cache-Control', 'Content-Disposition')).toEqual(downloadHeaders({ https: true }))
    expect(media!['Content-Disposition']).toBe('attachment')
    expect(media!['Cache-Control']).toBe('$cdql_cache_control')
    const images = nginx.get('server 2 > location ^~ /media/ > location ~* \\.(png|jpe?g|webp|gif)$')
    expect(without(images!, 'Cache-Control')).toEqual(securityHeaders({ https: true }))
  })
})

describe('uploads under /media/', () => {
  it('should make an uploaded HTML page a sandboxed download, never a page of the site', async () => {
    const url = await serve(false)
    const res = await head(`${url}/media/report.html`)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/octet-stream')
    expect(res.headers['content-disposition']).toMatch(/^attachment;/)
    expect(res.headers['content-security-policy']).toMatch(/^sandbox\b/)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    for (const name of ['logo.svg', 'notes.xyz']) {
      const other = await head(`${url}/media/${name}`)
      expect(other.headers['content-type'], name).toBe('application/octet-stream')
      expect(other.headers['content-disposition'], name).toMatch(/^attachment;/)
      expect(other.headers['content-security-policy'], name).toMatch(/^sandbox\b/)
    }
  })

  it('should download a PDF under its own name, encoded so the name cannot break the header', async () => {
    const res = await head(`${await serve(false)}/media/${encodeURIComponent('通报 "第1期";v2.pdf')}`)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-security-policy']).toMatch(/^sandbox\b/)
    const disposition = String(res.headers['content-disposition'])
    expect(disposition).toBe(
      `attachment; filename="_____1___v2.pdf"; filename*=UTF-8''${encodeURIComponent('通报 "第1期";v2.pdf')}`,
    )
    const encoded = disposition.split("filename*=UTF-8''")[1]
    expect(decodeURIComponent(encoded)).toBe('通报 "第1期";v2.pdf')
    expect(encoded).toMatch(/^[A-Za-z0-9%!#$&+.^_`|~-]+$/)
  })

  it('should show allow-listed images inline with the page headers', async () => {
    const res = await head(`${await serve(false)}/media/photo.JPG`)
    expect(res.headers['content-type']).toBe('image/jpeg')
    expect(res.headers['content-disposition']).toBeUndefined()
    expect(res.headers['content-security-policy']).toBe(securityHeaders({ https: false })['Content-Security-Policy'])
  })
})
