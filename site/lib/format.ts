// Date helpers. Exported dates are calendar strings already in Asia/Shanghai: they are formatted
// by their parts and never go through `new Date('YYYY-MM-DD')` (UTC midnight) to avoid shifts.

export { isoWeekOf, isoWeekRange, shanghaiDay } from '../../content/shared/shanghai'

/** Year, month and day of a `YYYY-MM-DD` string. */
export function dateParts(value: string): { year: number; month: number; day: number } {
  const [year, month, day] = value.split('-').map(Number)
  return { year, month, day }
}

/** `2025-03-05` → `2025年3月5日`. */
export function formatDate(value: string): string {
  const { year, month, day } = dateParts(value)
  return `${year}年${month}月${day}日`
}

/** `2025-03` → `2025年3月`. */
export function formatMonth(value: string): string {
  const [year, month] = value.split('-').map(Number)
  return `${year}年${month}月`
}

/** `2026-W48` → `2026年第48周`. */
export function formatWeek(week: string): string {
  const [y, w] = week.split('-W').map(Number)
  return `${y}年第${w}周`
}

/** File size for download links: `12.3 KB`. */
export function formatFileSize(bytes: number | null): string {
  if (bytes == null) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Chinese numerals for quarters: 1 → 一. */
export function quarterLabel(quarter: number): string {
  return `第${'一二三四'[quarter - 1]}季度`
}
