import { ImportRejected } from './issues'

/** A record and its row number as a spreadsheet shows it (the header is row 1; a line break inside a quoted cell starts no new row). */
export type CsvRecord = { row: number; fields: string[] }

/** Comma unless the header line has more tabs than commas ("Unicode text" from Excel is tab-separated). */
export function sniffDelimiter(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const count = (char: string) => firstLine.split(char).length - 1
  return count('\t') > count(',') ? '\t' : ','
}

/**
 * RFC 4180 records, numbered as Excel numbers the rows of the same file, so an error names the
 * row an editor sees. Quoted fields may hold delimiters, doubled quotes and line breaks; a quote
 * left open is an error at the row where it was opened, since everything after it would shift
 * columns. Blank lines count as (empty) rows and are skipped.
 */
export function parseCsv(text: string, delimiter = sniffDelimiter(text)): CsvRecord[] {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let row = 1
  let quoteRow = 0
  let inQuotes = false
  let touched = false

  const endField = () => {
    fields.push(field)
    field = ''
  }
  const endRecord = () => {
    endField()
    if (touched || fields.length > 1 || fields[0] !== '') records.push({ row, fields })
    fields = []
    touched = false
    row++
  }

  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else inQuotes = false
      } else {
        field += char
      }
      continue
    }
    if (char === '"' && field === '') {
      inQuotes = true
      touched = true
      quoteRow = row
    } else if (char === delimiter) {
      endField()
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      endRecord()
    } else {
      field += char
    }
  }
  if (inQuotes) {
    throw new ImportRejected([
      { row: quoteRow, message: '这一行的引号（"）没有配对结束，之后的内容无法分列；请检查该单元格' },
    ])
  }
  if (field !== '' || fields.length > 0 || touched) endRecord()
  return records
}
