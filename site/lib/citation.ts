// 引用编号: a short, stable reference a reader can quote in a letter or a meeting record. It is
// built from the collection and the document id only, so it never changes when a title does;
// a disclosure is cited by its 索引号, as on every government 信息公开 page.
import type { Entry } from './collections'
import type { CollectionName } from './collections'

const CODES: Record<CollectionName, string> = {
  departments: 'DW',
  'catalog-items': 'ML',
  disclosures: 'GK',
  cases: 'AL',
  bulletins: 'TB',
  themes: 'ZT',
  reminders: 'TX',
  brands: 'PP',
  exemplars: 'DX',
  articles: 'WZ',
}

export function citationId(entry: Entry): string {
  if (entry.collection === 'disclosures' && entry.data.indexNumber) return entry.data.indexNumber
  return `${CODES[entry.collection]}-${entry.id.padStart(6, '0')}`
}
