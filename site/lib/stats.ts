// Counts behind the 统计 page. Pure functions over the entries' `data` (no astro:content), so
// the numbers can be unit-tested against plain objects.
import { formatMonth, quarterLabel } from './format'
import { LEVELS, PARTY_SANCTIONS, VIOLATION_TYPES } from '../../content/model/labels'

/** The fields of a case the statistics read (the case file's, content/model/collections/cases.ts). */
export interface CaseStatsInput {
  /** At its published precision; null when not published. */
  decisionDate: { value: string } | null
  violationTypes: readonly string[]
  persons: readonly { partySanction: { value: string | null } | null }[]
  level: string | null
  region: string | null
}

/** The fields of a disclosure the statistics read. */
export interface DisclosureStatsInput {
  publishDate: string
  department: { name: string } | null
}

export interface Series {
  name: string
  /** One count per category, in category order. */
  values: number[]
}

/** What every chart and data table draws: one row per category, one column per series. */
export interface ChartData {
  categories: string[]
  series: Series[]
  /** Columns shown only in the data table (e.g. distinct cases next to per-type counts). */
  extra?: Series[]
}

export const NO_PARTY_SANCTION = '党纪处分未公开'
/** A sanction published in words no rule knows: counted, never dropped. */
export const OTHER_PARTY_SANCTION = '其他党纪处分'
export const NO_LEVEL = '层级未公开'
export const NO_REGION = '区域未公开'
export const NO_DEPARTMENT = '未注明'

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN')

/** `2025-03-05` → `2025-Q1` (sortable as a string). */
export function quarterKey(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`
}

/** `2025-Q1` → `2025年第一季度`, the wording the quarterly bulletins use. */
export function formatQuarter(key: string): string {
  const [year, quarter] = key.split('-Q').map(Number)
  return `${year}年${quarterLabel(quarter)}`
}

/** Every quarter key from `first` to `last`, so empty quarters show as 0 rather than vanish. */
export function quarterRange(first: string, last: string): string[] {
  const keys: string[] = []
  let [year, quarter] = first.split('-Q').map(Number)
  for (let key = first; key <= last; key = `${year}-Q${quarter}`) {
    keys.push(key)
    ;[year, quarter] = quarter === 4 ? [year + 1, 1] : [year, quarter + 1]
  }
  return keys
}

/** Every month (`YYYY-MM`) from `first` to `last`. */
export function monthRange(first: string, last: string): string[] {
  const keys: string[] = []
  let [year, month] = first.split('-').map(Number)
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    keys.push(key)
    ;[year, month] = month === 12 ? [year + 1, 1] : [year, month + 1]
  }
  return keys
}

/** Sorted distinct keys, filled to a continuous range. */
function timeline(keys: string[], range: (first: string, last: string) => string[]): string[] {
  if (keys.length === 0) return []
  const sorted = [...new Set(keys)].sort()
  return range(sorted[0], sorted[sorted.length - 1])
}

/**
 * Counts items per category and series. `seriesOf` may return several names (a case with
 * several violation types counts once under each). Series follow `order`; those that never
 * occur are left out so the legend only lists what is drawn.
 */
function crossCount<T>(
  items: T[],
  categories: string[],
  categoryOf: (item: T) => string,
  seriesOf: (item: T) => readonly string[],
  order: readonly string[],
): Series[] {
  const index = new Map(categories.map((c, i) => [c, i]))
  const counts = new Map(order.map((name) => [name, categories.map(() => 0)]))
  for (const item of items) {
    const i = index.get(categoryOf(item))
    if (i === undefined) continue
    for (const name of new Set(seriesOf(item))) {
      if (!counts.has(name))
        counts.set(
          name,
          categories.map(() => 0),
        )
      counts.get(name)![i]++
    }
  }
  return [...counts].map(([name, values]) => ({ name, values })).filter((s) => s.values.some((v) => v > 0))
}

/** Turns sortable keys (`2025-Q1`, `2025-03`) into the labels readers see. */
function withLabels(keys: string[], series: Series[], label: (key: string) => string): ChartData {
  return { categories: keys.map(label), series }
}

/** The cases whose decision month was published: the only ones a quarter can count. */
export const withDecisionMonth = <T extends CaseStatsInput>(cases: T[]): T[] =>
  cases.filter((c) => (c.decisionDate?.value.length ?? 0) >= 7)

const byDate = (c: CaseStatsInput) => quarterKey(c.decisionDate!.value)

/** 案件数量（按季度、按违纪类型）. One case with several types counts once per type; cases without a published month are not counted. */
export function casesByQuarterAndType(all: CaseStatsInput[]): ChartData {
  const cases = withDecisionMonth(all)
  const keys = timeline(cases.map(byDate), quarterRange)
  if (keys.length === 0) return empty()
  const data = withLabels(
    keys,
    crossCount(cases, keys, byDate, (c) => c.violationTypes, VIOLATION_TYPES),
    formatQuarter,
  )
  // The per-type counts add up to more than the number of cases, so the table also gives the latter.
  return { ...data, extra: crossCount(cases, keys, byDate, () => ['案件数'], ['案件数']) }
}

/** 案件数量（按季度、按处分）: 党纪处分, heaviest last; cases without one as 党纪处分未公开 (nobody published one: not 无). */
export function casesByQuarterAndSanction(all: CaseStatsInput[]): ChartData {
  const cases = withDecisionMonth(all)
  const keys = timeline(cases.map(byDate), quarterRange)
  // A case of several persons counts once under each kind they received.
  const kinds = (c: CaseStatsInput) => {
    const given = c.persons.flatMap((p) => (p.partySanction ? [p.partySanction.value ?? OTHER_PARTY_SANCTION] : []))
    return given.length ? given : [NO_PARTY_SANCTION]
  }
  const series = crossCount(cases, keys, byDate, kinds, [NO_PARTY_SANCTION, ...PARTY_SANCTIONS, OTHER_PARTY_SANCTION])
  return withLabels(keys, series, formatQuarter)
}

/** 案件数量（按区域、按层级）: regions by number of cases, each split by level in LEVELS order. */
export function casesByRegionAndLevel(cases: CaseStatsInput[]): ChartData {
  const region = (c: CaseStatsInput) => c.region ?? NO_REGION
  const totals = countBy(cases.map(region))
  const regions = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || zh(a, b))
  return {
    categories: regions,
    series: crossCount(cases, regions, region, (c) => [c.level ?? NO_LEVEL], [...LEVELS, NO_LEVEL]),
  }
}

/** 公开信息（按单位）: most disclosures first; a disclosure without a unit counts under 未注明. */
export function disclosuresByDepartment(disclosures: DisclosureStatsInput[]): ChartData {
  const totals = countBy(disclosures.map((d) => d.department?.name ?? NO_DEPARTMENT))
  const names = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || zh(a, b))
  return names.length
    ? { categories: names, series: [{ name: '公开信息', values: names.map((n) => totals.get(n)!) }] }
    : empty()
}

/** 公开信息（按月份）: every month from the first to the last publication, empty months as 0. */
export function disclosuresByMonth(disclosures: DisclosureStatsInput[]): ChartData {
  const month = (d: DisclosureStatsInput) => d.publishDate.slice(0, 7)
  const keys = timeline(disclosures.map(month), monthRange)
  const totals = countBy(disclosures.map(month))
  return keys.length
    ? withLabels(keys, [{ name: '公开信息', values: keys.map((k) => totals.get(k) ?? 0) }], formatMonth)
    : empty()
}

function countBy(keys: string[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const key of keys) map.set(key, (map.get(key) ?? 0) + 1)
  return map
}

const empty = (): ChartData => ({ categories: [], series: [] })

/** Nothing to draw: no category has a count. */
export function isEmpty(data: ChartData): boolean {
  return data.categories.length === 0 || data.series.every((s) => s.values.every((v) => v === 0))
}

/** Sum of all series per category (the length of a stacked bar). */
export function categoryTotals(data: ChartData): number[] {
  return data.categories.map((_, i) => data.series.reduce((sum, s) => sum + s.values[i], 0))
}

/** Sum of each series over all categories. */
export function seriesTotals(series: Series[]): number[] {
  return series.map((s) => s.values.reduce((a, b) => a + b, 0))
}

export interface DescribeOptions {
  /** What a category is: 季度, 单位, 区域, 月份. */
  noun: string
  /** Counting word after numbers: 件, 条. */
  unit: string
  /** Time axis: say the first and last category. */
  range?: boolean
  /** What the series are (违纪类型, 党纪处分, 层级), for the per-series totals. */
  seriesNoun?: string
  /** Names the bar total when it is not a number of cases (per-type counts): 各类型计数合计. */
  totalNoun?: string
}

const joinNames = (names: string[]) => names.join('、')

/** The data in one or two sentences, for the chart's `<desc>`: extent, the largest values, and per-series totals. */
export function describeChart(
  data: ChartData,
  { noun, unit, range, seriesNoun, totalNoun = '' }: DescribeOptions,
): string {
  if (isEmpty(data)) return '暂无数据。'
  const { categories } = data
  const totals = categoryTotals(data)
  const extent =
    range && categories.length > 1
      ? `${categories[0]}至${categories[categories.length - 1]}共${categories.length}个${noun}`
      : `共${categories.length}个${noun}`
  const max = Math.max(...totals)
  const top = categories.filter((_, i) => totals[i] === max)
  const shown = top.slice(0, 3)
  const more = top.length > shown.length ? `等${top.length}个${noun}` : ''
  const parts = [
    `${extent}，${totalNoun}最多的是${joinNames(shown)}${more}（${top.length > 1 ? '各' : ''}${max}${unit}）`,
  ]
  if (data.series.length > 1 && seriesNoun) {
    const sums = seriesTotals(data.series)
    const ordered = data.series.map((s, i) => ({ name: s.name, sum: sums[i] })).sort((a, b) => b.sum - a.sum)
    parts.push(`按${seriesNoun}合计：${joinNames(ordered.map((s) => `${s.name}${s.sum}${unit}`))}`)
  }
  return `${parts.join('。')}。`
}
