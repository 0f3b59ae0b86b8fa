// Date helpers. Exported dates are calendar strings already in Asia/Shanghai: they are formatted
// by their parts and never go through `new Date('YYYY-MM-DD')` (UTC midnight) to avoid shifts.

import { formatDay } from '../../content/shared/dateText'

export { isoWeekOf, isoWeekRange, shanghaiDay } from '../../content/shared/shanghai'
export { formatMonth, formatWeek, quarterLabel } from '../../content/shared/dateText'

/** Year, month and day of a `YYYY-MM-DD` string. */
export function dateParts(value: string): { year: number; month: number; day: number } {
  const [year, month, day] = value.split('-').map(Number)
  return { year, month, day }
}

/** `2025-03-05` → `2025年3月5日`. */
export const formatDate = formatDay

/** File size for download links: `12.3 KB`. */
export function formatFileSize(bytes: number | null): string {
  if (bytes == null) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
