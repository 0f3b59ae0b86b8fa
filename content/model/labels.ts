// Chinese labels of the select fields, exactly as the export writes them and the schemas check
// them: the option lists (options.ts) by label. Order = display order.
import {
  ARTICLE_KIND_OPTIONS,
  AUDIENCE_OPTIONS,
  BULLETIN_KIND_OPTIONS,
  CATEGORY_OPTIONS,
  CHANNEL_OPTIONS,
  DOMAIN_OPTIONS,
  EIGHT_RULES_OPTIONS,
  GOVERNMENT_SANCTION_OPTIONS,
  labelsOf,
  LEVEL_OPTIONS,
  MODE_OPTIONS,
  OCCASION_OPTIONS,
  PARTY_SANCTION_OPTIONS,
  REMINDER_CHANNEL_OPTIONS,
  VALIDITY_OPTIONS,
  VENUE_OPTIONS,
  VIOLATION_OPTIONS,
} from './options'

export const LEVELS = labelsOf(LEVEL_OPTIONS)
export const CATALOG_CATEGORIES = labelsOf(CATEGORY_OPTIONS)
export const CATALOG_DOMAINS = labelsOf(DOMAIN_OPTIONS)
export const CATALOG_CHANNELS = labelsOf(CHANNEL_OPTIONS)
export const AUDIENCES = labelsOf(AUDIENCE_OPTIONS)
export const DISCLOSURE_MODES = labelsOf(MODE_OPTIONS)
export const VALIDITY = labelsOf(VALIDITY_OPTIONS)
export const VIOLATION_TYPES = labelsOf(VIOLATION_OPTIONS)
export const EIGHT_RULES_TYPES = labelsOf(EIGHT_RULES_OPTIONS)
export const PARTY_SANCTIONS = labelsOf(PARTY_SANCTION_OPTIONS)
export const GOVERNMENT_SANCTIONS = labelsOf(GOVERNMENT_SANCTION_OPTIONS)
export const BULLETIN_KINDS = labelsOf(BULLETIN_KIND_OPTIONS)
export const VENUE_TYPES = labelsOf(VENUE_OPTIONS)
export const OCCASIONS = labelsOf(OCCASION_OPTIONS)
export const REMINDER_CHANNELS = labelsOf(REMINDER_CHANNEL_OPTIONS)
export const ARTICLE_KINDS = labelsOf(ARTICLE_KIND_OPTIONS)
