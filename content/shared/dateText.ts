// Calendar strings (`YYYY-MM-DD`, `YYYY-MM`, `YYYY-Www`) written in Chinese, for the portal and
// the admin alike. Formatted by their parts, never through `new Date('YYYY-MM-DD')` (UTC
// midnight), so a day never shifts.

/** `2025-03-05` → `2025年3月5日`. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number)
  return `${year}年${month}月${date}日`
}

/** `2026-11-27` → `11月27日`. */
export function formatShortDay(day: string): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`
}

/** `2025-03` → `2025年3月`. */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-').map(Number)
  return `${year}年${m}月`
}

/** `2026-W48` → `2026年第48周`. */
export function formatWeek(week: string): string {
  const [year, w] = week.split('-W').map(Number)
  return `${year}年第${w}周`
}

/** Quarters in Chinese numerals: 1 → `第一季度`. */
export function quarterLabel(quarter: number): string {
  return `第${'一二三四'[quarter - 1]}季度`
}

/** A date at its published precision: `2021` → `2021年`, `2021-07` → `2021年7月`, a day in full. */
export function formatPartialDate(value: string): string {
  if (value.length === 4) return `${Number(value)}年`
  return value.length === 7 ? formatMonth(value) : formatDay(value)
}
