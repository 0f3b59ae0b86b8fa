import type { Option } from '../fields/options'
import type { RawValue } from './readTable'

/** A parsed cell: its value, or the Chinese reason it cannot be taken. */
/** A cell's value, or what is wrong with it (`rejected`: the values no option matched, as written). */
export type Parsed<T> = { value: T } | { error: string; rejected?: string[] }

const fail = (error: string): { error: string } => ({ error })

export const isEmptyValue = (value: RawValue): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

const isFormula = (value: RawValue): value is { formula: string } =>
  typeof value === 'object' &&
  value !== null &&
  'formula' in value &&
  typeof (value as { formula: unknown }).formula === 'string'

const isErrorCell = (value: RawValue): value is { error: string } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  'error' in value &&
  Object.keys(value).length === 1

/**
 * Text a spreadsheet would run when the data is opened again (`=cmd|' /C calc'!A0`, `@SUM(…)`,
 * `+1+cmd|…`). Such text is refused rather than stored, so it can never travel back out as a
 * formula; a leading apostrophe is Excel's own way to say "this is text" and is accepted.
 */
const FORMULA_TEXT = /^[=@]|^[+-].*[=(|!]/

const preview = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text)

/** Trimmed text, or why it is refused (a formula, an error value, a structured value). */
export function parseText(value: RawValue): Parsed<string> {
  if (isFormula(value))
    return fail(`单元格是公式（${preview(value.formula)}），导入只接受值：请在 Excel 中“选择性粘贴 → 数值”后再导入`)
  if (isErrorCell(value)) return fail(`单元格是错误值 ${value.error}`)
  if (value instanceof Date) return { value: formatDay(value) }
  if (typeof value === 'number' && Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return fail(`数字单元格 ${value} 超出精度，Excel 已改变了它（如 18 位代码）：请把这一列设为“文本”格式后重新输入`)
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { value: String(value) }
  if (typeof value !== 'string') return fail('应当是文本')
  const text = value.replace(/\r\n?/g, '\n').trim()
  if (text.startsWith("'")) return { value: text.slice(1) }
  if (FORMULA_TEXT.test(text)) {
    return fail(
      `内容「${preview(text)}」以“${text[0]}”开头，会被电子表格当作公式执行，因此不导入；如确为文字，请在开头加一个英文单引号（'）`,
    )
  }
  return { value: text }
}

const pad = (n: number) => String(n).padStart(2, '0')
const formatDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`

const DATE_PATTERNS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
  /^(\d{4})(\d{2})(\d{2})$/,
]

/**
 * A calendar day as `YYYY-MM-DD`, from the ways Chinese catalogues write it (2025-02-03,
 * 2025/2/3, 2025.2.3, 2025年2月3日, 20250203) or an Excel date cell. A day the calendar does
 * not have (2025-02-30) is an error, never rolled over into March.
 */
export function parseDay(value: RawValue): Parsed<string> {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? fail('不是有效的日期') : { value: formatDay(value) }
  }
  const text = parseText(value)
  if ('error' in text) return text
  const raw = text.value.replace(/\s+/g, '')
  // A value exported with a time (2025-02-03T00:00:00+08:00) keeps its day.
  const day = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.exec(raw)?.[1] ?? raw
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(day)
    if (!match) continue
    const [year, month, date] = match.slice(1).map(Number)
    if (month < 1 || month > 12) return fail(`日期「${text.value}」的月份 ${month} 不存在`)
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
    if (date < 1 || date > lastDay) return fail(`日期「${text.value}」不存在：${year} 年 ${month} 月只有 ${lastDay} 天`)
    if (year < 1949 || year > 2999) return fail(`日期「${text.value}」的年份不合理`)
    return { value: `${year}-${pad(month)}-${pad(date)}` }
  }
  return fail(`日期「${text.value}」无法识别，请写成 2025-03-01 或 2025年3月1日`)
}

/** A stored date-only value: noon in China, so it reads as the same day in UTC and Asia/Shanghai (as the admin stores it). */
export const storedDay = (day: string): string => `${day}T04:00:00.000Z`

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** A whole number; tolerates the unit words catalogues add (2025年, 第一季度, Q1, 20 个工作日). */
export function parseInteger(value: RawValue): Parsed<number> {
  if (typeof value === 'number') return Number.isInteger(value) ? { value } : fail(`「${value}」不是整数`)
  const text = parseText(value)
  if ('error' in text) return text
  const raw = text.value.replace(/\s+/g, '')
  const match = /^(?:第|Q|q)?([0-9]+|[一二三四五六七八九])(?:年|季度|个?工作日|天)?$/.exec(raw)
  if (!match) return fail(`「${text.value}」不是整数`)
  const digits = match[1]
  return { value: CHINESE_DIGITS[digits] ?? Number(digits) }
}

const TRUE_WORDS = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓'])
const FALSE_WORDS = new Set(['否', '无', 'n', 'no', 'false', '0', '×', '✗'])

export function parseBoolean(value: RawValue): Parsed<boolean> {
  if (typeof value === 'boolean') return { value }
  const text = parseText(value)
  if ('error' in text) return text
  const word = text.value.toLowerCase()
  if (TRUE_WORDS.has(word)) return { value: true }
  if (FALSE_WORDS.has(word)) return { value: false }
  return fail(`「${text.value}」应当填写“是”或“否”`)
}

/** Labels compare without spaces and with half-width brackets: 县（市、区）级 = 县(市、区)级. */
const normalizeLabel = (text: string) =>
  text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/[“”"]/g, '"').toLowerCase()

/** A select value from its Chinese label (as editors see it) or its stored value. */
export function parseOption(value: RawValue, options: Option[]): Parsed<string> {
  const text = parseText(value)
  if ('error' in text) return text
  const wanted = normalizeLabel(text.value)
  const option = options.find((o) => normalizeLabel(o.label) === wanted || o.value.toLowerCase() === wanted)
  return option
    ? { value: option.value }
    : { error: `「${text.value}」不是可选值；可选：${options.map((o) => o.label).join('、')}`, rejected: [text.value] }
}

/** Separators people use between several values in one cell. */
const LIST_SEPARATOR = /[、，,；;|\n]+/

/** The items of a list cell (a JSON array, or text separated by 、，；| or line breaks). */
export function parseList(value: RawValue): Parsed<string[]> {
  if (Array.isArray(value)) {
    const items: string[] = []
    for (const item of value) {
      const text = parseText(item)
      if ('error' in text) return text
      if (text.value) items.push(text.value)
    }
    return { value: items }
  }
  const text = parseText(value)
  if ('error' in text) return text
  return {
    value: text.value
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter(Boolean),
  }
}

export function parseOptions(value: RawValue, options: Option[]): Parsed<string[]> {
  const list = parseList(value)
  if ('error' in list) return list
  const values: string[] = []
  const rejected: string[] = []
  // Every bad value of the cell is named, not only the first: the editor fixes the cell once.
  for (const item of list.value) {
    const option = parseOption(item, options)
    if ('error' in option) rejected.push(...(option.rejected ?? [item]))
    else if (!values.includes(option.value)) values.push(option.value)
  }
  if (rejected.length)
    return {
      error: `${rejected.map((r) => `「${r}」`).join('、')}不是可选值；可选：${options.map((o) => o.label).join('、')}`,
      rejected,
    }
  return { value: values }
}
