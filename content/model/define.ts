// What a public collection *is*, written once (docs/content-model.md, "How to add a collection"):
// its names, where the portal shows it, the schema of its exported files and how a document's
// title, date, year, list order, list summary, facets and open-data columns come from its data.
// The CMS (collection configs, import, dashboard, export) and the site (schemas, routes,
// citation, feeds, open data, facets) read these descriptors; none of them keeps its own table.
import type { z } from 'zod'

/** The portal's three sections: each collection's pages sit under one of them. */
export type Section = 'catalog' | 'warning' | 'culture'

/** Section names (also the admin's navigation groups) and the page each section starts at. */
export const SECTIONS: Record<Section, { label: string; href: string }> = {
  catalog: { label: '公开目录', href: '/catalog-items/' },
  warning: { label: '警示通报', href: '/bulletins/' },
  culture: { label: '廉政文化', href: '/culture/' },
}

/** A document as the descriptor's functions see it: an Astro entry or `{ id, data }`. */
export interface Doc<D> {
  id: string
  data: D
}

/** What a facet may look up besides the document: a catalogue item's unit level is on the unit. */
export interface FacetContext {
  departments: Map<string, Doc<{ level: string }>>
}

/** One value of a facet as a document has it. `parent` nests a value under another (八项规定 sub-types). */
export interface FacetKey {
  slug: string
  label: string
  parent?: string
}

/** One facet of a browsable list: every value gets its own page `/<collection>/<key>/<slug>/`. */
export interface FacetDefinition<D> {
  /** URL segment and query parameter name. */
  key: string
  /** Heading of the facet (中文). */
  label: string
  /** The values of one document (several for multi-valued fields). */
  values: (doc: Doc<D>, context: FacetContext) => FacetKey[]
  /** Display order of values: given order of the slugs, or by slug descending (years). */
  order?: readonly string[] | 'desc'
}

/** A cell of the open data: CSV writes arrays joined by 、 and booleans as 是/否. */
export type DatasetValue = string | number | boolean | string[] | null

/** One column of a collection's open data (JSON key, CSV header, documentation line). */
export interface DatasetColumn<D> {
  key: string
  /** 中文字段名, the CSV header. */
  label: string
  /** What the field means, for the documentation page /data/. */
  description: string
  value: (doc: Doc<D>) => DatasetValue
}

/** What a list shows of a document besides its title and date. */
export interface Summary {
  /** Short facts shown under the title (unit, kind, region …), empty ones left out. */
  meta: string[]
  /** One or two sentences shown under the facts. */
  excerpt?: string | null
  /** Heading the item is grouped under on the list page. */
  group?: string
}

/**
 * `day` = YYYY-MM-DD, `month` = YYYY-MM, `week` = YYYY-Www (an ISO week); `published` = a
 * `{ value, published }` date at the precision it was published (caseTerms.ts), or null.
 */
export type Precision = 'day' | 'month' | 'week' | 'published'

type Key<D> = keyof D & string

/**
 * A collection's descriptor. Written as `{ … } satisfies CollectionModel<'slug', typeof schema>`:
 * the functions get typed data, and the registry still sees which optional parts a collection has.
 */
export interface CollectionModel<Slug extends string = string, S extends z.ZodTypeAny = z.ZodTypeAny> {
  /** URL segment and folder: pages at `/<slug>/<id>/`, files at `content/<slug>/<id>.json`. */
  slug: Slug
  /** Name in the CMS's messages (import reports, seed summary, dashboard). */
  name: string
  /** Payload's admin labels (the navigation and the edit view). */
  labels: { singular: string; plural: string }
  /** The portal's column: heading of its list, breadcrumb, search filter 类型. */
  column: {
    label: string
    /** One line under the list heading. */
    intro: string
    /** 栏目类型, the ColumnType meta tag of government sites. */
    columnType: string
    section: Section
    /** Place among its section's columns (tabs, home page, sitemap), 1 first. */
    position: number
  }
  /** 引用编号 prefix: `<code>-<id padded to 6>` (site/lib/citation.ts). */
  code: string
  /** The exported file, as the site checks it (content/<slug>/<id>.json). */
  schema: S
  /**
   * The heading of a document: its `fields` joined by `separator`; when they are empty,
   * `untitled.text` of `untitled.field` (a reminder without a 标题 is named by its week).
   */
  title: {
    fields: readonly Key<z.infer<S>>[]
    separator?: string
    untitled?: { field: Key<z.infer<S>>; text: (value: string) => string }
  }
  /** The date a document is listed by, or null for a collection listed by `order`. */
  date: { field: Key<z.infer<S>>; precision: Precision } | null
  /** Year used by the search filter 年份 (YYYY). */
  year: (data: z.infer<S>) => string
  /** List order: newest date first, or a comparison of two documents' data. */
  order: 'date' | ((a: z.infer<S>, b: z.infer<S>) => number)
  summary: (data: z.infer<S>) => Summary
  /** Facet pages of the list (browse by year, type …), when the collection is browsable. */
  facets?: readonly FacetDefinition<z.infer<S>>[]
  /** The open dataset `/data/<slug>.json|csv`, when the collection is one. */
  dataset?: { title: string; columns: readonly DatasetColumn<z.infer<S>>[] }
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)

/**
 * The title of a document, stored (CMS) or exported (site). Null when its title fields are empty,
 * which only a draft can be: callers say what they show instead (`#12` in the admin).
 */
export function documentTitle(model: CollectionModel, data: Record<string, unknown>): string | null {
  const { fields, separator = ' / ', untitled } = model.title
  const parts = fields.map((field) => text(data[field]))
  if (parts.every(Boolean)) return parts.join(separator)
  const fallback = untitled ? text(data[untitled.field]) : null
  if (untitled && fallback) return untitled.text(fallback)
  const some = parts.filter(Boolean)
  return some.length ? some.join(separator) : null
}
