import { modelOf, PUBLIC_COLLECTIONS } from '../../content/model/collections'
import { collections } from '../collections'
import type { ImportRules } from './rules'

export type { ExtraColumn } from './rules'

/** The collections `npm run import` fills: every public one, in the order their relationships need them. */
export const IMPORT_COLLECTIONS = PUBLIC_COLLECTIONS
export type ImportSlug = (typeof IMPORT_COLLECTIONS)[number]

export type ImportSpec = ImportRules & {
  slug: ImportSlug
  /** Chinese name of the collection, for messages (its descriptor's `name`). */
  name: string
}

/** The import rules a collection declares beside its fields (publicCollection's `import` option). */
function rulesOf(slug: ImportSlug): ImportRules {
  const rules = collections.find((c) => c.slug === slug)?.custom?.import as ImportRules | undefined
  if (!rules)
    throw new Error(`import: collection ${slug} declares no import rules (publicCollection option \`import\`)`)
  return rules
}

/** Each collection's columns and key (its rules) with its slug and name (its descriptor). */
export const IMPORT_SPECS = Object.fromEntries(
  IMPORT_COLLECTIONS.map((slug) => [slug, { slug, name: modelOf(slug).name, ...rulesOf(slug) }]),
) as Record<ImportSlug, ImportSpec>

export function isImportSlug(value: string): value is ImportSlug {
  return (IMPORT_COLLECTIONS as readonly string[]).includes(value)
}
