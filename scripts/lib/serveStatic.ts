import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

import { attachmentDisposition, isMediaPath, mediaType } from './mediaFiles'
import { downloadHeaders, securityHeaders, type TransportOptions } from './securityHeaders'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
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
 * Serves the live static site. Not sirv (measured in bench/libraries.ts): it lists the files
 * once at start, so after a publish switches the live build it answers 404 for a page only the
 * new build has; it sends none of the security headers; and it was not faster (about 2,000 req/s
 * for both, docs/benchmarks.md).
 * The live folder is a symlink that a publish run switches, so it
 * is resolved on every request: a request sees one whole build, old or new. `https`: the site is
 * reached over HTTPS (through a proxy that terminates TLS), which adds the HTTPS-only headers.
 */
export function createStaticServer(liveDir: string, transport: TransportOptions = { https: false }): http.Server {
  return http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', ...securityHeaders(transport) }).end()
        return
      }
      const root = await fs.realpath(liveDir).catch(() => null)
      if (!root) {
        res
          .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(transport) })
          .end('网站尚未发布。')
        return
      }
      const url = new URL(req.url ?? '/', 'http://localhost')
      let pathname: string
      try {
        pathname = decodeURIComponent(url.pathname)
      } catch {
        res.writeHead(400, securityHeaders(transport)).end()
        return
      }
      const file = path.join(root, path.normalize(pathname))
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403, securityHeaders(transport)).end()
        return
      }
      const stat = await fs.stat(file).catch(() => null)
      if (stat?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          // One leading slash: `//host/` would send the visitor to another site.
          res
            .writeHead(301, {
              Location: `/${url.pathname.replace(/^\/+/, '')}/${url.search}`,
              ...securityHeaders(transport),
            })
            .end()
          return
        }
        return await send(req, res, path.join(file, 'index.html'), 200, root, transport)
      }
      return await send(req, res, file, 200, root, transport)
    } catch (error) {
      console.error('[网站] 请求处理失败 (request failed)', req.url, error)
      if (!res.headersSent)
        res
          .writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(transport) })
          .end('服务器内部错误')
      else res.destroy()
    }
  })
}

/**
 * Sends one file. It is opened first and then examined through the open handle, so what is
 * sent is the file that was checked even when a publish or a rollback replaces it meanwhile;
 * every way a response can end (done, client gone, read error) closes the handle.
 */
async function send(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  file: string,
  status: number,
  root: string,
  transport: TransportOptions,
): Promise<void> {
  const handle = await fs.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    // Missing or not a folder on the way: a 404 like any unknown URL; anything else is a fault.
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'EISDIR') return null
    throw error
  })
  let streaming = false
  try {
    const stat = handle && (await handle.stat())
    if (!handle || !stat?.isFile()) {
      const fallback = path.join(root, '404.html')
      if (file !== fallback) return await send(req, res, fallback, 404, root, transport)
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(transport) })
        .end('页面不存在')
      return
    }
    const relative = path.relative(root, file).split(path.sep).join('/')
    const media = isMediaPath(relative) ? mediaType(path.extname(file)) : null
    const type = media?.type ?? TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
    // Text (pages, search index files) compresses 3–5×; images are compressed already.
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    res.writeHead(status, {
      'Content-Type': type,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': stat.size }),
      Vary: 'Accept-Encoding',
      'Cache-Control': cacheControl(relative, type),
      ...(media && !media.inline
        ? { ...downloadHeaders(transport), 'Content-Disposition': attachmentDisposition(path.basename(file)) }
        : securityHeaders(transport)),
    })
    if (req.method === 'HEAD' || stat.size === 0) {
      res.end()
      return
    }
    // Never more than the size announced: a file growing meanwhile must not overrun Content-Length.
    const stream = handle.createReadStream({ start: 0, end: stat.size - 1 })
    streaming = true
    try {
      // pipeline destroys every stream when one fails or the client goes away; destroying the
      // file stream closes the handle.
      await (gzip ? pipeline(stream, createGzip({ level: 6 }), res) : pipeline(stream, res))
    } catch (error) {
      if (!clientGone(error)) console.error('[网站] 文件读取失败 (read failed)', file, error)
      res.destroy()
    }
  } finally {
    if (handle && !streaming) await handle.close().catch(() => {})
  }
}

/** The client closed the connection before the end: normal for aborted downloads, not logged. */
function clientGone(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code
  return code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || code === 'EPIPE'
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript))|image\/svg/

/**
 * HTML and the search index entry revalidate; Astro's hashed assets and the search index's
 * per-build folders never change under their name; uploads for an hour (a corrected file may
 * keep its name, as in docs/nginx.conf.example); the rest briefly.
 */
function cacheControl(relative: string, type: string): string {
  if (type.startsWith('text/html') || relative === 'search-index/entry.json') return 'no-cache'
  if (relative.startsWith('_astro/') || relative.startsWith('search-index/'))
    return 'public, max-age=31536000, immutable'
  if (isMediaPath(relative)) return 'public, max-age=3600'
  return 'public, max-age=300'
}
