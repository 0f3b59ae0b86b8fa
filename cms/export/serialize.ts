import type { FlattenedField, Option } from 'payload'

import { type ExportContext, type StoredDoc, displayName, exportUpload, publishedTarget } from './context'
import { storedDay } from '../../content/shared/shanghai'
import { richTextToHTML } from './richText'

/** Fields Payload adds for its own bookkeeping; `id` and the timestamps are written explicitly. */
const SKIPPED = new Set(['id', '_status', 'createdAt', 'updatedAt'])

/**
 * One published document as its content/ file: fields in schema order, select values as their
 * Chinese labels, rich text as HTML, relationships as `{ id, name }` of published targets only.
 * A field marked `custom: { export: false }` stays in the CMS; `custom: { exportAs }` maps its value.
 */
export function serializeDocument(ctx: ExportContext, fields: FlattenedField[], doc: StoredDoc) {
  return {
    id: String(doc.id),
    ...serializeFields(ctx, fields, doc),
    createdAt: doc.createdAt ?? null,
    updatedAt: doc.updatedAt ?? null,
  }
}

function serializeFields(ctx: ExportContext, fields: FlattenedField[], data: Record<string, unknown>) {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    if (SKIPPED.has(field.name) || field.hidden) continue
    if ((field.custom as { export?: boolean } | undefined)?.export === false) continue
    if (field.type === 'join') continue
    const value = serializeValue(ctx, field, data?.[field.name])
    // A field that is written as more than it stores: a case's 党纪处分 as its wording and its kind.
    const exportAs = (field.custom as { exportAs?: (value: unknown) => unknown } | undefined)?.exportAs
    out[field.name] = exportAs ? exportAs(value) : value
  }
  return out
}

function serializeValue(ctx: ExportContext, field: FlattenedField, value: unknown): unknown {
  switch (field.type) {
    case 'select': {
      if ('hasMany' in field && field.hasMany) return asArray(value).map((v) => optionLabel(field.options, v))
      return value === null || value === undefined ? null : optionLabel(field.options, value)
    }
    case 'radio':
      return value === null || value === undefined ? null : optionLabel(field.options, value)
    case 'date':
      return storedDay(value)
    case 'richText':
      return richTextToHTML(ctx, value)
    case 'relationship': {
      const toObject = (v: unknown) => relationshipObject(ctx, field.relationTo, v)
      if (field.hasMany) return asArray(value).map(toObject).filter(Boolean)
      return toObject(value)
    }
    case 'upload': {
      if (field.hasMany)
        return asArray(value)
          .map((v) => exportUpload(ctx, v))
          .filter(Boolean)
      return exportUpload(ctx, value)
    }
    case 'group':
    case 'tab':
      return serializeFields(ctx, field.flattenedFields, (value ?? {}) as Record<string, unknown>)
    case 'array':
      return asArray(value).map((row) => serializeFields(ctx, field.flattenedFields, row as Record<string, unknown>))
    case 'checkbox':
      return value === true
    case 'number':
      return 'hasMany' in field && field.hasMany ? asArray(value) : (value ?? null)
    default:
      return value === undefined || value === '' ? null : value
  }
}

function relationshipObject(ctx: ExportContext, relationTo: string | string[], value: unknown) {
  // Polymorphic relationships arrive as { relationTo, value }.
  const [collection, target] = Array.isArray(relationTo)
    ? [(value as { relationTo?: string })?.relationTo ?? '', (value as { value?: unknown })?.value]
    : [relationTo, value]
  const doc = publishedTarget(ctx, collection, target)
  if (!doc) return null
  return Array.isArray(relationTo)
    ? { collection, id: String(doc.id), name: displayName(collection, doc) }
    : { id: String(doc.id), name: displayName(collection, doc) }
}

function optionLabel(options: Option[], value: unknown): string {
  for (const option of options) {
    if (typeof option === 'string') {
      if (option === value) return option
      continue
    }
    if (option.value !== value) continue
    const label = option.label
    if (typeof label === 'string') return label
    if (label && typeof label === 'object')
      return (label as Record<string, string>).zh ?? Object.values(label)[0] ?? String(value)
    return String(value)
  }
  // A value the schema no longer lists: show it rather than lose it.
  return String(value)
}

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
