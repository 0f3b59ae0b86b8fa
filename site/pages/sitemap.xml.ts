// sitemap.xml: every list hub, every document and every hand-written page.
// Not @astrojs/sitemap: it is an integration that runs after `astro build`, and publish runs
// render with the page renderer, which runs no integrations; it also knows routes, not the
// 公开更新时间 each document's <lastmod> comes from.
import type { APIRoute } from 'astro'
import { COLLECTION_NAMES, loadCollection, loadPages } from '../lib/collections'
import { detailUrl, listUrl, pageUrl } from '../lib/urls'
import { xmlText } from '../lib/xmlText'

export const GET: APIRoute = async ({ site }) => {
  const urls: { loc: string; lastmod?: string }[] = [{ loc: '/' }, { loc: '/culture/' }, { loc: '/search/' }]
  for (const name of COLLECTION_NAMES) {
    urls.push({ loc: listUrl(name) })
    for (const entry of await loadCollection(name))
      urls.push({ loc: detailUrl(name, entry.id), lastmod: entry.data.publicUpdatedAt ?? entry.data.updatedAt })
  }
  for (const page of await loadPages()) urls.push({ loc: pageUrl(page.id) })
  const body = urls
    .map(
      ({ loc, lastmod }) =>
        `  <url><loc>${xmlText(new URL(loc, site).href)}</loc>${lastmod ? `<lastmod>${xmlText(lastmod)}</lastmod>` : ''}</url>`,
    )
    .join('\n')
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
    },
  )
}
