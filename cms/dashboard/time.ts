// How the editors' dashboard writes days, months and weeks in Chinese. The calendar arithmetic
// behind them (Shanghai days, ISO weeks) is the shared one: content/shared/shanghai.ts.

import { shanghaiDay, TIME_ZONE } from '../../content/shared/shanghai'

const shanghaiTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** `2026-11-27` → `2026年11月27日`. */
export function formatDay(day: string): string {
  return `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`
}

/** `2026-11-27` → `11月27日`. */
export function formatShortDay(day: string): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`
}

/** `2026-11` → `2026年11月`. */
export function formatMonth(month: string): string {
  return `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`
}

/** `2026-W48` → `2026年第48周`. */
export function formatWeek(week: string): string {
  return `${Number(week.slice(0, 4))}年第${Number(week.slice(6))}周`
}

/** An instant as Shanghai date and time: `2026年11月27日 09:30`. */
export function formatDateTime(value: string): string {
  const date = new Date(value)
  return `${formatDay(shanghaiDay(date))} ${shanghaiTimeFormat.format(date)}`
}
