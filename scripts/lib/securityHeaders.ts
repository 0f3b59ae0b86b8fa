// The security headers of the public portal, in one place: the built-in server
// (scripts/lib/serveStatic.ts) sends these, and docs/nginx.conf.example must carry the same
// values (tests/unit/static-server-headers.test.ts reads the example and compares).

/** Directives of the pages' Content-Security-Policy, without the HTTPS-only one. */
const PAGE_POLICY = [
  "default-src 'self'",
  // Every script is a same-origin file, none inline (site/layouts/Base.astro, astro.config.mjs).
  "script-src 'self'",
  // Astro writes small <style> blocks and rich text keeps style="" attributes; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
]

/**
 * Over plain HTTP `upgrade-insecure-requests` would send the page's own requests to https://
 * (on any host but localhost), and browsers ignore Strict-Transport-Security: both only when
 * the site is reached over HTTPS.
 */
export interface TransportOptions {
  https: boolean
}

/** Headers of every response that may render in a browser (pages, styles, scripts, images). */
export function securityHeaders({ https }: TransportOptions): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'SAMEORIGIN',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
    'Content-Security-Policy': [...PAGE_POLICY, ...(https ? ['upgrade-insecure-requests'] : [])].join('; '),
  }
}

/**
 * An uploaded file that is not an allow-listed image: the browser saves it and, were it ever
 * displayed, it would run in a unique origin with nothing allowed.
 */
export function downloadHeaders({ https }: TransportOptions): Record<string, string> {
  return { ...securityHeaders({ https }), 'Content-Security-Policy': "sandbox; default-src 'none'" }
}
