import type ExcelJS from 'exceljs'

import { ImportRejected } from './issues'

/** A cell as the importer sees it; formulas and error values are kept apart so they are never taken as data. */
export type Cell = string | number | boolean | Date | null | { formula: string } | { error: string }

export type SheetRow = { row: number; cells: Cell[] }

type ExcelValue = ExcelJS.CellValue | undefined

function cellOf(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const formula =
        'formula' in value && value.formula
          ? value.formula
          : String((value as { sharedFormula?: string }).sharedFormula ?? '')
      return { formula: `=${formula}` }
    }
    if ('error' in value) return { error: String(value.error) }
    if ('richText' in value) return value.richText.map((run) => run.text).join('')
    if ('text' in value) return typeof value.text === 'string' ? value.text : cellOf(value.text as ExcelValue)
  }
  return String(value)
}

/**
 * The rows of a workbook's first worksheet (or the one named), read as a stream so a sheet of
 * 100,000 rows does not have to fit in memory as a workbook. Dates come as Date values
 * (Excel stores the wall-clock day; read it with the UTC getters). Formulas are returned as
 * such, never with their cached result: an import takes values, not what a formula computed.
 */
export async function readXlsx(file: string, sheetName?: string): Promise<{ sheet: string; rows: SheetRow[] }> {
  // Loaded on first use: exceljs and its zip libraries are a quarter of a command's start-up
  // time, and only workbook imports need them.
  const { default: Excel } = await import('exceljs')
  const reader = new Excel.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  })
  const seen: string[] = []
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name ?? `工作表${seen.length + 1}`
      seen.push(name)
      if (sheetName && name !== sheetName) {
        // The stream has to be drained to reach the next sheet.
        for await (const _ of worksheet) void _
        continue
      }
      const rows: SheetRow[] = []
      for await (const row of worksheet) {
        const values = row.values as ExcelValue[]
        const cells: Cell[] = []
        for (let column = 1; column < values.length; column++) cells.push(cellOf(values[column]))
        rows.push({ row: row.number, cells })
      }
      return { sheet: name, rows }
    }
  } catch (error) {
    throw new ImportRejected([
      {
        message: `无法读取 Excel 文件（.xlsx）：${(error as Error).message}。请确认文件没有损坏，且不是旧版 .xls 格式`,
      },
    ])
  }
  throw new ImportRejected([
    {
      message: sheetName
        ? `工作簿中没有名为「${sheetName}」的工作表（现有：${seen.join('、') || '无'}）`
        : '工作簿中没有工作表',
    },
  ])
}
