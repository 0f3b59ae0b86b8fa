import { z } from 'zod'
import { dateOnly } from './fields'

/** 工作日历: one year of statutory holidays and make-up working days (content/calendar/<year>.json). */
export const calendarYearSchema = z.object({
  /** The year the arrangement covers. */
  year: z.number().int(),
  /** The State Council notice it comes from, cited on the portal. */
  source: z.string().min(1),
  /** 放假 ranges, weekends included, both ends inclusive. */
  holidays: z
    .array(
      z.object({
        /** Name of the holiday, e.g. 国庆节. */
        name: z.string(),
        /** First day off (YYYY-MM-DD). */
        from: dateOnly,
        /** Last day off (YYYY-MM-DD). */
        to: dateOnly,
      }),
    )
    .default([]),
  /** 调休上班: weekend days worked in exchange (YYYY-MM-DD). */
  workdays: z.array(dateOnly).default([]),
})
export type CalendarYear = z.infer<typeof calendarYearSchema>
