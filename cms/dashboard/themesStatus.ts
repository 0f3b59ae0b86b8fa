import { periodSlot, type PeriodDocs, type PeriodSlot } from './periodSlots'
import { addMonths, daysBetween, shanghaiDay } from '../../content/shared/shanghai'

export type ThemesStatus = {
  /** This month (`YYYY-MM`, Shanghai). */
  month: string
  nextMonth: string
  /** Days left until next month begins (1 on the last day of the month). */
  daysToNextMonth: number
  current: PeriodSlot
  next: PeriodSlot
}

/** 一月一主题: this month's theme and whether next month's is ready (published or scheduled). */
export function themesStatus(docs: PeriodDocs, now: Date): ThemesStatus {
  const today = shanghaiDay(now)
  const month = today.slice(0, 7)
  const nextMonth = addMonths(month, 1)
  return {
    month,
    nextMonth,
    daysToNextMonth: daysBetween(today, `${nextMonth}-01`),
    current: periodSlot(month, docs),
    next: periodSlot(nextMonth, docs),
  }
}
