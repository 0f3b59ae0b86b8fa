// Working days (工作日) in mainland China: Monday–Friday, minus the statutory holidays, plus the
// weekend days worked in exchange (调休), from the 工作日历 the CMS exports
// (content/calendar/<year>.json). Years without an arrangement count Monday–Friday, and say so.
import type { CalendarYear } from '../schemas/calendar'

const DAY = 86_400_000
const toTime = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10)

export interface WorkCalendar {
  isWorkingDay(date: string): boolean
  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  between(from: string, to: string): number
  /** Years in [from, to] without an arrangement (counted Monday–Friday). */
  missingYears(from: string, to: string): string[]
  /** The notices the calendar comes from, for the page footnote. */
  sources: string[]
}

export function workCalendar(years: CalendarYear[]): WorkCalendar {
  const holidays = new Set<string>()
  const workdays = new Set<string>(years.flatMap((y) => y.workdays))
  for (const y of years)
    for (const h of y.holidays) for (let t = toTime(h.from); t <= toTime(h.to); t += DAY) holidays.add(toDate(t))
  const known = new Set(years.map((y) => y.year))
  const isWorkingDay = (date: string) => {
    if (workdays.has(date)) return true
    if (holidays.has(date)) return false
    const weekday = new Date(toTime(date)).getUTCDay()
    return weekday !== 0 && weekday !== 6
  }
  return {
    isWorkingDay,
    between(from, to) {
      let n = 0
      for (let t = toTime(from) + DAY; t <= toTime(to); t += DAY) if (isWorkingDay(toDate(t))) n++
      return n
    },
    missingYears(from, to) {
      const missing: string[] = []
      for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
        if (!known.has(y)) missing.push(String(y))
      return missing
    },
    sources: [...years].sort((a, b) => a.year - b.year).map((y) => `${y.year}年：${y.source}`),
  }
}

export type Timeliness =
  | { kind: 'on-time' | 'late'; used: number; limit: number; from: string; to: string; unsureYears: string[] }
  | { kind: 'not-working-days' | 'no-written-date' | 'no-record' }

/** Whether a record published on `publishDate` for a document written on `writtenDate` met the limit. */
export function timeliness(
  calendar: WorkCalendar,
  limit: number | null,
  record: { writtenDate: string | null; publishDate: string } | null,
): Timeliness {
  if (!record) return { kind: 'no-record' }
  if (!limit) return { kind: 'not-working-days' }
  if (!record.writtenDate) return { kind: 'no-written-date' }
  const used = calendar.between(record.writtenDate, record.publishDate)
  return {
    kind: used <= limit ? 'on-time' : 'late',
    used,
    limit,
    from: record.writtenDate,
    to: record.publishDate,
    unsureYears: calendar.missingYears(record.writtenDate, record.publishDate),
  }
}
