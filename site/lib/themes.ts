// Years of the 一月一主题 year views.
import type { Entry } from './collections'

/** Years that have a published theme, newest first. */
export function themeYears(themes: Entry<'themes'>[]): string[] {
  return [...new Set(themes.map((t) => t.data.month.slice(0, 4)))].sort().reverse()
}

/** The year the themes page opens on: this year if it has themes, else the newest one. */
export function defaultThemeYear(themes: Entry<'themes'>[], today: string): string {
  const years = themeYears(themes)
  return years.includes(today.slice(0, 4)) ? today.slice(0, 4) : (years[0] ?? today.slice(0, 4))
}
