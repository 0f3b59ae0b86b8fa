// The exported JSON collections and the schema each document is checked against: one list for
// the content layer (site/content.config.ts) and for the page renderer, which loads the same
// files without Astro's content sync (scripts/lib/contentStore.ts).
import { departmentSchema } from './organisation'
import { catalogItemSchema, disclosureSchema } from './catalog'
import { bulletinSchema, caseSchema } from './warning'
import { articleSchema, brandSchema, exemplarSchema, reminderSchema, themeSchema } from './culture'
import { calendarYearSchema } from './calendar'

/** `content/<name>/<id>.json` → its schema. */
export const jsonCollections = {
  departments: departmentSchema,
  'catalog-items': catalogItemSchema,
  disclosures: disclosureSchema,
  cases: caseSchema,
  bulletins: bulletinSchema,
  themes: themeSchema,
  reminders: reminderSchema,
  brands: brandSchema,
  exemplars: exemplarSchema,
  articles: articleSchema,
  calendar: calendarYearSchema,
}

export type JsonCollectionName = keyof typeof jsonCollections
