// How a facet value becomes a URL slug: a select value by the option's stored value (ASCII,
// stable: options.ts), a value from editors' text or an id through facetSlug.
import { facetSlug } from './facetSlug'
import type { FacetKey } from './define'
import {
  CADRE_LEVEL_OPTIONS,
  CATEGORY_OPTIONS,
  DOMAIN_OPTIONS,
  EIGHT_RULES_OPTIONS,
  GOVERNMENT_SANCTION_OPTIONS,
  LEVEL_OPTIONS,
  MEASURE_OPTIONS,
  PARTY_SANCTION_OPTIONS,
  slugsOf,
  SOURCE_KIND_OPTIONS,
  VALIDITY_OPTIONS,
  VIOLATION_OPTIONS,
} from './options'

export const LEVEL_SLUGS = slugsOf(LEVEL_OPTIONS)
export const VIOLATION_SLUGS = slugsOf(VIOLATION_OPTIONS)
export const EIGHT_RULES_SLUGS = slugsOf(EIGHT_RULES_OPTIONS)
export const PARTY_SANCTION_SLUGS = slugsOf(PARTY_SANCTION_OPTIONS)
export const GOVERNMENT_SANCTION_SLUGS = slugsOf(GOVERNMENT_SANCTION_OPTIONS)
export const MEASURE_SLUGS = slugsOf(MEASURE_OPTIONS)
export const CADRE_LEVEL_SLUGS = slugsOf(CADRE_LEVEL_OPTIONS)
export const SOURCE_KIND_SLUGS = slugsOf(SOURCE_KIND_OPTIONS)
export const VALIDITY_SLUGS = slugsOf(VALIDITY_OPTIONS)
export const CATEGORY_SLUGS = slugsOf(CATEGORY_OPTIONS)
export const DOMAIN_SLUGS = slugsOf(DOMAIN_OPTIONS)

/** A select value: its label and the option's stored value as slug. */
export const keyOf = <T extends string>(slugs: Record<T, string>, label: T): FacetKey => ({ slug: slugs[label], label })

/**
 * A value from editors' text or an id: its slug names a folder of the build, so it goes through
 * facetSlug (青莲区 stays 青莲区; `..` or `a/../b` get a safe slug of their own).
 */
export const textKey = (text: string, label = text): FacetKey => ({ slug: facetSlug(text), label })

/** A year facet value of a `YYYY-MM-DD` date. */
export const yearKey = (day: string): FacetKey => ({ slug: day.slice(0, 4), label: `${day.slice(0, 4)}年` })
