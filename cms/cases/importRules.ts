// How `npm run import` reads cases (docs/import.md). Besides the admin's fields, a case list
// usually has one column per fact of the person (被处分人, 单位及职务, 党纪处分 …), several
// persons of one case separated by ；or line breaks in the same order; those columns become the
// case's 被处分人 here, before the rows are planned.
import type { ImportIssue } from '../import/issues'
import { headerKey } from '../import/columns'
import { isEmptyValue, parseText } from '../import/cellValues'
import { join, text } from '../import/keys'
import type { RawValue, Table } from '../import/readTable'
import type { ImportRules } from '../import/rules'
import { splitUnitAndPosition } from '../notices/parseNotice'
import { readPublishedDate } from '../../content/model/caseTerms'

type PersonColumn =
  | 'name'
  | 'unitPosition'
  | 'unit'
  | 'position'
  | 'rank'
  | 'partyMember'
  | 'partySanction'
  | 'governmentSanction'
  | 'measures'
  | 'otherMeasures'
  | 'referred'
  | 'criminalOutcome'

/** The headers of each fact of a person, as case lists name them (normalised with headerKey). */
const PERSON_HEADERS: Record<PersonColumn, string[]> = {
  name: ['被处分人', '姓名', '被处分人姓名', '当事人', 'subject'],
  unitPosition: ['单位及职务', '单位职务', '工作单位及职务', '职务及单位', 'unitPosition'],
  unit: ['工作单位', '被处分人单位', '被处分人所在单位'],
  position: ['职务', '被处分人职务'],
  rank: ['职级', '级别', '干部级别'],
  partyMember: ['政治面貌', '是否中共党员', '是否党员'],
  partySanction: ['党纪处分', 'partySanction'],
  governmentSanction: ['政务处分', '政务(行政)处分', '行政处分', '处分(政务)', 'governmentSanction'],
  measures: ['组织处理', '组织处理措施', '第一种形态', 'measures'],
  otherMeasures: ['其他处理', '其他措施', '责令退缴', '收缴情况', 'confiscation', 'otherMeasures'],
  referred: ['移送检察机关', '是否移送检察机关', '移送司法', 'referred'],
  criminalOutcome: ['刑事处理', '刑事处罚', '判决结果', 'criminalOutcome'],
}

const COLUMN_OF = new Map(
  Object.entries(PERSON_HEADERS).flatMap(([column, headers]) => headers.map((h) => [headerKey(h), column])),
) as Map<string, PersonColumn>

/** Between persons in one cell. Names are also listed with 、 (张某某、李某某). */
const PERSONS = /[；;\n]+/
const NAMES = /[；;\n、，,]+/
/** A person's value left out in a cell of several: 张某某的党纪处分；—. */
const NOTHING = new Set(['', '—', '-', '－', '/', '无', '未公开'])

const PARTY_MEMBER: Record<string, string> = { 是: '中共党员', 党员: '中共党员', 否: '非中共党员' }

type Person = Record<string, unknown>

/**
 * The 被处分人 columns of a row → its 被处分人 (a JSON cell the array field reads). A file that
 * already has a JSON 被处分人 column, or no person column at all, is left as it is.
 */
function preparePersons(table: Table, issues: ImportIssue[]): Table {
  const personHeaders = table.headers.flatMap((header) => {
    const column = COLUMN_OF.get(headerKey(header))
    return column ? [{ header, column }] : []
  })
  const nameHeader = personHeaders.find((h) => h.column === 'name')?.header
  const jsonPersons =
    nameHeader &&
    table.records.some((r) => {
      const value = r.values.get(nameHeader)
      return Array.isArray(value) || /^\s*\[/.test(String(value ?? ''))
    })
  if (personHeaders.length === 0 || jsonPersons) return table
  if (!nameHeader) {
    issues.push({
      row: table.headerRow,
      column: personHeaders[0].header,
      message: `有「${personHeaders.map((h) => h.header).join('」「')}」列，但没有「被处分人」列：每位被处分人须写明姓名`,
    })
    return table
  }
  const flat = new Set(personHeaders.map((h) => h.header))
  const headers = table.headers.filter((h) => !flat.has(h) || h === nameHeader)
  const records = table.records.map((record) => {
    const values = new Map([...record.values].filter(([h]) => !flat.has(h) || h === nameHeader))
    const nameCell = record.values.get(nameHeader)
    if (isEmptyValue(nameCell as RawValue)) {
      values.set(nameHeader, null)
      return { ...record, values }
    }
    const names = cellText(nameCell)
      .split(NAMES)
      .map((n) => n.trim())
      .filter(Boolean)
    const persons: Person[] = names.map((name) => ({ name }))
    for (const { header, column } of personHeaders) {
      if (column === 'name') continue
      const raw = record.values.get(header)
      if (isEmptyValue(raw as RawValue)) continue
      const parts = cellText(raw)
        .split(PERSONS)
        .map((p) => p.trim())
      if (parts.length !== persons.length && !(parts.length === 1 && persons.length === 1)) {
        issues.push({
          row: record.row,
          column: header,
          message: `被处分人有 ${persons.length} 人（${names.join('、')}），这一列有 ${parts.length} 项：请按被处分人的顺序，用“；”分隔逐人填写（没有的写“—”）`,
        })
        continue
      }
      parts.forEach((part, i) => {
        if (NOTHING.has(part)) return
        setFact(persons[i], column, part)
      })
    }
    values.set(nameHeader, persons)
    return { ...record, values }
  })
  return { ...table, headers, records }
}

const cellText = (raw: unknown): string => {
  const parsed = parseText(raw as RawValue)
  return 'error' in parsed ? String(raw) : parsed.value
}

function setFact(person: Person, column: PersonColumn, value: string): void {
  switch (column) {
    case 'unitPosition': {
      // An own 单位 or 职务 column says it more precisely.
      const split = splitUnitAndPosition(value)
      person.unit ??= split.unit
      person.position ??= split.position
      return
    }
    case 'unit':
    case 'position':
    case 'rank':
      person[column] = value
      return
    case 'partyMember':
      person.partyMember = PARTY_MEMBER[value] ?? value
      return
    case 'measures':
    case 'otherMeasures':
      person[column] = [...((person[column] as string[] | undefined) ?? []), ...value.split(/[、，,]+/).filter(Boolean)]
      return
    default:
      person[column] = value
  }
}

const personKey = (persons: unknown): string => {
  const list = Array.isArray(persons) ? (persons as Person[]) : []
  return list.map((p) => [text(p.name), text(p.unit), text(p.position)].join('|')).join('；')
}

/** 2021年7月5日 and 2021-07-05 are the same date; an unpublished one is — (never a match for a day). */
const dateKey = (value: unknown): string => {
  const published = text(value)
  if (!published) return '—'
  const date = readPublishedDate(published)
  return 'error' in date ? published : date.value
}

/** How `npm run import` reads this collection's rows (docs/import.md). */
export const caseImportRules: ImportRules = {
  aliases: {
    department: ['单位', '所属单位'],
    cadreLevel: ['干部管理权限', '干部层级', '管理权限'],
    violationTypes: ['问题类型', '违纪违法类型'],
    eightRulesTypes: ['八项规定问题', '八项规定精神问题类型'],
    facts: ['主要问题', '基本案情', '问题事实', '案情', '通报内容'],
    decisionDate: ['处分日期', '决定日期', '处理日期'],
    'source.kind': ['案例来源', '来源'],
    'source.issuer': ['原发布机关', '发布机关', '通报机关'],
    'source.title': ['原通报标题', '原通报'],
    'source.date': ['原发布日期', '通报日期'],
    'source.url': ['原文链接', '来源链接', '原文网址'],
  },
  extras: [{ name: 'bulletin', label: '所属通报', headers: ['所属通报', '季度通报', 'bulletin'] }],
  // Published names are anonymised (李某某): the same names on the same day are often other persons.
  keyLabel: '被处分人（姓名、单位、职务）+ 处分决定日期',
  keyOf: (doc) => join(personKey(doc.persons), dateKey(doc.decisionDate)),
  prepare: preparePersons,
}
