// Permanent URLs. A document lives at `/<collection>/<id>/` (docs/content-model.md); list pages
// after the first are `/<collection>/page/<n>/` so they can never collide with a numeric id.
import { MODELS } from '../../content/model/collections'
import type { Section } from '../../content/model/define'
import type { CollectionName } from './collections'

export { detailUrl } from '../../content/model/urls'

/** Page n of a list whose first page is `base` (e.g. `/cases/` or `/cases/year/2025/`). */
export const pagedUrl = (base: string, page = 1) => (page <= 1 ? base : `${base}page/${page}/`)

export const listUrl = (collection: CollectionName, page = 1) => pagedUrl(`/${collection}/`, page)

export const pageUrl = (slug: string) => `/${slug}/`

/** A path under one of a section's collections (or under the section's own page). */
function inSection(section: Section, extra: string[] = []): (p: string) => boolean {
  const roots = [...extra, ...MODELS.filter((m) => m.column.section === section).map((m) => m.slug)]
  return (p) => roots.some((root) => p.startsWith(`/${root}/`))
}

/** Nav sections: which top-level entry is current for a path. */
export const SECTIONS = [
  { key: 'nav.home', href: '/', match: (p: string) => p === '/' },
  {
    key: 'nav.catalog',
    href: '/catalog-items/',
    match: inSection('catalog'),
  },
  { key: 'nav.warning', href: '/bulletins/', match: inSection('warning') },
  {
    key: 'nav.culture',
    href: '/culture/',
    match: inSection('culture', ['culture']),
  },
  { key: 'nav.stats', href: '/stats/', match: (p: string) => p.startsWith('/stats/') },
  { key: 'nav.search', href: '/search/', match: (p: string) => p.startsWith('/search/') },
] as const
