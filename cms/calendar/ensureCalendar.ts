import type { Payload } from 'payload'

import { DEFAULT_CALENDAR } from './defaults'

/** Fills an empty 工作日历 with the published arrangements; never overwrites an admin's edits. */
export async function ensureCalendar(payload: Payload): Promise<boolean> {
  const current = await payload.findGlobal({ slug: 'work-calendar', depth: 0, overrideAccess: true })
  if (current.years && current.years.length > 0) return false
  await payload.updateGlobal({ slug: 'work-calendar', data: { years: DEFAULT_CALENDAR }, overrideAccess: true })
  return true
}
