// Every exported JSON folder and the schema each of its files is checked against: the site's
// content layer (site/content.config.ts) and the page renderer's store read this one list.
import { calendarYearSchema } from './calendar'
import { MODELS, type ModelOf, type PublicCollection } from './collections'

type Schemas = { [C in PublicCollection]: ModelOf<C>['schema'] } & { calendar: typeof calendarYearSchema }

/** `content/<name>/<id>.json` → its schema: the public collections, then the 工作日历. */
export const jsonCollections = {
  ...Object.fromEntries(MODELS.map((m) => [m.slug, m.schema])),
  calendar: calendarYearSchema,
} as Schemas

export type JsonCollectionName = keyof Schemas
