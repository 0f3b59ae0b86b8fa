// What `npm run import` needs to know of a collection besides its fields: written beside the
// fields (cms/collections/<Name>.ts) and collected by specs.ts.

import type { ImportIssue } from './issues'
import type { Table } from './readTable'

type Doc = Record<string, unknown>

/** A column that is not a field but helps find one (一级事项 and 二级事项 name a 目录事项). */
export type ExtraColumn = { name: 'primaryItem' | 'secondaryItem' | 'bulletin'; label: string; headers: string[] }

export type ImportRules = {
  /** Headers used on real catalogues and case lists besides the admin's labels, by field path. */
  aliases: Record<string, string[]>
  extras?: ExtraColumn[]
  /** What the natural key is called in messages (索引号, 月份 …). */
  keyLabel: string
  /** The natural key of a document (as planned, or as stored): a second import of a row finds the same document. */
  keyOf: (doc: Doc) => string | null
  /** A second key stored documents are also found by (a disclosure without 索引号 in the file). */
  altKeyOf?: (doc: Doc) => string | null
  /** Reads columns that are not fields before the rows are planned (a case's 被处分人 columns); adds what is wrong to `issues`. */
  prepare?: (table: Table, issues: ImportIssue[]) => Table
}
