/**
 * What is wrong with an import file, said so that an editor can find and fix it: the row as the
 * spreadsheet numbers it (the header is row 1) and the column as its header reads.
 */
export type ImportIssue = {
  /** Row number in the file (header = 1); for JSON, the record's position (first = 1). */
  row?: number
  /** The column header as written in the file, or the field's Chinese label. */
  column?: string
  message: string
}

/** An import that cannot go ahead: nothing has been written. */
export class ImportRejected extends Error {
  /** `unit`: how the file's rows are counted, when known (第 2 条 of a pasted notice). */
  constructor(
    readonly issues: ImportIssue[],
    readonly unit?: RowUnit,
  ) {
    super(`导入文件有 ${issues.length} 处错误，未写入任何数据`)
    this.name = 'ImportRejected'
  }
}

/** How rows are counted: spreadsheet rows, or records of a JSON array. */
export type RowUnit = '行' | '条记录' | '条'

/** One line per issue: 第 12 行「成文日期」：日期「2025-02-30」不存在 */
export function formatIssue(issue: ImportIssue, unit: RowUnit = '行'): string {
  const where = [
    issue.row !== undefined ? `第 ${issue.row} ${unit}` : '',
    issue.column ? `「${issue.column}」` : '',
  ].join('')
  return where ? `${where}：${issue.message}` : issue.message
}
