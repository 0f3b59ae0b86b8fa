// 公开时限 on the portal: working days from the 工作日历 the CMS exports (content/calendar/<year>.json),
// counted by content/shared/workdays.ts. Years without an arrangement count Monday–Friday, and say so.
import { workingDays, type WorkingDays } from '../../content/shared/workdays'
import type { CalendarYear } from '../../content/model/calendar'

export interface WorkCalendar extends Omit<WorkingDays, 'missingYears'> {
  /** Years in [from, to] without an arrangement (counted Monday–Friday). */
  missingYears(from: string, to: string): string[]
  /** The notices the calendar comes from, for the page footnote. */
  sources: string[]
}

export function workCalendar(years: CalendarYear[]): WorkCalendar {
  const days = workingDays(years)
  return {
    isWorkingDay: days.isWorkingDay,
    between: days.between,
    missingYears: (from, to) => days.missingYears(from, to).map(String),
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
