// Working days (工作日) in mainland China, for 公开时限: Monday–Friday, minus the statutory
// holidays, plus the weekend days worked in exchange (调休). The CMS counts from its 工作日历
// global, the portal from the exported calendar (content/calendar/<year>.json); both count here.
import { dayTime, timeDay } from './shanghai'

const DAY_MS = 86_400_000

/** One year's arrangement as the State Council publishes it. */
export type YearArrangement = {
  year: number
  holidays?: readonly { from: string; to: string }[] | null
  /** Weekend days that are working days (调休上班). */
  workdays?: readonly string[] | null
}

export interface WorkingDays {
  isWorkingDay(day: string): boolean
  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  between(from: string, to: string): number
  /** Years in [from, to] without an arrangement (counted Monday–Friday). */
  missingYears(from: string, to: string): number[]
}

export function workingDays(years: readonly YearArrangement[]): WorkingDays {
  const holidays = new Set<string>()
  const workdays = new Set<string>()
  for (const y of years) {
    for (const h of y.holidays ?? [])
      for (let t = dayTime(h.from); t <= dayTime(h.to); t += DAY_MS) holidays.add(timeDay(t))
    for (const day of y.workdays ?? []) workdays.add(day)
  }
  const known = new Set(years.map((y) => y.year))
  const isWorkingDay = (day: string) => {
    if (workdays.has(day)) return true
    if (holidays.has(day)) return false
    const weekday = new Date(dayTime(day)).getUTCDay()
    return weekday !== 0 && weekday !== 6
  }
  return {
    isWorkingDay,
    between(from, to) {
      let n = 0
      for (let t = dayTime(from) + DAY_MS; t <= dayTime(to); t += DAY_MS) if (isWorkingDay(timeDay(t))) n++
      return n
    },
    missingYears(from, to) {
      const missing: number[] = []
      for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!known.has(y)) missing.push(y)
      return missing
    },
  }
}
