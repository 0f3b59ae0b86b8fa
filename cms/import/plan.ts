import type { Field, Payload, PayloadRequest } from 'payload'

import { firstDisallowedLink } from '../fields/richTextLinks'
import { disallowedUrlMessage } from '../fields/safeUrl'
import { arrayItemFields, columnsOf, headerKey, type ColumnDef } from './columns'
import {
  isEmptyValue,
  parseBoolean,
  parseDay,
  parseInteger,
  parseList,
  parseOption,
  parseOptions,
  parseText,
  storedDay,
  type Parsed,
} from './cellValues'
import type { ImportIssue } from './issues'
import { loadAll, Lookups, type Found } from './lookups'
import type { RawValue, Table } from './readTable'
import { dayOf, isLexical, lexicalToText, textToLexical } from './richTextCell'
import type { ExtraColumn, ImportSpec } from './specs'

type Id = number | string
type Data = Record<string, unknown>
type NamedField = Field & { name: string }

export type RowAction = 'create' | 'update' | 'unchanged'

export type PlannedRow = {
  row: number
  key: string
  action: RowAction
  /** The existing document an update or an unchanged row is. */
  id?: Id
  /** What to write: only the columns the file has (an update leaves the others alone). */
  data: Data
  /** departments: the key of a parent unit created by an earlier row of the same file. */
  parentKey?: string
  /** cases: the quarterly bulletin this case is to be listed in (所属通报). */
  bulletin?: Id
}

export type Plan = {
  rows: PlannedRow[]
  issues: ImportIssue[]
  /** Headers of the file that were imported, in file order. */
  columns: string[]
  /** The file's header for a field path ('timeLimit.text' → '公开时限'). */
  headerOf: (path: string) => string | undefined
}

export type PlanOptions = { publish: boolean }

/** Files list their own row numbers and notes; those columns carry nothing to import. */
const IGNORED_HEADERS = new Set(['序号', '行号', 'no', 'no.', '#'])

/** Separators between case titles in one cell: titles themselves may contain 、 and ，. */
const TITLE_LIST = /[\n；;]+/

type Mapping = { header: string; column?: ColumnDef; extra?: ExtraColumn['name'] }

function mapHeaders(table: Table, columns: ColumnDef[], spec: ImportSpec, issues: ImportIssue[]): Mapping[] {
  const mapped: Mapping[] = []
  const claimed = new Map<string, string>()
  const headerRow = table.headerRow
  for (const header of table.headers) {
    const key = headerKey(header)
    if (IGNORED_HEADERS.has(key)) continue
    const column = columns.find((c) => c.headers.includes(key))
    const extra = spec.extras?.find((e) => e.headers.map(headerKey).includes(key))
    if (!column && !extra) {
      issues.push({
        row: headerRow,
        column: header,
        message: `无法识别的列；${spec.name}可用的列见 docs/import.md（中文列名或英文字段名均可），不需要导入的列请删除`,
      })
      continue
    }
    const target = column ? column.path.join('.') : extra!.name
    const other = claimed.get(target)
    if (other !== undefined) {
      issues.push({ row: headerRow, column: header, message: `与「${other}」列是同一个字段，只能保留一列` })
      continue
    }
    claimed.set(target, header)
    if (column?.field.type === 'upload') {
      issues.push({
        row: headerRow,
        column: header,
        message: '附件和文件不能通过导入文件上传；请导入后在后台上传，并删除这一列',
      })
      continue
    }
    mapped.push(column ? { header, column } : { header, extra: extra!.name })
  }
  return mapped
}

/** A value of a leaf field from a cell, by the field's type (relationships are resolved separately). */
function parseLeaf(field: NamedField, raw: RawValue): Parsed<unknown> {
  switch (field.type) {
    case 'text':
      return (field as { hasMany?: boolean }).hasMany ? parseList(raw) : parseText(raw)
    case 'textarea':
    case 'email':
    case 'code':
      return parseText(raw)
    case 'number':
      return parseInteger(raw)
    case 'date': {
      const day = parseDay(raw)
      return 'error' in day ? day : { value: storedDay(day.value) }
    }
    case 'checkbox':
      return parseBoolean(raw)
    case 'select':
      return field.hasMany ? parseOptions(raw, field.options as never) : parseOption(raw, field.options as never)
    case 'richText': {
      if (isLexical(raw)) {
        if (raw.root.type !== 'root' || !Array.isArray(raw.root.children))
          return { error: '富文本 JSON 应为后台导出的 Lexical 格式（root.type 为 "root"，含 children）' }
        const bad = firstDisallowedLink(raw)
        return bad === null ? { value: raw } : { error: disallowedUrlMessage('正文中的链接', bad) }
      }
      const text = parseText(raw)
      return 'error' in text ? text : { value: textToLexical(text.value) }
    }
    case 'array':
      return parseArray(field, raw)
    default:
      return { error: `这一列（${field.type}）不能从文件导入` }
  }
}

/**
 * 公车私用 typed under 违纪类型: a rejected value that is an option of another column of the
 * collection is named with that column, so the editor moves it instead of guessing.
 */
function otherColumnHint(rejected: string[] | undefined, column: ColumnDef, columns: ColumnDef[]): string {
  if (!rejected?.length) return ''
  const hints: string[] = []
  for (const value of rejected) {
    const other = columns.find(
      (c) =>
        c !== column &&
        c.field.type === 'select' &&
        !('error' in parseOption(value, (c.field as unknown as { options: never }).options)),
    )
    if (other) hints.push(`「${value}」是「${other.label}」的可选值，是否应填在「${other.label}」列？`)
  }
  return hints.length ? `；${hints.join('')}` : ''
}

const labelOf = (field: NamedField) =>
  typeof (field as { label?: unknown }).label === 'string' ? (field as { label: string }).label : field.name

/**
 * An array field (宣讲活动, 学习资料): a JSON array of objects keyed by field names or labels, or
 * one line per item with the item's fields separated by |, in the admin's order.
 */
function parseArray(field: NamedField, raw: RawValue): Parsed<Data[]> {
  const leaves = arrayItemFields(field).filter((leaf) => leaf.type !== 'upload')
  let items: unknown[]
  if (Array.isArray(raw)) items = raw
  else {
    const text = parseText(raw)
    if ('error' in text) return text
    if (text.value.startsWith('[')) {
      try {
        items = JSON.parse(text.value)
      } catch {
        return { error: '以 [ 开头的内容应当是 JSON 数组' }
      }
    } else {
      items = text.value
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => line.split('|'))
      const long = (items as string[][]).findIndex((parts) => parts.length > leaves.length)
      if (long >= 0)
        return {
          error: `第 ${long + 1} 项有 ${(items[long] as string[]).length} 段，多于 ${leaves.length} 段（${leaves.map((leaf) => labelOf(leaf)).join('|')}）`,
        }
    }
  }
  const result: Data[] = []
  for (const [index, item] of items.entries()) {
    const out: Data = {}
    for (const [position, leaf] of leaves.entries()) {
      const label = labelOf(leaf)
      const value = Array.isArray(item)
        ? item[position]
        : ((item as Data | null)?.[leaf.name] ?? (item as Data | null)?.[label])
      if (isEmptyValue(value as RawValue)) {
        if ((leaf as { required?: boolean }).required) return { error: `第 ${index + 1} 项缺少「${label}」` }
        continue
      }
      const parsed = parseLeaf(leaf, typeof value === 'string' ? value.trim() : (value as RawValue))
      if ('error' in parsed) return { error: `第 ${index + 1} 项「${label}」：${parsed.error}` }
      out[leaf.name] = parsed.value
    }
    result.push(out)
  }
  return { value: result }
}

const getPath = (data: Data, path: string[]): unknown =>
  path.reduce<unknown>((value, key) => (value as Data | undefined)?.[key], data)

function deletePath(data: Data, path: string[]): void {
  const parent = getPath(data, path.slice(0, -1)) as Data | undefined
  if (parent) delete parent[path.at(-1)!]
}

/** The file's header for a field path, when the file has that column. */
const headerFor = (mapping: Mapping[], path: string) => mapping.find((m) => m.column?.path.join('.') === path)?.header

function setPath(data: Data, path: string[], value: unknown): void {
  let target = data
  for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Data
  target[path.at(-1)!] = value
}

/** Unit names and codes as lookups compare them: no spaces, half-width brackets, codes in capitals. */
const unitName = (value: string) => value.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toUpperCase()

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/** Whether a stored value already says what the file says (so the row changes nothing). */
function sameValue(field: NamedField, stored: unknown, next: unknown): boolean {
  const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)
  if (empty(stored) && empty(next)) return true
  switch (field.type) {
    case 'date':
      return dayOf(stored) === dayOf(next)
    case 'checkbox':
      // A row that leaves a checkbox out (a person without 移送检察机关) means unchecked.
      return Boolean(stored) === Boolean(next)
    case 'richText':
      return lexicalToText(stored) === lexicalToText(next)
    case 'relationship':
    case 'upload':
      if (Array.isArray(next))
        return (
          Array.isArray(stored) &&
          stored.length === next.length &&
          stored.every((v, i) => String(idOf(v)) === String(next[i]))
        )
      return String(idOf(stored)) === String(next)
    case 'array': {
      if (!Array.isArray(stored) || !Array.isArray(next) || stored.length !== next.length) return false
      const leaves = arrayItemFields(field).filter((leaf) => leaf.type !== 'upload')
      return next.every((item: Data, i) =>
        leaves.every((leaf) => sameValue(leaf, (stored[i] as Data)[leaf.name], item[leaf.name])),
      )
    }
    default:
      return JSON.stringify(stored ?? null) === JSON.stringify(next ?? null)
  }
}

type Validate = (value: unknown, options: unknown) => string | true | Promise<string | true>

/**
 * Whether a field has a rule of its own (validateMonth …) rather than Payload's default for its
 * type, which sanitisation installs as a wrapper calling `defaultValidate`. The defaults check
 * what parsing has already checked (type, required, options); skipping them keeps a
 * 100,000-row file from making a million redundant calls.
 */
const hasOwnRule = (field: NamedField): boolean => {
  const validate = (field as { validate?: unknown }).validate
  return typeof validate === 'function' && !validate.toString().includes('defaultValidate(')
}

const requiredOf = (field: NamedField) =>
  Boolean((field as { required?: boolean }).required) &&
  (field as { defaultValue?: unknown }).defaultValue === undefined

/**
 * Reads every row of the file into the document it describes and decides, by natural key,
 * whether it creates a document, updates one or changes nothing — without writing. Every
 * problem is collected with its row and column, so one pass over the file lists them all.
 */
export async function planImport(
  payload: Payload,
  req: PayloadRequest,
  spec: ImportSpec,
  table: Table,
  options: PlanOptions,
): Promise<Plan> {
  const issues: ImportIssue[] = []
  // A collection may read some columns its own way first (a case's 被处分人 columns → 被处分人).
  if (spec.prepare) table = spec.prepare(table, issues)
  const config = payload.collections[spec.slug].config
  const columns = columnsOf(config.fields, spec.aliases)
  const mapping = mapHeaders(table, columns, spec, issues)
  const mappedPaths = new Set(mapping.flatMap((m) => (m.column ? [m.column.path.join('.')] : [])))

  const relations = new Set<string>()
  for (const m of mapping) {
    const field = m.column?.field
    if (field?.type === 'relationship') relations.add(String(field.relationTo))
    if (m.extra === 'primaryItem' || m.extra === 'secondaryItem') relations.add('catalog-items')
    if (m.extra === 'bulletin') relations.add('bulletins')
  }
  const lookups = await Lookups.load(payload, req, relations as Set<never>)

  const existing = new Map<string, Data>()
  for (const doc of await loadAll(payload, spec.slug, req)) {
    for (const key of [spec.keyOf(doc), spec.altKeyOf?.(doc) ?? null]) if (key !== null) existing.set(key, doc)
  }

  // Units of this file, for 上级单位 written as a unit further down the same file.
  const fileUnits = new Map<string, string>()
  if (spec.slug === 'departments') {
    const nameHeader = mapping.find((m) => m.column?.path.join('.') === 'name')?.header
    const codeHeader = mapping.find((m) => m.column?.path.join('.') === 'code')?.header
    for (const record of table.records) {
      const name = nameHeader ? parseText(record.values.get(nameHeader)) : undefined
      if (!name || 'error' in name || !name.value) continue
      fileUnits.set(unitName(name.value), name.value)
      const code = codeHeader ? parseText(record.values.get(codeHeader)) : undefined
      if (code && !('error' in code) && code.value) fileUnits.set(unitName(code.value), name.value)
    }
  }

  const requiredColumns = columns
    .filter((column) => requiredOf(column.field) && column.field.type !== 'upload')
    .map((column) => ({
      column,
      dotted: column.path.join('.'),
      header: mapping.find((m) => m.column === column)?.header,
    }))
  const defaults = columns.flatMap((column) => {
    const fallback = (column.field as { defaultValue?: unknown }).defaultValue
    return column.path.length === 1 && fallback !== undefined && typeof fallback !== 'function'
      ? [[column.path[0], fallback] as const]
      : []
  })
  const validated = mapping.flatMap((m) => {
    const field = m.column?.field
    if (!field || !hasOwnRule(field) || ['relationship', 'upload', 'richText', 'select', 'array'].includes(field.type))
      return []
    return [{ m, validate: (field as unknown as { validate: Validate }).validate }]
  })

  // Units first: a 目录事项 is looked for among the row's 发文机关's items, whatever the column order.
  const relationsFirst = [...mapping].sort(
    (a, b) =>
      Number(b.column?.field.type === 'relationship' && b.column.field.relationTo === 'departments') -
      Number(a.column?.field.type === 'relationship' && a.column.field.relationTo === 'departments'),
  )

  const rows: PlannedRow[] = []
  const seenKeys = new Map<string, number>()
  const seenCodes = new Map<string, number>()
  const bulletinHeader = mapping.find((m) => m.extra === 'bulletin')?.header
  const extraHeaders = new Set(mapping.flatMap((m) => (m.extra ? [m.header] : [])))

  for (const record of table.records) {
    // A template row with only its 序号 filled in is an empty row.
    if (mapping.every((m) => isEmptyValue(record.values.get(m.header) as RawValue))) continue
    const rowIssues: ImportIssue[] = []
    const problem = (column: string | undefined, message: string) =>
      rowIssues.push({ row: record.row, column, message })
    const data: Data = {}
    const cell = (m: Mapping) => record.values.get(m.header)
    let parentKey: string | undefined

    // Plain fields first: relationships to 目录事项 need the row's unit.
    for (const m of mapping) {
      const column = m.column
      if (!column || column.field.type === 'relationship') continue
      const raw = cell(m)
      // A JSON record without the key says nothing about the field; a generated value (索引号) left empty is kept.
      if (
        raw === undefined ||
        (isEmptyValue(raw) && (column.field.admin as { readOnly?: boolean } | undefined)?.readOnly)
      )
        continue
      if (isEmptyValue(raw)) {
        setPath(
          data,
          column.path,
          column.field.type === 'array' || ('hasMany' in column.field && column.field.hasMany) ? [] : null,
        )
        continue
      }
      // Excel turns a typed 2024-03 into a date; a 月份 means the month.
      const parsed =
        raw instanceof Date && column.path.join('.') === 'month'
          ? { value: `${raw.getUTCFullYear()}-${String(raw.getUTCMonth() + 1).padStart(2, '0')}` }
          : parseLeaf(column.field, raw)
      if ('error' in parsed) problem(m.header, parsed.error + otherColumnHint(parsed.rejected, column, columns))
      else setPath(data, column.path, parsed.value)
    }

    for (const m of relationsFirst) {
      const column = m.column
      if (!column || column.field.type !== 'relationship') continue
      const raw = cell(m)
      const relationTo = String(column.field.relationTo)
      if (raw === undefined) continue
      if (isEmptyValue(raw)) {
        setPath(data, column.path, column.field.hasMany ? [] : null)
        continue
      }
      const list = column.field.hasMany ? parseList(raw) : parseText(raw)
      if ('error' in list) {
        problem(m.header, list.error)
        continue
      }
      const values = Array.isArray(list.value)
        ? relationTo === 'cases' && typeof raw === 'string'
          ? raw
              .split(TITLE_LIST)
              .map((v) => v.trim())
              .filter(Boolean)
          : list.value
        : [list.value]
      const ids: Id[] = []
      for (const value of values) {
        let found: Found
        if (relationTo === 'departments') {
          const inFile = spec.slug === 'departments' ? fileUnits.get(unitName(value)) : undefined
          if (inFile !== undefined && !lookups.departmentDoc(value)) {
            parentKey = spec.keyOf({ name: inFile }) ?? undefined
            continue
          }
          found = lookups.department(value)
        } else if (relationTo === 'catalog-items') {
          const primary = mapping.find((x) => x.extra === 'primaryItem')
          const primaryText = primary ? parseText(cell(primary)) : undefined
          found = lookups.catalogItem(
            value,
            (data.department as Id | undefined) ?? null,
            primaryText && 'value' in primaryText ? primaryText.value : undefined,
          )
        } else if (relationTo === 'cases') {
          found = lookups.caseByTitle(value)
        } else {
          found = { error: `不能按文字查找「${relationTo}」` }
        }
        if ('error' in found) problem(m.header, found.error)
        else ids.push(found.id)
      }
      if (column.field.hasMany) setPath(data, column.path, ids)
      else if (ids.length > 0) setPath(data, column.path, ids[0])
    }

    // 一级事项 + 二级事项 columns instead of one 目录事项 column.
    if (!mappedPaths.has('catalogItem')) {
      const primary = mapping.find((m) => m.extra === 'primaryItem')
      const secondary = mapping.find((m) => m.extra === 'secondaryItem')
      if (secondary) {
        const secondaryText = parseText(cell(secondary))
        const primaryText = primary ? parseText(cell(primary)) : undefined
        if ('error' in secondaryText) problem(secondary.header, secondaryText.error)
        else if (secondaryText.value) {
          const found = lookups.catalogItem(
            secondaryText.value,
            (data.department as Id | undefined) ?? null,
            primaryText && 'value' in primaryText ? primaryText.value : undefined,
          )
          if ('error' in found) problem(secondary.header, found.error)
          else data.catalogItem = found.id
        }
      }
    }

    let bulletin: Id | undefined
    if (bulletinHeader && !isEmptyValue(record.values.get(bulletinHeader))) {
      const text = parseText(record.values.get(bulletinHeader))
      const found = 'error' in text ? text : lookups.quarterlyBulletin(text.value)
      if ('error' in found) problem(bulletinHeader, found.error)
      else bulletin = found.id
    }

    const key = spec.keyOf(data)
    let current = key === null ? undefined : existing.get(key)
    // A record found by its 发文机关 + 标题 + 发布日期 whose 索引号 differs is another record's number, not this one's.
    const alternative = spec.altKeyOf?.(data)
    const twin = alternative ? existing.get(alternative) : undefined
    if (twin && twin !== current && (current || data.indexNumber)) {
      problem(
        headerFor(mapping, 'indexNumber'),
        `已有发文机关、标题和发布日期都相同的「${twin.title}」（索引号 ${twin.indexNumber ?? '无'}），与这一行的索引号「${data.indexNumber}」不符；要更改已有信息的索引号，请在后台修改`,
      )
      current = undefined
    }
    const action: RowAction = current ? 'update' : 'create'

    for (const column of columns) {
      const value = getPath(data, column.path)
      if (value !== null && !(Array.isArray(value) && value.length === 0 && column.field.type !== 'array')) continue
      const { defaultValue, required } = column.field as { defaultValue?: unknown; required?: boolean }
      if (action === 'create' && defaultValue !== undefined) {
        // An empty cell of a new document means "the default" (公开对象 全社会, 通报类型 季度警示通报 …).
        deletePath(data, column.path)
      } else if (column.field.type === 'checkbox') {
        setPath(data, column.path, false)
      } else if (action === 'update' && required) {
        const header = mapping.find((m) => m.column === column)?.header
        problem(header ?? column.label, '必填，不能为空（要保留原值，请删除这一列或填写原值）')
      }
    }

    // Required fields: a new document needs them all (those with a default get it).
    for (const { column, dotted, header } of requiredColumns) {
      if (action !== 'create') break
      const value = getPath(data, column.path)
      const missing = value === null || value === undefined || (Array.isArray(value) && value.length === 0)
      if (!missing) continue
      const reported = rowIssues.some(
        (i) => i.column === header || (dotted === 'catalogItem' && extraHeaders.has(i.column ?? '')),
      )
      if (!reported) problem(header ?? column.label, header ? '必填，不能为空' : `缺少必填列「${column.label}」`)
    }

    // Array items keep what a file cannot carry (files uploaded in the admin, item ids).
    if (current) {
      for (const m of mapping) {
        if (m.column?.field.type !== 'array') continue
        const items = getPath(data, m.column.path) as Data[] | null | undefined
        const before = (getPath(current, m.column.path) as Data[] | null | undefined) ?? []
        if (!Array.isArray(items)) continue
        const kept = arrayItemFields(m.column.field)
          .filter((leaf) => leaf.type === 'upload')
          .map((leaf) => leaf.name)
        setPath(
          data,
          m.column.path,
          items.map((item, i) => {
            const old = before[i] ?? {}
            return {
              ...Object.fromEntries(
                ['id', ...kept].filter((name) => old[name] != null).map((name) => [name, old[name]]),
              ),
              ...item,
            }
          }),
        )
      }
    }

    if (
      spec.slug === 'departments' &&
      current &&
      data.parent != null &&
      lookups.wouldCycle(current.id as Id, data.parent as Id)
    ) {
      problem(
        headerFor(mapping, 'parent'),
        String(data.parent) === String(current.id)
          ? '上级单位不能是本单位'
          : '上级单位不能是本单位的下级单位（会形成循环）',
      )
    }

    // A quarter means nothing on a bulletin that is not quarterly (a save hook clears it).
    if (
      spec.slug === 'bulletins' &&
      (data.kind ?? current?.kind ?? 'quarterly') !== 'quarterly' &&
      data.quarter != null
    )
      data.quarter = null

    // The field's own rules (月份 YYYY-MM, ISO 周, 季度 1–4, 提醒 ≤ 140 字, 链接 …), as the admin applies them.
    const merged: Data = { ...(current ?? {}), ...data }
    if (!current) {
      // What Payload will fill in on create (通报类型 defaults to 季度警示通报) decides other rules.
      for (const [name, fallback] of defaults) if (merged[name] == null) merged[name] = fallback
    }
    for (const { m, validate } of validated) {
      const path = m.column!.path
      const value = getPath(data, path)
      if (value === null || value === undefined || rowIssues.some((i) => i.column === m.header)) continue
      const siblingData = path.length > 1 ? (getPath(merged, path.slice(0, -1)) as Data) : merged
      const result = await validate(value, {
        ...m.column!.field,
        id: current?.id,
        collectionSlug: spec.slug,
        data: merged,
        siblingData,
        event: 'submit',
        operation: current ? 'update' : 'create',
        overrideAccess: true,
        path,
        preferences: { fields: {} },
        previousValue: current ? getPath(current, path) : undefined,
        req,
      })
      if (typeof result === 'string') problem(m.header, result)
    }
    for (const m of mapping) {
      if (m.column?.field.type !== 'array') continue
      for (const [index, item] of ((getPath(data, m.column.path) as Data[] | null) ?? []).entries()) {
        for (const leaf of arrayItemFields(m.column.field)) {
          const validate = (leaf as { validate?: (v: unknown, o: unknown) => string | true }).validate
          if (typeof validate !== 'function' || item[leaf.name] == null || leaf.type === 'upload') continue
          const result = await validate(item[leaf.name], {
            ...leaf,
            siblingData: item,
            data: merged,
            req,
            event: 'submit',
            preferences: { fields: {} },
            path: [],
          })
          if (typeof result === 'string') problem(m.header, `第 ${index + 1} 项：${result}`)
        }
      }
    }

    if (spec.slug === 'cases') {
      const types = (merged.violationTypes as string[] | null) ?? []
      const eightRules = (merged.eightRulesTypes as string[] | null) ?? []
      if (eightRules.length > 0 && !types.includes('eight-rules')) {
        problem(
          mapping.find((m) => m.column?.path[0] === 'eightRulesTypes')?.header,
          '只有违纪类型含“违反中央八项规定精神”时才能填写八项规定问题类型',
        )
      }
    }

    if (key === null && rowIssues.length === 0) problem(undefined, `缺少${spec.keyLabel}，无法确定是哪一条`)
    if (key !== null) {
      const keys = [key, ...(alternative && alternative !== key ? [alternative] : [])]
      const earlier = keys.map((k) => seenKeys.get(k)).find((row) => row !== undefined)
      if (earlier !== undefined)
        problem(
          undefined,
          `与第 ${earlier} ${table.unit}是同一条${spec.name}（${spec.keyLabel}相同），文件中只能出现一次`,
        )
      else for (const k of keys) seenKeys.set(k, record.row)
    }
    checkClashes(spec, data, current, lookups, problem, mapping, record.row, seenCodes)

    if (rowIssues.length > 0) {
      issues.push(...rowIssues)
      continue
    }

    let changed = !current
    if (current) {
      for (const m of mapping) {
        if (!m.column || getPath(data, m.column.path) === undefined) continue
        if (!sameValue(m.column.field, getPath(current, m.column.path), getPath(data, m.column.path))) changed = true
      }
      if (options.publish && current._status !== 'published') changed = true
      if (parentKey !== undefined) changed = true
    }
    rows.push({
      row: record.row,
      key: key!,
      action: changed ? action : 'unchanged',
      id: current?.id as Id | undefined,
      data,
      parentKey,
      bulletin,
    })
  }

  if (spec.slug === 'departments') checkParentCycles(rows, issues)
  return { rows, issues, columns: mapping.map((m) => m.header), headerOf: (path) => headerFor(mapping, path) }
}

/** Values that must stay unique beyond the natural key: a unit's code, a disclosure's 索引号. */
function checkClashes(
  spec: ImportSpec,
  data: Data,
  current: Data | undefined,
  lookups: Lookups,
  problem: (column: string | undefined, message: string) => void,
  mapping: Mapping[],
  row: number,
  seenCodes: Map<string, number>,
): void {
  const headerOf = (path: string) => headerFor(mapping, path)
  if (spec.slug === 'departments' && typeof data.code === 'string' && data.code) {
    const owner = lookups.departmentDoc(data.code)
    if (owner && String(owner.code) === data.code && owner.name !== data.name) {
      problem(headerOf('code'), `单位代码「${data.code}」已被「${owner.name}」使用，每个单位的代码必须唯一`)
    }
    const earlier = seenCodes.get(data.code)
    if (earlier !== undefined) problem(headerOf('code'), `单位代码「${data.code}」与第 ${earlier} 行重复`)
    else seenCodes.set(data.code, row)
  }
  if (spec.slug === 'disclosures' && typeof data.indexNumber === 'string' && data.indexNumber && current) {
    const sameUnit = String(idOf(current.department)) === String(data.department ?? idOf(current.department))
    const sameTitle = data.title === undefined || data.title === null || current.title === data.title
    if (!sameUnit || !sameTitle) {
      problem(
        headerOf('indexNumber'),
        `索引号「${data.indexNumber}」已被「${current.title}」使用，与这一行的${sameUnit ? '标题' : '发文机关'}不符；索引号必须唯一，更正已有信息请在后台修改`,
      )
    }
  }
}

/** 上级单位 chains inside one file must end at a unit that exists or is created first. */
function checkParentCycles(rows: PlannedRow[], issues: ImportIssue[]): void {
  const byKey = new Map(rows.map((row) => [row.key, row]))
  for (const row of rows) {
    const seen = new Set<string>([row.key])
    for (let parent = row.parentKey; parent !== undefined; parent = byKey.get(parent)?.parentKey) {
      if (seen.has(parent)) {
        issues.push({ row: row.row, message: `上级单位形成循环（${[...seen].join(' → ')} → ${parent}）` })
        break
      }
      seen.add(parent)
    }
  }
}
