// The public collections, in dependency order: a document only points at collections listed
// before its own (the import loads files in this order, the CMS lists them in its navigation in
// this order). Adding a collection starts here: docs/content-model.md, "How to add a collection".
import type { z } from 'zod'
import type { CollectionModel } from '../define'
import { articles } from './articles'
import { brands } from './brands'
import { bulletins } from './bulletins'
import { cases } from './cases'
import { catalogItems } from './catalogItems'
import { departments } from './departments'
import { disclosures } from './disclosures'
import { exemplars } from './exemplars'
import { reminders } from './reminders'
import { themes } from './themes'

export const MODELS = [
  departments,
  catalogItems,
  disclosures,
  cases,
  bulletins,
  themes,
  reminders,
  brands,
  exemplars,
  articles,
] as const

type Models = (typeof MODELS)[number]

/** Slug of a public collection. */
export type PublicCollection = Models['slug']

/** The descriptor of one collection, with its data type. */
export type ModelOf<C extends PublicCollection> = Extract<Models, { slug: C }>

/** The data of one collection's exported documents (as the site reads them). */
export type DataOf<C extends PublicCollection> = z.infer<ModelOf<C>['schema']>

/** Every public collection slug, in dependency order. */
export const PUBLIC_COLLECTIONS = MODELS.map((m) => m.slug) as PublicCollection[] as readonly PublicCollection[]

/** Descriptors by slug. */
export const MODEL: { [C in PublicCollection]: ModelOf<C> } = Object.fromEntries(MODELS.map((m) => [m.slug, m])) as {
  [C in PublicCollection]: ModelOf<C>
}

/** The descriptor of a slug, loosely typed (for code that handles every collection alike). */
export function modelOf(slug: PublicCollection): CollectionModel {
  const model = MODEL[slug] as unknown as CollectionModel | undefined
  // A collection without a descriptor is a programming error, never something to guess around.
  if (!model) throw new Error(`no descriptor for collection ${JSON.stringify(slug)} (content/model/collections/)`)
  return model
}

export const isPublicCollection = (value: string): value is PublicCollection =>
  (PUBLIC_COLLECTIONS as readonly string[]).includes(value)

/** Collections browsable by facet pages. */
export type FacetedCollection = Extract<Models, { facets: readonly unknown[] }>['slug']
export const FACETED_COLLECTIONS = MODELS.filter((m) => 'facets' in m).map((m) => m.slug) as FacetedCollection[]

/** Collections published as open data. */
export type DatasetCollection = Extract<Models, { dataset: object }>['slug']
export const DATASET_COLLECTIONS = MODELS.filter((m) => 'dataset' in m).map((m) => m.slug) as DatasetCollection[]
