// Every public collection is one descriptor (content/model/collections/): these checks make a
// collection added without one of its pieces — its Payload collection, its page, its fixtures,
// its documentation — fail here instead of rendering a silent fallback.
import fs from 'node:fs'
import path from 'node:path'

import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { collections } from '../../cms/collections'
import { IMPORT_SPECS } from '../../cms/import/specs'
import { MODELS, PUBLIC_COLLECTIONS, modelOf, type PublicCollection } from '../../content/model/collections'
import { documentTitle, SECTIONS, type CollectionModel } from '../../content/model/define'
import { jsonCollections } from '../../content/model/schemas'
import { rootDir } from '../../content/shared/paths'
import { FIXTURE_CONTENT } from '../helpers/fixtureSite'

const models = MODELS as readonly CollectionModel[]

/** Field names of a Payload config, through rows, collapsibles, tabs and groups (`a.b`). */
function fieldNames(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if ('fields' in field && !('name' in field)) return fieldNames(field.fields, prefix)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => fieldNames(tab.fields, prefix))
    if (!('name' in field)) return []
    const name = `${prefix}${field.name}`
    return field.type === 'group' ? [name, ...fieldNames(field.fields, `${name}.`)] : [name]
  })
}

function fixtures(slug: string): { id: string; data: Record<string, unknown> }[] {
  const dir = path.join(FIXTURE_CONTENT, slug)
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const data = jsonCollections[slug as PublicCollection].parse(
        JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')),
      )
      return { id: data.id, data }
    })
}

describe('content model: one descriptor per public collection', () => {
  it('should give every collection its own slug, 引用编号 code and place in its section', () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length)
    unique(models.map((m) => m.slug))
    unique(models.map((m) => m.code))
    unique(models.map((m) => `${m.column.section}:${m.column.position}`))
    for (const m of models) {
      expect(m.code).toMatch(/^[A-Z]{2}$/)
      expect(Object.keys(SECTIONS)).toContain(m.column.section)
    }
  })

  it('should have a Payload collection for every descriptor, in the same order, with the fields it names', () => {
    const withDrafts = collections.filter((c) => typeof c.versions === 'object' && c.versions?.drafts)
    expect(withDrafts.map((c) => c.slug)).toEqual([...PUBLIC_COLLECTIONS])
    for (const m of models) {
      const config = withDrafts.find((c) => c.slug === m.slug)!
      expect(config.labels, m.slug).toEqual(m.labels)
      const names = fieldNames(config.fields)
      const named = [...m.title.fields, ...(m.title.untitled ? [m.title.untitled.field] : [])]
      for (const field of [...named, ...(m.date ? [m.date.field] : [])])
        expect(names, `${m.slug}.${field}`).toContain(field)
      expect(IMPORT_SPECS[m.slug as PublicCollection].name).toBe(m.name)
    }
  })

  it('should name the fields of its exported files in title and date', () => {
    for (const m of models) {
      const shape = (m.schema as unknown as { shape: Record<string, unknown> }).shape
      for (const field of [...m.title.fields, ...(m.date ? [m.date.field] : [])])
        expect(shape, `${m.slug}.${field}`).toHaveProperty(field)
    }
  })

  it('should title, date, summarise and list every fixture document of every collection', () => {
    for (const m of models) {
      const docs = fixtures(m.slug)
      expect(docs.length, `tests/fixtures/content/${m.slug}/`).toBeGreaterThan(0)
      for (const doc of docs) {
        expect(documentTitle(m, doc.data), `${m.slug}/${doc.id}`).toEqual(expect.stringMatching(/\S/))
        expect(m.year(doc.data), `${m.slug}/${doc.id}`).toMatch(/^\d{4}$/)
        expect(Array.isArray(m.summary(doc.data).meta)).toBe(true)
        // A date published at its own precision may be unpublished (null); others are always there.
        if (m.date?.precision === 'published') {
          const date = doc.data[m.date.field]
          if (date !== null)
            expect(date, `${m.slug}/${doc.id}`).toEqual({ value: expect.any(String), published: expect.any(String) })
        } else if (m.date) expect(doc.data[m.date.field], `${m.slug}/${doc.id}`).toEqual(expect.any(String))
      }
      if (m.order !== 'date') {
        const order = m.order
        expect(() => docs.map((d) => d.data).sort(order)).not.toThrow()
      }
    }
  })

  it('should give every collection a detail page and a documented section', () => {
    const contentModel = fs.readFileSync(path.join(rootDir, 'docs/content-model.md'), 'utf8')
    for (const m of models) {
      expect(
        fs.existsSync(path.join(rootDir, 'site/pages', m.slug, '[id].astro')),
        `site/pages/${m.slug}/[id].astro`,
      ).toBe(true)
      expect(contentModel, `docs/content-model.md ### \`${m.slug}\``).toContain(`### \`${m.slug}\``)
    }
  })

  it('should refuse a slug without a descriptor instead of guessing', () => {
    expect(() => modelOf('notes' as PublicCollection)).toThrow(/no descriptor/)
  })
})
