// The 工作日历 global as working days (content/shared/workdays.ts counts for both stages).
import { workingDays, type WorkingDays } from '../../content/shared/workdays'
import type { CalendarYear } from './defaults'

export type WorkCalendar = WorkingDays

export function workCalendar(years: Pick<CalendarYear, 'year' | 'holidays' | 'workdays'>[]): WorkCalendar {
  return workingDays(years.map((y) => ({ ...y, workdays: (y.workdays ?? []).map((w) => w.date) })))
}
