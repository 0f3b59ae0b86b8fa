// How the editors' dashboard writes times in Chinese. Days, months and weeks are written as the
// portal writes them (content/shared/dateText.ts), on the shared calendar (content/shared/shanghai.ts).

import { formatDay } from '../../content/shared/dateText'
import { shanghaiDay, TIME_ZONE } from '../../content/shared/shanghai'

export { formatDay, formatMonth, formatShortDay, formatWeek } from '../../content/shared/dateText'

const shanghaiTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** An instant as Shanghai date and time: `2026年11月27日 09:30`. */
export function formatDateTime(value: string): string {
  const date = new Date(value)
  return `${formatDay(shanghaiDay(date))} ${shanghaiTimeFormat.format(date)}`
}
