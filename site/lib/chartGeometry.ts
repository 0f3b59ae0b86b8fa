// Coordinates of the horizontal bar charts on the 统计 page, in viewBox units. Bars run
// horizontally so long Chinese labels (unit names) get a whole line instead of being rotated
// or cut; the viewBox is narrow so that text scaled down to a phone's width stays readable.

/**
 * viewBox width. The SVG is scaled to its container (at most 28rem wide), so on a 360px phone
 * a 17-unit label is about 12.5px and on a desktop about 19px.
 */
export const WIDTH = 400
export const LABEL_FONT = 17
export const VALUE_FONT = 14
export const BAR = 20
const ROW_GAP = 10
/** Between a label above a bar and the bar. */
const LABEL_LEADING = 5
const LABEL_GAP = 8

/**
 * Colours of stacked series, each at least 4.5:1 against white: segments stay visible on the
 * white page (3:1 needed) and the white numbers inside them stay legible (4.5:1). Text, axes and
 * single-series bars use the theme's utility classes instead, so the site's 高对比度 mode
 * recolours them with the rest of the page.
 */
export const SERIES_COLOURS = ['#1d4ed8', '#b91c1c', '#047857', '#7e22ce', '#b45309', '#0e7490', '#be185d', '#44403c']

export const seriesColour = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length]

/** Approximate rendered width: CJK and full-width characters take 1em, the rest about 0.6em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6
  return em * fontSize
}

/**
 * Round axis steps (1, 2, 5 × 10ⁿ, never below 1 since counts are whole) from 0 to at least `max`.
 * Not d3-array's ticks/nice: they pick other steps for 2,112 of the maxima 1–5,000 (and half
 * steps for counts of 1 or 2), so every chart would change to no one's benefit, and they were
 * slower (bench/libraries.ts, docs/benchmarks.md).
 */
export function niceTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0, 1]
  const rough = max / target
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!,
  )
  const ticks: number[] = []
  for (let v = 0; v < max + step; v += step) ticks.push(v)
  return ticks
}

export interface BarRow {
  /** Baseline of the category label. */
  labelY: number
  /** Top of the bar. */
  barY: number
}

export interface BarLayout {
  height: number
  /** Labels on their own line above each bar (long labels) instead of left of it. */
  labelsAbove: boolean
  /** Right edge of left-hand labels (text-anchor end), or left edge of labels above bars. */
  labelX: number
  plotLeft: number
  plotRight: number
  rows: BarRow[]
  ticks: { value: number; x: number }[]
  /** Top of the axis line under the last bar; tick labels sit below it. */
  axisY: number
  /** Vertical extents of the grid lines: beside the bars only, so they never cross a label above a bar. */
  gridSpans: { y1: number; y2: number }[]
  /** x of a value. */
  x: (value: number) => number
}

/** Places one bar per label on a shared value axis from 0 to a round number ≥ `max`. */
export function barLayout(labels: string[], max: number): BarLayout {
  const labelWidth = Math.max(0, ...labels.map((l) => textWidth(l, LABEL_FONT)))
  const labelsAbove = labelWidth > WIDTH * 0.4
  const valueRoom = textWidth(String(max), VALUE_FONT) + LABEL_GAP
  // Above-bar labels still leave room for half of the tick label 0.
  const plotLeft = labelsAbove ? LABEL_GAP : Math.ceil(labelWidth) + LABEL_GAP * 2
  const plotRight = WIDTH - valueRoom
  const ticks = niceTicks(max)
  const top = ticks[ticks.length - 1]
  const x = (value: number) => plotLeft + (value / top) * (plotRight - plotLeft)
  const rowHeight = (labelsAbove ? LABEL_FONT + LABEL_LEADING : 0) + BAR + ROW_GAP
  const rows = labels.map((_, i) => {
    const y = 4 + i * rowHeight
    const barY = labelsAbove ? y + LABEL_FONT + LABEL_LEADING : y
    return { barY, labelY: labelsAbove ? y + LABEL_FONT : barY + BAR / 2 + LABEL_FONT * 0.35 }
  })
  const axisY = 4 + labels.length * rowHeight - ROW_GAP + 4
  return {
    height: axisY + VALUE_FONT + 10,
    labelsAbove,
    labelX: labelsAbove ? plotLeft + 4 : plotLeft - LABEL_GAP,
    plotLeft,
    plotRight,
    rows,
    ticks: ticks.map((value) => ({ value, x: x(value) })),
    axisY,
    gridSpans: labelsAbove ? rows.map((r) => ({ y1: r.barY - 3, y2: r.barY + BAR + 3 })) : [{ y1: 0, y2: axisY }],
    x,
  }
}
