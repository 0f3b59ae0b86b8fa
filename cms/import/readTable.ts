import fs from 'node:fs/promises'
import path from 'node:path'

import { parseCsv } from './csv'
import { decodeText, type TextEncoding } from './decodeText'
import { ImportRejected, type RowUnit } from './issues'
import { readXlsx, type Cell } from './xlsx'

/** A value from a file: a spreadsheet cell, or any JSON value (arrays for 宣讲活动 …). */
export type RawValue = Cell | unknown

export type TableRecord = { row: number; values: Map<string, RawValue> }

export type Table = {
  /** `notice`: a pasted 通报, one record per item (cms/cases/noticeTable.ts). */
  format: 'csv' | 'json' | 'xlsx' | 'notice'
  /** Column headers in file order (for JSON: every key used by any record). */
  headers: string[]
  records: TableRecord[]
  unit: RowUnit
  /** The row of the column headers (a worksheet may start lower down). */
  headerRow?: number
  /** How a CSV file was decoded. */
  encoding?: TextEncoding
}

export type ReadOptions = { encoding?: TextEncoding; sheet?: string }

const trimHeader = (value: unknown) =>
  String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim()

function fromGrid(format: 'csv' | 'xlsx', grid: { row: number; cells: RawValue[] }[]): Table {
  if (grid.length === 0) throw new ImportRejected([{ message: '文件是空的：第 1 行应当是列标题' }])
  const [head, ...rows] = grid
  const headers = head.cells.map(trimHeader)
  const issues = headers.flatMap((header, index) => {
    if (header === '' && rows.some((row) => !isBlank(row.cells[index]))) {
      return [{ row: head.row, message: `第 ${index + 1} 列有数据但没有列标题` }]
    }
    const first = headers.indexOf(header)
    return header !== '' && first !== index
      ? [{ row: head.row, column: header, message: `列标题重复（第 ${first + 1} 列和第 ${index + 1} 列）` }]
      : []
  })
  if (issues.length > 0) throw new ImportRejected(issues)
  const records = rows
    .filter((row) => row.cells.some((cell) => !isBlank(cell)))
    .map((row) => {
      const values = new Map<string, RawValue>()
      headers.forEach((header, index) => header && values.set(header, row.cells[index] ?? null))
      const extra = row.cells.slice(headers.length).findIndex((cell) => !isBlank(cell))
      if (extra >= 0)
        throw new ImportRejected([{ row: row.row, message: `第 ${headers.length + extra + 1} 列有数据但没有列标题` }])
      return { row: row.row, values }
    })
  return { format, headers: headers.filter(Boolean), records, unit: '行', headerRow: head.row }
}

const isBlank = (value: RawValue) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

function fromJson(text: string): Table {
  let data: unknown
  const source = text.replace(/^\uFEFF/, '')
  try {
    data = JSON.parse(source)
  } catch (error) {
    // V8 says where: "… at position 123"; readers count lines.
    const position = Number(/position (\d+)/.exec((error as Error).message)?.[1])
    const where = Number.isFinite(position) ? `第 ${source.slice(0, position).split('\n').length} 行附近` : ''
    throw new ImportRejected([
      {
        message: `JSON 格式错误${where ? `（${where}）` : ''}：请检查引号、逗号和括号是否配对（${(error as Error).message}）`,
      },
    ])
  }
  const list = Array.isArray(data)
    ? data
    : ((data as { docs?: unknown; rows?: unknown } | null)?.docs ?? (data as { rows?: unknown } | null)?.rows)
  if (!Array.isArray(list)) throw new ImportRejected([{ message: 'JSON 文件应当是记录数组，或带 "docs" 数组的对象' }])
  const headers: string[] = []
  const records = list.map((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new ImportRejected([{ row: index + 1, message: '每条记录应当是一个对象（键为列名）' }])
    }
    const values = new Map<string, RawValue>()
    for (const [key, value] of Object.entries(item)) {
      const header = trimHeader(key)
      if (!headers.includes(header)) headers.push(header)
      values.set(header, value)
    }
    return { row: index + 1, values }
  })
  return { format: 'json', headers, records, unit: '条记录' }
}

/** Reads a CSV (any of the encodings Excel writes), JSON or XLSX file into rows of named values. */
export async function readTable(file: string, options: ReadOptions = {}): Promise<Table> {
  const extension = path.extname(file).toLowerCase()
  if (extension === '.xlsx') {
    const { rows } = await readXlsx(file, options.sheet)
    return fromGrid('xlsx', rows)
  }
  if (extension === '.xls')
    throw new ImportRejected([{ message: '不支持旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或“CSV UTF-8”' }])
  const bytes = await fs.readFile(file)
  if (extension === '.json') return fromJson(decodeText(bytes, options.encoding).text)
  if (extension === '.csv' || extension === '.txt' || extension === '.tsv') {
    const { text, encoding } = decodeText(bytes, options.encoding)
    const grid = parseCsv(text).map((record) => ({ row: record.row, cells: record.fields }))
    return { ...fromGrid('csv', grid), encoding }
  }
  throw new ImportRejected([{ message: `无法识别的文件类型「${extension || '无扩展名'}」：支持 .csv、.json、.xlsx` }])
}
