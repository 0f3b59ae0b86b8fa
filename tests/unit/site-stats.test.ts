import { describe, expect, it } from 'vitest'

import { barLayout, niceTicks, SERIES_COLOURS } from '../../site/lib/chartGeometry'
import {
  casesByQuarterAndSanction,
  casesByQuarterAndType,
  casesByRegionAndLevel,
  describeChart,
  disclosuresByDepartment,
  disclosuresByMonth,
  isEmpty,
  monthRange,
  quarterKey,
  quarterRange,
  withDecisionMonth,
  type CaseStatsInput,
} from '../../site/lib/stats'

type Short = Omit<Partial<CaseStatsInput>, 'decisionDate'> & {
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when not published. */
  decisionDate?: string | null
  /** The one person's 党纪处分 kind (null: none published). */
  partySanction?: string | null
}

const aCase = ({ decisionDate = '2025-01-10', partySanction = '警告', ...over }: Short): CaseStatsInput => ({
  decisionDate: decisionDate === null ? null : { value: decisionDate },
  violationTypes: ['违反廉洁纪律'],
  persons: [{ partySanction: partySanction === null ? null : { value: partySanction } }],
  level: '市级',
  region: '清风市本级',
  ...over,
})

const series = (data: { series: { name: string; values: number[] }[] }, name: string) =>
  data.series.find((s) => s.name === name)?.values

/** WCAG relative-luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe('quarters and months', () => {
  it('should key dates by calendar quarter', () => {
    expect(quarterKey('2025-01-01')).toBe('2025-Q1')
    expect(quarterKey('2025-03-31')).toBe('2025-Q1')
    expect(quarterKey('2025-04-01')).toBe('2025-Q2')
    expect(quarterKey('2025-12-31')).toBe('2025-Q4')
  })

  it('should list every quarter and month across a year boundary', () => {
    expect(quarterRange('2024-Q3', '2025-Q2')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'])
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
    expect(monthRange('2025-03', '2025-03')).toEqual(['2025-03'])
  })
})

describe('cases by quarter and violation type', () => {
  const cases = [
    aCase({ decisionDate: '2025-03-05', violationTypes: ['违反中央八项规定精神', '违反廉洁纪律', '违反工作纪律'] }),
    aCase({ decisionDate: '2025-01-20', violationTypes: ['违反中央八项规定精神'] }),
    aCase({ decisionDate: '2024-11-08', violationTypes: ['违反群众纪律'] }),
  ]
  const data = casesByQuarterAndType(cases)

  it('should count a case once under each of its types', () => {
    expect(data.categories).toEqual(['2024年第四季度', '2025年第一季度'])
    expect(series(data, '违反中央八项规定精神')).toEqual([0, 2])
    expect(series(data, '违反廉洁纪律')).toEqual([0, 1])
    expect(series(data, '违反群众纪律')).toEqual([1, 0])
    expect(data.extra).toEqual([{ name: '案件数', values: [1, 2] }])
  })

  it('should order the types as the CMS lists them and leave out types that never occur', () => {
    expect(data.series.map((s) => s.name)).toEqual([
      '违反廉洁纪律',
      '违反群众纪律',
      '违反工作纪律',
      '违反中央八项规定精神',
    ])
  })

  it('should fill quarters without cases with zeros', () => {
    const gap = casesByQuarterAndType([aCase({ decisionDate: '2024-02-01' }), aCase({ decisionDate: '2024-10-01' })])
    expect(gap.categories).toEqual(['2024年第一季度', '2024年第二季度', '2024年第三季度', '2024年第四季度'])
    expect(series(gap, '违反廉洁纪律')).toEqual([1, 0, 0, 1])
  })

  it('should count a type listed twice only once', () => {
    const twice = casesByQuarterAndType([aCase({ violationTypes: ['违反廉洁纪律', '违反廉洁纪律'] })])
    expect(series(twice, '违反廉洁纪律')).toEqual([1])
  })
})

describe('cases by quarter and party sanction', () => {
  it('should count a case without a published party sanction as 党纪处分未公开 (not 无) and order sanctions from none to the heaviest', () => {
    const data = casesByQuarterAndSanction([
      aCase({ partySanction: '开除党籍' }),
      aCase({ partySanction: null }),
      aCase({ partySanction: '警告', decisionDate: '2025-05-01' }),
      aCase({ partySanction: null, decisionDate: '2025-05-02' }),
    ])
    expect(data.categories).toEqual(['2025年第一季度', '2025年第二季度'])
    expect(data.series).toEqual([
      { name: '党纪处分未公开', values: [1, 1] },
      { name: '警告', values: [0, 1] },
      { name: '开除党籍', values: [1, 0] },
    ])
  })
})

describe('cases as published', () => {
  it('should count each kind of several persons, a term no rule knows as 其他, and leave a case without a decision month out of the quarters', () => {
    const data = casesByQuarterAndSanction([
      aCase({
        persons: [
          { partySanction: { value: '严重警告' } },
          { partySanction: { value: '警告' } },
          { partySanction: null },
        ],
      }),
      aCase({ persons: [{ partySanction: { value: null } }] }),
      aCase({ decisionDate: '2025' }),
      aCase({ decisionDate: null }),
    ])
    expect(data.categories).toEqual(['2025年第一季度'])
    expect(data.series).toEqual([
      { name: '警告', values: [1] },
      { name: '严重警告', values: [1] },
      { name: '其他党纪处分', values: [1] },
    ])
    expect(withDecisionMonth([aCase({ decisionDate: '2025' }), aCase({ decisionDate: '2025-07' })])).toHaveLength(1)
  })

  it('should count an unstated region or level as such, never as another', () => {
    const data = casesByRegionAndLevel([aCase({ region: null, level: null }), aCase({})])
    expect(data.categories).toEqual(['区域未公开', '清风市本级'].sort((a, b) => a.localeCompare(b, 'zh-CN')))
    expect(data.series.find((s) => s.name === '层级未公开')?.values).toEqual(
      data.categories.map((c) => (c === '区域未公开' ? 1 : 0)),
    )
  })
})

describe('cases by region and level', () => {
  it('should put the region with most cases first and split each by level in LEVELS order', () => {
    const data = casesByRegionAndLevel([
      aCase({ region: '青莲区', level: '村(社区)级' }),
      aCase({ region: '松溪县', level: '镇(街道)级' }),
      aCase({ region: '松溪县', level: '县(市、区)级' }),
      aCase({ region: '清风市本级', level: '市级' }),
    ])
    expect(data.categories[0]).toBe('松溪县')
    expect([...data.categories].sort()).toEqual(['松溪县', '清风市本级', '青莲区'].sort())
    expect(data.series.map((s) => s.name)).toEqual(['市级', '县(市、区)级', '镇(街道)级', '村(社区)级'])
    expect(series(data, '镇(街道)级')![0]).toBe(1)
    expect(series(data, '县(市、区)级')![0]).toBe(1)
  })
})

describe('disclosures', () => {
  const disclosures = [
    { publishDate: '2025-03-05', department: { name: '青莲区财政局' } },
    { publishDate: '2025-06-18', department: { name: '清风市住房和城乡建设局' } },
    { publishDate: '2024-11-15', department: null },
    { publishDate: '2025-06-24', department: { name: '清风市住房和城乡建设局' } },
  ]

  it('should count per unit, most first, with disclosures without a unit under 未注明', () => {
    const data = disclosuresByDepartment(disclosures)
    expect(data.categories[0]).toBe('清风市住房和城乡建设局')
    expect(data.series[0].values[0]).toBe(2)
    expect(data.categories).toContain('未注明')
    expect(data.series[0].values.reduce((a, b) => a + b)).toBe(4)
  })

  it('should count per month from the first to the last, zero-filled and labelled in Chinese', () => {
    const data = disclosuresByMonth(disclosures)
    expect(data.categories).toEqual([
      '2024年11月',
      '2024年12月',
      '2025年1月',
      '2025年2月',
      '2025年3月',
      '2025年4月',
      '2025年5月',
      '2025年6月',
    ])
    expect(data.series[0].values).toEqual([1, 0, 0, 0, 1, 0, 0, 2])
  })
})

describe('empty data and descriptions', () => {
  it('should have nothing to draw without entries', () => {
    for (const data of [
      casesByQuarterAndType([]),
      casesByQuarterAndSanction([]),
      casesByRegionAndLevel([]),
      disclosuresByDepartment([]),
      disclosuresByMonth([]),
    ]) {
      expect(isEmpty(data)).toBe(true)
    }
    expect(describeChart(casesByQuarterAndType([]), { noun: '季度', unit: '件' })).toBe('暂无数据。')
  })

  it('should name the extent, the largest category and the series totals', () => {
    const data = casesByQuarterAndSanction([
      aCase({ decisionDate: '2024-02-01', partySanction: '警告' }),
      aCase({ decisionDate: '2024-08-01', partySanction: '开除党籍' }),
      aCase({ decisionDate: '2024-08-02', partySanction: '开除党籍' }),
    ])
    expect(describeChart(data, { noun: '季度', unit: '件', range: true, seriesNoun: '党纪处分' })).toBe(
      '2024年第一季度至2024年第三季度共3个季度，最多的是2024年第三季度（2件）。按党纪处分合计：开除党籍2件、警告1件。',
    )
  })

  it('should not call per-type counts a number of cases', () => {
    const data = casesByQuarterAndType([aCase({ violationTypes: ['违反廉洁纪律', '违反工作纪律'] })])
    expect(describeChart(data, { noun: '季度', unit: '件', seriesNoun: '违纪类型', totalNoun: '各类型计数合计' })).toBe(
      '共1个季度，各类型计数合计最多的是2025年第一季度（2件）。按违纪类型合计：违反廉洁纪律1件、违反工作纪律1件。',
    )
  })
})

describe('chart geometry', () => {
  it('should end the axis on a round number at or above the largest value', () => {
    expect(niceTicks(14)).toEqual([0, 5, 10, 15])
    expect(niceTicks(3)).toEqual([0, 1, 2, 3])
    expect(niceTicks(0)).toEqual([0, 1])
    expect(niceTicks(170).at(-1)).toBeGreaterThanOrEqual(170)
  })

  it('should put long unit names above their bars and short labels beside them', () => {
    expect(barLayout(['清风市国有资产监督管理委员会'], 3).labelsAbove).toBe(true)
    expect(barLayout(['2025年3月', '2025年4月'], 3).labelsAbove).toBe(false)
    const layout = barLayout(['松溪县', '青莲区'], 9)
    expect(layout.rows[1].barY).toBeGreaterThan(layout.rows[0].barY)
    expect(layout.x(0)).toBe(layout.plotLeft)
  })

  it('should use series colours with at least 4.5:1 contrast against white (bars 3:1, white labels inside 4.5:1)', () => {
    for (const colour of SERIES_COLOURS) {
      expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5)
    }
  })
})
