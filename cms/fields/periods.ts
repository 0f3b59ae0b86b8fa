/** A month as `YYYY-MM` (一月一主题). */
export function isValidMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value)
  if (!match) return false
  const month = Number(match[2])
  return Number(match[1]) >= 1000 && month >= 1 && month <= 12
}

/** How many ISO weeks a year has: 53 when 28 December falls in week 53, otherwise 52. */
export function isoWeeksInYear(year: number): number {
  // A year has 53 weeks when it starts on a Thursday, or is a leap year starting on a Wednesday;
  // equivalently, when 31 December is a Thursday or 1 January is a Thursday.
  const weekday = (month: number, day: number) => new Date(Date.UTC(year, month, day)).getUTCDay()
  return weekday(0, 1) === 4 || weekday(11, 31) === 4 ? 53 : 52
}

/** An ISO 8601 week as `YYYY-Www` (一周一提醒), with a week number the year really has. */
export function isValidIsoWeek(value: string): boolean {
  const match = /^(\d{4})-W(\d{2})$/.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const week = Number(match[2])
  return year >= 1000 && week >= 1 && week <= isoWeeksInYear(year)
}

/** Length as a person counts characters: one per code point, so 𠮷 counts once. */
export function charCount(value: string): number {
  return Array.from(value).length
}
