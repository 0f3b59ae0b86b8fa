const shanghaiDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * A date field as the calendar day an editor picked in Asia/Shanghai. Payload stores date-only
 * picks as a UTC timestamp (midnight Shanghai = 16:00 the day before in UTC), so slicing the
 * ISO string would show the previous day.
 */
export function toShanghaiDay(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  const date = new Date(value as string)
  if (Number.isNaN(date.getTime())) return null
  return shanghaiDay.format(date)
}
