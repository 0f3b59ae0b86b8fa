import type { CollectionSlug } from 'payload'

/**
 * Every collection the portal publishes (drafts, versions, published-only anonymous reads), in
 * dependency order: a document only points at collections listed before its own.
 */
export const PUBLIC_COLLECTIONS = [
  'departments',
  'catalog-items',
  'disclosures',
  'cases',
  'bulletins',
  'themes',
  'reminders',
  'brands',
  'exemplars',
  'articles',
] as const satisfies readonly CollectionSlug[]

export type PublicCollection = (typeof PUBLIC_COLLECTIONS)[number]
