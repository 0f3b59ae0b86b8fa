import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { createGzip } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

/**
 * Serves the live static site. The live folder is a symlink that a publish run switches, so it
 * is resolved on every request: a request sees one whole build, old or new.
 */
export function createStaticServer(liveDir: string): http.Server {
  return http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end()
        return
      }
      const root = await fs.realpath(liveDir).catch(() => null)
      if (!root) {
        res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('网站尚未发布。')
        return
      }
      const url = new URL(req.url ?? '/', 'http://localhost')
      let pathname: string
      try {
        pathname = decodeURIComponent(url.pathname)
      } catch {
        res.writeHead(400).end()
        return
      }
      const file = path.join(root, path.normalize(pathname))
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end()
        return
      }
      const stat = await fs.stat(file).catch(() => null)
      if (stat?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end()
          return
        }
        return send(req, res, path.join(file, 'index.html'), 200, root)
      }
      if (stat?.isFile()) return send(req, res, file, 200, root)
      return send(req, res, path.join(root, '404.html'), 404, root)
    } catch (error) {
      console.error('[网站] 请求处理失败', error)
      if (!res.headersSent) res.writeHead(500).end()
    }
  })
}

async function send(req: http.IncomingMessage, res: http.ServerResponse, file: string, status: number, root: string) {
  const stat = await fs.stat(file).catch(() => null)
  if (!stat?.isFile()) {
    const fallback = path.join(root, '404.html')
    if (file !== fallback) return send(req, res, fallback, 404, root)
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('页面不存在')
    return
  }
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  // Text (pages, search index files) compresses 3–5×; images are compressed already.
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  res.writeHead(status, {
    'Content-Type': type,
    ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': stat.size }),
    Vary: 'Accept-Encoding',
    'Cache-Control': cacheControl(root, file, type),
    'X-Content-Type-Options': 'nosniff',
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = createReadStream(file)
  if (gzip) stream.pipe(createGzip({ level: 6 })).pipe(res)
  else stream.pipe(res)
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript))|image\/svg/

/**
 * HTML and the search index entry revalidate; Astro's hashed assets and the search index's
 * per-build folders never change under their name; the rest briefly.
 */
function cacheControl(root: string, file: string, type: string): string {
  const relative = path.relative(root, file).split(path.sep).join('/')
  if (type.startsWith('text/html') || relative === 'search-index/entry.json') return 'no-cache'
  if (relative.startsWith('_astro/') || relative.startsWith('search-index/')) return 'public, max-age=31536000, immutable'
  return 'public, max-age=300'
}
