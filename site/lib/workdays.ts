// Working days (工作日) in mainland China: Monday–Friday, minus the statutory holidays, plus the
// weekend days worked in exchange (调休), from the State Council's yearly notices
// (site/data/cn-holidays.json). Years not in the table fall back to Monday–Friday and say so.
import calendar from '../data/cn-holidays.json';

interface YearCalendar { source: string; holidays: [string, string][]; workdays: string[] }
const YEARS = Object.fromEntries(Object.entries(calendar).filter(([k]) => /^\d{4}$/.test(k))) as Record<string, YearCalendar>;

const DAY = 86_400_000;
const toTime = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

const holidays = new Set<string>();
const workdays = new Set<string>();
for (const year of Object.values(YEARS)) {
  for (const [from, to] of year.holidays) for (let t = toTime(from); t <= toTime(to); t += DAY) holidays.add(toDate(t));
  for (const d of year.workdays) workdays.add(d);
}

/** Whether a YYYY-MM-DD date is a working day. */
export function isWorkingDay(date: string): boolean {
  if (workdays.has(date)) return true;
  if (holidays.has(date)) return false;
  const weekday = new Date(toTime(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let t = toTime(from) + DAY; t <= toTime(to); t += DAY) if (isWorkingDay(toDate(t))) n++;
  return n;
}

/** Years in [from, to] whose holiday arrangement is not in the table (counted Monday–Friday). */
export function yearsWithoutCalendar(from: string, to: string): string[] {
  const years: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!YEARS[y]) years.push(String(y));
  return years;
}

/** The notices the table is built from, for the page footnote. */
export const CALENDAR_SOURCES = Object.entries(YEARS).map(([year, c]) => `${year}年：${c.source}`);

export type Timeliness =
  | { kind: 'on-time' | 'late'; used: number; limit: number; from: string; to: string; unsureYears: string[] }
  | { kind: 'not-working-days' | 'no-written-date' | 'no-record' };

/** Whether a record published on `publishDate` for a document written on `writtenDate` met the limit. */
export function timeliness(limit: number | null, record: { writtenDate: string | null; publishDate: string } | null): Timeliness {
  if (!record) return { kind: 'no-record' };
  if (!limit) return { kind: 'not-working-days' };
  if (!record.writtenDate) return { kind: 'no-written-date' };
  const used = workingDaysBetween(record.writtenDate, record.publishDate);
  return {
    kind: used <= limit ? 'on-time' : 'late', used, limit, from: record.writtenDate, to: record.publishDate,
    unsureYears: yearsWithoutCalendar(record.writtenDate, record.publishDate),
  };
}
