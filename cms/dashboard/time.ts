// Calendar arithmetic for the editors' dashboard. "Today", "this week" and "this month" are those
// of Asia/Shanghai; days are `YYYY-MM-DD`, months `YYYY-MM`, ISO weeks `YYYY-Www`, computed on
// UTC midnights so that no server time zone can shift them.

const DAY = 86_400_000

const shanghaiDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

const shanghaiTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const toTime = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10)

/** The calendar day of an instant in Asia/Shanghai. */
export function shanghaiDay(instant: Date): string {
  return shanghaiDayFormat.format(instant)
}

/** A stored timestamp (ISO string) as a Shanghai calendar day; null when absent or invalid. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : shanghaiDay(date)
}

export function addDays(day: string, n: number): string {
  return toDay(toTime(day) + n * DAY)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY)
}

/** `2026-12` + 1 → `2027-01`. */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The same day `n` months later, or the month's last day when it has no such day (08-31 + 6 → 02-28). */
export function addMonthsToDay(day: string, n: number): string {
  const month = addMonths(day.slice(0, 7), n)
  const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()
  return `${month}-${String(Math.min(Number(day.slice(8, 10)), lastDay)).padStart(2, '0')}`
}

/** ISO 8601 week (`YYYY-Www`) of a day: the week belongs to the year of its Thursday. */
export function isoWeekOf(day: string): string {
  const time = toTime(day)
  const weekday = new Date(time).getUTCDay() || 7
  const thursday = new Date(time + (4 - weekday) * DAY)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** Monday of an ISO week. */
export function isoWeekMonday(week: string): string {
  const year = Number(week.slice(0, 4))
  const n = Number(week.slice(6))
  const jan4 = Date.UTC(year, 0, 4)
  const weekday = new Date(jan4).getUTCDay() || 7
  return toDay(jan4 - (weekday - 1) * DAY + (n - 1) * 7 * DAY)
}

/** Monday and Sunday of an ISO week. */
export function isoWeekRange(week: string): [string, string] {
  const monday = isoWeekMonday(week)
  return [monday, addDays(monday, 6)]
}

/** The ISO week `n` weeks after `week` (across year ends, including 53-week years). */
export function addWeeks(week: string, n: number): string {
  return isoWeekOf(addDays(isoWeekMonday(week), n * 7))
}

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
