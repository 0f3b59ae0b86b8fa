// 引用编号: a short, stable reference a reader can quote in a letter or a meeting record. It is
// built from the collection's code (its descriptor) and the document id only, so it never changes
// when a title does; a disclosure is cited by its 索引号, as on every government 信息公开 page.
import { modelOf } from '../../content/model/collections'
import type { Entry } from './collections'

export function citationId(entry: Entry): string {
  if (entry.collection === 'disclosures' && entry.data.indexNumber) return entry.data.indexNumber
  return `${modelOf(entry.collection).code}-${entry.id.padStart(6, '0')}`
}
