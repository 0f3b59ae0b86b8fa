import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { DEFAULT_CALENDAR } from '../../cms/calendar/defaults'
import { workCalendar as cmsCalendar } from '../../cms/calendar/workdays'
import type { CalendarYear } from '../../content/model/calendar'
import { timeliness, workCalendar } from '../../site/lib/workdays'

/** The calendar as the export writes it (tests/fixtures/content/calendar/<year>.json). */
const dir = path.resolve('tests/fixtures/content/calendar')
const years = readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CalendarYear)
const calendar = workCalendar(years)

describe('working days (工作日) for 公开时限', () => {
  it('should skip statutory holidays and count weekend make-up days (2025 国庆中秋)', () => {
    expect(calendar.isWorkingDay('2025-10-01')).toBe(false)
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false)
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true) // Sunday worked in exchange
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true) // Saturday worked in exchange
    expect(calendar.isWorkingDay('2025-10-12')).toBe(false) // an ordinary Sunday
    // 9/23–26 (4), 9/28 (5), 9/29–30 (7), 10/9–10 (9), 10/11 (10), 10/13–17 (15), 10/20–24 (20)
    expect(calendar.between('2025-09-22', '2025-10-24')).toBe(20)
  })

  it('should count across the 2026 春节 holiday and its make-up Saturdays', () => {
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true)
    expect(calendar.isWorkingDay('2026-02-23')).toBe(false)
    // 2/13 (1), 2/14 Sat (2), 2/24–27 (6), 2/28 Sat (7)
    expect(calendar.between('2026-02-12', '2026-02-28')).toBe(7)
  })

  it('should say which years it has no arrangement for, and count Monday–Friday without one', () => {
    expect(calendar.missingYears('2025-12-20', '2026-01-10')).toEqual([])
    expect(calendar.missingYears('2026-12-20', '2027-01-10')).toEqual(['2027'])
    expect(workCalendar([]).between('2025-09-30', '2025-10-08')).toBe(6)
  })

  it('should count exactly as the CMS does (editors’ dashboard) for every day pair of 2024–2026', () => {
    const cms = cmsCalendar(DEFAULT_CALENDAR)
    expect(cms.missingYears('2024-01-01', '2026-12-31')).toEqual([])
    for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
      const d = new Date(t).toISOString().slice(0, 10)
      expect(calendar.isWorkingDay(d), d).toBe(cms.isWorkingDay(d))
    }
  })

  it('should judge the latest record against the limit, on the boundary too', () => {
    expect(timeliness(calendar, 20, { writtenDate: '2025-09-22', publishDate: '2025-10-24' })).toMatchObject({
      kind: 'on-time',
      used: 20,
    })
    expect(timeliness(calendar, 20, { writtenDate: '2025-09-22', publishDate: '2025-10-27' })).toMatchObject({
      kind: 'late',
      used: 21,
    })
    expect(timeliness(calendar, 20, { writtenDate: '2025-09-22', publishDate: '2025-09-22' })).toMatchObject({
      kind: 'on-time',
      used: 0,
    })
    expect(timeliness(calendar, 20, { writtenDate: null, publishDate: '2025-10-27' })).toEqual({
      kind: 'no-written-date',
    })
    expect(timeliness(calendar, null, { writtenDate: '2025-09-22', publishDate: '2025-10-27' })).toEqual({
      kind: 'not-working-days',
    })
    expect(timeliness(calendar, 20, null)).toEqual({ kind: 'no-record' })
  })
})
