import { describe, expect, it } from 'vitest'

import { csvCell } from '../../site/lib/csv'

describe('open-data CSV cells', () => {
  it('should write lists with 、, yes/no in Chinese and nothing for an empty field', () => {
    expect(csvCell(['违反廉洁纪律', '违反工作纪律'])).toBe('违反廉洁纪律、违反工作纪律')
    expect(csvCell(true)).toBe('是')
    expect(csvCell(false)).toBe('否')
    expect(csvCell(null)).toBe('')
    expect(csvCell(2025)).toBe('2025')
  })

  it('should quote commas, quotes and line breaks', () => {
    expect(csvCell('甲,乙')).toBe('"甲,乙"')
    expect(csvCell('他说"好"')).toBe('"他说""好"""')
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"')
  })

  it('should never hand a spreadsheet a formula to run', () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0")
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('-2+3,x')).toBe('"\'-2+3,x"')
  })
})
