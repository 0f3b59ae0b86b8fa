import { describe, expect, it } from 'vitest'

import { isoWeeksInYear } from '../../cms/fields/periods'
import { LEVEL_OPTIONS, VIOLATION_OPTIONS } from '../../cms/fields/options'
import { parseBoolean, parseDay, parseInteger, parseOption, parseOptions, parseText } from '../../cms/import/cellValues'
import { columnsOf, headerKey } from '../../cms/import/columns'
import { parseCsv } from '../../cms/import/csv'
import { decodeText } from '../../cms/import/decodeText'
import { ImportRejected } from '../../cms/import/issues'
import { lexicalToText, textToLexical } from '../../cms/import/richTextCell'
import { CatalogItems } from '../../cms/collections/CatalogItems'

const gb18030 = (bytes: number[]) => Uint8Array.from(bytes)
// 公开 in GB18030 (B9 AB BF AA), as Excel on Chinese Windows saves a CSV.
const GONGKAI = [0xb9, 0xab, 0xbf, 0xaa]

describe('import cells', () => {
  it('reads the ways catalogues write a day, and refuses days the calendar lacks', () => {
    for (const written of [
      '2025-03-01',
      '2025/3/1',
      '2025.3.1',
      '2025年3月1日',
      '20250301',
      '2025-03-01T00:00:00+08:00',
    ]) {
      expect(parseDay(written), written).toEqual({ value: '2025-03-01' })
    }
    expect(parseDay(new Date(Date.UTC(2024, 1, 29)))).toEqual({ value: '2024-02-29' })
    expect(parseDay('2025-02-29')).toEqual({ error: '日期「2025-02-29」不存在：2025 年 2 月只有 28 天' })
    expect(parseDay('2024-04-31')).toEqual({ error: '日期「2024-04-31」不存在：2024 年 4 月只有 30 天' })
    expect(parseDay('下周一')).toHaveProperty('error')
  })

  it('refuses formula text and formula cells, and takes apostrophe-quoted text as text', () => {
    for (const formula of ["=cmd|' /C calc'!A0", '@SUM(A1:A2)', "+1+cmd|' /C calc'!A0", '-2+3+cmd|x!A0']) {
      expect(parseText(formula), formula).toHaveProperty('error')
    }
    expect(parseText({ formula: '=1+1' })).toHaveProperty('error')
    expect(parseText("'=不是公式")).toEqual({ value: '=不是公式' })
    expect(parseText('-')).toEqual({ value: '-' })
    expect(parseText('-12.5')).toEqual({ value: '-12.5' })
    expect(parseText('  两端空格  ')).toEqual({ value: '两端空格' })
  })

  it('takes select values by label (brackets and spaces as written) or by stored value', () => {
    expect(parseOption('县（市、区）级', LEVEL_OPTIONS)).toEqual({ value: 'county' })
    expect(parseOption('village', LEVEL_OPTIONS)).toEqual({ value: 'village' })
    expect(parseOptions('违反廉洁纪律、违反中央八项规定精神；违反廉洁纪律', VIOLATION_OPTIONS)).toEqual({
      value: ['integrity', 'eight-rules'],
    })
    expect(parseOption('省级', LEVEL_OPTIONS)).toEqual({
      error: '「省级」不是可选值；可选：市级、县(市、区)级、镇(街道)级、村(社区)级',
      rejected: ['省级'],
    })
  })

  it('reads whole numbers with their unit words, and yes/no', () => {
    expect(parseInteger('2025年')).toEqual({ value: 2025 })
    expect(parseInteger('第三季度')).toEqual({ value: 3 })
    expect(parseInteger('Q4')).toEqual({ value: 4 })
    expect(parseInteger('20 个工作日')).toEqual({ value: 20 })
    expect(parseInteger('2.5')).toHaveProperty('error')
    expect(parseBoolean('是')).toEqual({ value: true })
    expect(parseBoolean('否')).toEqual({ value: false })
    expect(parseBoolean('也许')).toHaveProperty('error')
    expect(isoWeeksInYear(2026)).toBe(53)
  })

  it('decodes UTF-8 with or without BOM, GB18030 and UTF-16, and names lines in another encoding', () => {
    const utf8 = new TextEncoder().encode('标题\n公开\n')
    expect(decodeText(utf8)).toEqual({ text: '标题\n公开\n', encoding: 'utf-8' })
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: '标题\n公开\n',
      encoding: 'utf-8',
    })
    expect(decodeText(gb18030([...GONGKAI, 0x0a, ...GONGKAI]))).toEqual({ text: '公开\n公开', encoding: 'gb18030' })
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('标题\t公开', 'utf16le')])
    expect(decodeText(utf16).text).toBe('标题\t公开')
    const mixed = Uint8Array.from([
      ...new TextEncoder().encode('标题\n公开\n'),
      ...GONGKAI,
      0x0a,
      ...new TextEncoder().encode('公开\n'),
    ])
    const error = (() => {
      try {
        decodeText(mixed)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ImportRejected)
    expect((error as ImportRejected).issues.map((issue) => issue.row)).toEqual([3])
  })

  it('parses quoted CSV fields with commas, doubled quotes and line breaks, numbering rows as Excel does', () => {
    // The line break inside the quoted cell starts no row; the blank line is row 3.
    const records = parseCsv('标题,正文\r\n"甲,乙","第一段\n第二段"\r\n\r\n"说""是""",x\n')
    expect(records).toEqual([
      { row: 1, fields: ['标题', '正文'] },
      { row: 2, fields: ['甲,乙', '第一段\n第二段'] },
      { row: 4, fields: ['说"是"', 'x'] },
    ])
    expect(parseCsv('a\tb\n1\t2\n')).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['1', '2'] },
    ])
    expect(() => parseCsv('标题\n"没有结束\n')).toThrow(ImportRejected)
  })

  it('names a catalogue item field by its label, its group and label, or its path', () => {
    const columns = columnsOf(CatalogItems.fields, { content: ['公开要素'] })
    const find = (header: string) =>
      columns.find((column) => column.headers.includes(headerKey(header)))?.path.join('.')
    expect(find('公开时限')).toBe('timeLimit.text')
    expect(find('时限（工作日）')).toBe('timeLimit.workingDays')
    expect(find('公开时限.时限(工作日)')).toBe('timeLimit.workingDays')
    expect(find('timeLimit.workingDays')).toBe('timeLimit.workingDays')
    expect(find('公开要素')).toBe('content')
    expect(find('一级事项*')).toBe('primaryItem')
    expect(find('状态')).toBeUndefined()
  })

  it('turns cell text into rich text paragraphs and back', () => {
    const text = '第一段\n\n第二段'
    expect(lexicalToText(textToLexical(text))).toBe('第一段\n第二段')
  })
})
