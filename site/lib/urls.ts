// Permanent URLs. A document lives at `/<collection>/<id>/` (docs/content-model.md); list pages
// after the first are `/<collection>/page/<n>/` so they can never collide with a numeric id.
import type { CollectionName } from './collections'

export const detailUrl = (collection: CollectionName, id: string) => `/${collection}/${encodeURIComponent(id)}/`

/** Page n of a list whose first page is `base` (e.g. `/cases/` or `/cases/year/2025/`). */
export const pagedUrl = (base: string, page = 1) => (page <= 1 ? base : `${base}page/${page}/`)

export const listUrl = (collection: CollectionName, page = 1) => pagedUrl(`/${collection}/`, page)

export const pageUrl = (slug: string) => `/${slug}/`

/** Nav sections: which top-level entry is current for a path. */
export const SECTIONS = [
  { key: 'nav.home', href: '/', match: (p: string) => p === '/' },
  {
    key: 'nav.catalog',
    href: '/catalog-items/',
    match: (p: string) => /^\/(catalog-items|disclosures|departments)\//.test(p),
  },
  { key: 'nav.warning', href: '/bulletins/', match: (p: string) => /^\/(bulletins|cases)\//.test(p) },
  {
    key: 'nav.culture',
    href: '/culture/',
    match: (p: string) => /^\/(culture|themes|reminders|brands|exemplars|articles)\//.test(p),
  },
  { key: 'nav.stats', href: '/stats/', match: (p: string) => p.startsWith('/stats/') },
  { key: 'nav.search', href: '/search/', match: (p: string) => p.startsWith('/search/') },
] as const
