import { periodSlot, type PeriodDocs, type PeriodSlot } from './periodSlots'
import { addWeeks, isoWeekOf, isoWeekRange, shanghaiDay } from '../../content/shared/shanghai'

/** How many weeks after this one the dashboard looks ahead. */
export const REMINDER_WEEKS_AHEAD = 4

export type ReminderWeek = PeriodSlot & { monday: string; sunday: string; current: boolean }

export type RemindersStatus = {
  /** This ISO week (`YYYY-Www`, Shanghai). */
  week: string
  /** This week, then the next `REMINDER_WEEKS_AHEAD`. */
  weeks: ReminderWeek[]
  /** Weeks of those with no reminder at all. */
  missing: number
}

/** 一周一提醒: this week's reminder and the coming weeks', missing ones flagged. */
export function remindersStatus(docs: PeriodDocs, now: Date, ahead = REMINDER_WEEKS_AHEAD): RemindersStatus {
  const week = isoWeekOf(shanghaiDay(now))
  const weeks = Array.from({ length: ahead + 1 }, (_, n) => {
    const period = addWeeks(week, n)
    const [monday, sunday] = isoWeekRange(period)
    return { ...periodSlot(period, docs), monday, sunday, current: n === 0 }
  })
  return { week, weeks, missing: weeks.filter((w) => w.state === 'missing').length }
}
