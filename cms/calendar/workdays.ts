// Working days (工作日) for 公开时限: Monday–Friday minus statutory holidays plus make-up
// working days, from the 工作日历 global. The portal counts the same way from the exported
// calendar (site/lib/workdays.ts); the two must agree (tests/unit/cms-workdays.test.ts).
import type { CalendarYear } from './defaults'

const DAY = 86_400_000
const toTime = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10)

export type WorkCalendar = {
  isWorkingDay: (date: string) => boolean
  /** Working days after `from` up to and including `to`. */
  between: (from: string, to: string) => number
  /** Years in the range the calendar has no arrangement for (counted Monday–Friday). */
  missingYears: (from: string, to: string) => number[]
}

export function workCalendar(years: Pick<CalendarYear, 'year' | 'holidays' | 'workdays'>[]): WorkCalendar {
  const holidays = new Set<string>()
  const workdays = new Set<string>()
  for (const y of years) {
    for (const h of y.holidays ?? []) for (let t = toTime(h.from); t <= toTime(h.to); t += DAY) holidays.add(toDate(t))
    for (const w of y.workdays ?? []) workdays.add(w.date)
  }
  const known = new Set(years.map((y) => y.year))
  const isWorkingDay = (date: string) => {
    if (workdays.has(date)) return true
    if (holidays.has(date)) return false
    const weekday = new Date(toTime(date)).getUTCDay()
    return weekday !== 0 && weekday !== 6
  }
  return {
    isWorkingDay,
    between: (from, to) => {
      let n = 0
      for (let t = toTime(from) + DAY; t <= toTime(to); t += DAY) if (isWorkingDay(toDate(t))) n++
      return n
    },
    missingYears: (from, to) => {
      const missing: number[] = []
      for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!known.has(y)) missing.push(y)
      return missing
    },
  }
}
