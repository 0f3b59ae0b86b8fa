import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { collections } from '../../cms/collections'
import { columnsOf } from '../../cms/import/columns'
import { IMPORT_COLLECTIONS, IMPORT_SPECS } from '../../cms/import/specs'
import { rootDir } from '../../content/shared/paths'

const doc = fs.readFileSync(path.join(rootDir, 'docs/import.md'), 'utf8')

/** The rows of the column table under `### <slug>`: field path → the row's text. */
function documentedColumns(slug: string): Map<string, string> {
  const section = doc.split(`\n### ${slug}\n`)[1]?.split('\n### ')[0] ?? ''
  const rows = new Map<string, string>()
  for (const line of section.split('\n')) {
    const field = /^\| [^|]+ \| `([^`]+)` \|/.exec(line)?.[1]
    if (field) rows.set(field, line)
  }
  return rows
}

describe('docs/import.md', () => {
  it.each(IMPORT_COLLECTIONS)('documents every importable column of %s, with its aliases', (slug) => {
    const config = collections.find((collection) => collection.slug === slug)!
    const spec = IMPORT_SPECS[slug]
    const documented = documentedColumns(slug)
    const importable = columnsOf(config.fields, spec.aliases).filter((column) => column.field.type !== 'upload')
    expect([...documented.keys()].sort()).toEqual(importable.map((column) => column.path.join('.')).sort())
    for (const column of importable) {
      const row = documented.get(column.path.join('.'))!
      for (const alias of spec.aliases[column.path.join('.')] ?? [])
        expect(row, `${slug} ${column.label}`).toContain(alias)
    }
  })

  it('has an example file for every collection, and the docs name it', () => {
    for (const slug of IMPORT_COLLECTIONS) {
      const files = fs.readdirSync(path.join(rootDir, 'docs/examples')).filter((file) => file.startsWith(`${slug}.`))
      expect(files, slug).toHaveLength(1)
      expect(doc).toContain(`\`${files[0]}\``)
    }
  })
})
