import type { APIRoute } from 'astro'

// Everything public may be indexed; the search page's results are not pages of their own.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow: /search/\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
