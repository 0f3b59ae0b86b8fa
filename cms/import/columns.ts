import type { Field } from 'payload'

import { workflowFields } from '../workflow/fields'

/** A field a file can fill, with the headers that name it. */
export type ColumnDef = {
  /** Path in the document: ['timeLimit', 'workingDays']. */
  path: string[]
  /** The field's configuration (type, options, required, validate …). */
  field: Field & { name: string }
  /** The Chinese label an error names the column by when the file has no such column. */
  label: string
  /** Headers that mean this field, normalised with `headerKey`. */
  headers: string[]
}

/** Headers compare without spaces, required marks (标题*) and with half-width brackets. */
export const headerKey = (header: string): string =>
  header
    .replace(/\s+/g, '')
    .replace(/[*＊]$/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase()

const WORKFLOW_NAMES = new Set(workflowFields.flatMap((field) => ('name' in field ? [field.name] : [])))

const labelOf = (field: Field): string | undefined => {
  const label = 'label' in field ? field.label : undefined
  return typeof label === 'string' ? label : undefined
}

/**
 * The importable fields of a collection, read from its Payload configuration so that labels,
 * options and rules have one source. Rows and collapsibles are layout; a group's fields are
 * named by the field alone (公开时限), by the group's label + field (公开时限.时限(工作日)) or by
 * their path (timeLimit.workingDays). The workflow's own fields are never imported.
 */
export function columnsOf(fields: Field[], aliases: Record<string, string[]> = {}): ColumnDef[] {
  const columns: ColumnDef[] = []
  const walk = (list: Field[], path: string[], labels: string[]) => {
    for (const field of list) {
      if (field.type === 'row' || field.type === 'collapsible') {
        walk(field.fields, path, labels)
        continue
      }
      if (!('name' in field) || field.type === 'ui') continue
      if (path.length === 0 && (WORKFLOW_NAMES.has(field.name) || field.name === 'id' || field.name.startsWith('_')))
        continue
      if (field.hidden || field.type === 'join') continue
      const label = labelOf(field) ?? field.name
      if (field.type === 'group') {
        walk(field.fields, [...path, field.name], [...labels, label])
        continue
      }
      const fieldPath = [...path, field.name]
      const dotted = fieldPath.join('.')
      const names = [dotted, label, [...labels, label].join('.'), ...(aliases[dotted] ?? [])]
      columns.push({
        path: fieldPath,
        field: field as ColumnDef['field'],
        label: [...labels, label].join('·'),
        headers: [...new Set(names.map(headerKey))],
      })
    }
  }
  walk(fields, [], [])
  // A header two fields claim would import into the wrong one: only their qualified names count.
  const claims = new Map<string, number>()
  for (const column of columns) for (const header of column.headers) claims.set(header, (claims.get(header) ?? 0) + 1)
  for (const column of columns) column.headers = column.headers.filter((header) => claims.get(header) === 1)
  return columns
}

/** The leaf fields inside an array field (宣讲活动, 学习资料), in order, layout removed. */
export function arrayItemFields(field: Field): (Field & { name: string })[] {
  if (field.type !== 'array') return []
  const leaves: (Field & { name: string })[] = []
  const walk = (list: Field[]) => {
    for (const child of list) {
      if (child.type === 'row' || child.type === 'collapsible') walk(child.fields)
      else if ('name' in child && child.name !== 'id') leaves.push(child as Field & { name: string })
    }
  }
  walk(field.fields)
  return leaves
}
