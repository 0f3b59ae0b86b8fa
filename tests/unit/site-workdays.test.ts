import { describe, expect, it } from 'vitest'

import { isWorkingDay, timeliness, workingDaysBetween, yearsWithoutCalendar } from '../../site/lib/workdays'

describe('working days (工作日) for 公开时限', () => {
  it('should skip statutory holidays and count weekend make-up days (2025 国庆中秋)', () => {
    expect(isWorkingDay('2025-10-01')).toBe(false)
    expect(isWorkingDay('2025-10-08')).toBe(false)
    expect(isWorkingDay('2025-09-28')).toBe(true) // Sunday worked in exchange
    expect(isWorkingDay('2025-10-11')).toBe(true) // Saturday worked in exchange
    expect(isWorkingDay('2025-10-12')).toBe(false) // an ordinary Sunday
    // 9/23–26 (4), 9/28 (5), 9/29–30 (7), 10/9–10 (9), 10/11 (10), 10/13–17 (15), 10/20–24 (20)
    expect(workingDaysBetween('2025-09-22', '2025-10-24')).toBe(20)
  })

  it('should count across the 2026 春节 holiday and its make-up Saturdays', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true)
    expect(isWorkingDay('2026-02-23')).toBe(false)
    // 2/13 (1), 2/14 Sat (2), 2/24–27 (6), 2/28 Sat (7)
    expect(workingDaysBetween('2026-02-12', '2026-02-28')).toBe(7)
  })

  it('should say which years it has no holiday table for', () => {
    expect(yearsWithoutCalendar('2025-12-20', '2026-01-10')).toEqual([])
    expect(yearsWithoutCalendar('2026-12-20', '2027-01-10')).toEqual(['2027'])
  })

  it('should judge the latest record against the limit, on the boundary too', () => {
    expect(timeliness(20, { writtenDate: '2025-09-22', publishDate: '2025-10-24' })).toMatchObject({ kind: 'on-time', used: 20 })
    expect(timeliness(20, { writtenDate: '2025-09-22', publishDate: '2025-10-27' })).toMatchObject({ kind: 'late', used: 21 })
    expect(timeliness(20, { writtenDate: '2025-09-22', publishDate: '2025-09-22' })).toMatchObject({ kind: 'on-time', used: 0 })
    expect(timeliness(20, { writtenDate: null, publishDate: '2025-10-27' })).toEqual({ kind: 'no-written-date' })
    expect(timeliness(null, { writtenDate: '2025-09-22', publishDate: '2025-10-27' })).toEqual({ kind: 'not-working-days' })
    expect(timeliness(20, null)).toEqual({ kind: 'no-record' })
  })
})
