// A case's facts as bulletins publish them, each with the value it means: the wording is what
// readers see (留党察看一年, 2021年7月), the value is what facets, statistics and open data count
// (留党察看, 2021-07). A term no rule knows keeps its wording and gets the value null: shown as
// published, counted as 其他, flagged for the editor, never refused and never dropped.
// Simplified characters only: the CMS folds traditional ones before asking (cms/cases/terms.ts).
import { z } from 'zod'

import type { GOVERNMENT_SANCTIONS, MEASURES, PARTY_SANCTIONS } from './labels'
import { formatPartialDate } from '../shared/dateText'

export type PartySanction = (typeof PARTY_SANCTIONS)[number]
export type GovernmentSanction = (typeof GOVERNMENT_SANCTIONS)[number]
export type Measure = (typeof MEASURES)[number]

type Rule<T> = [pattern: RegExp, value: T]

const firstMatch = <T>(rules: Rule<T>[], text: string): T | null =>
  rules.find(([pattern]) => pattern.test(text))?.[1] ?? null

// Longest first: 严重警告 before 警告. A government word (政务, 公职) is never a party sanction.
const PARTY_RULES: Rule<PartySanction>[] = [
  [/开除党籍/, '开除党籍'],
  [/留党察看/, '留党察看'],
  [/撤销(?:其)?党内(?:一切)?职务/, '撤销党内职务'],
  [/^(?!.*(?:政务|行政|公职)).*严重警告/, '严重警告'],
  [/^(?!.*(?:政务|行政|公职)).*警告/, '警告'],
]

const GOVERNMENT_RULES: Rule<GovernmentSanction>[] = [
  [/^(?!.*党籍).*开除/, '开除'],
  [/留用察看/, '留用察看'],
  [/撤职/, '撤职'],
  [/降低岗位等级/, '降低岗位等级'],
  [/降级/, '降级'],
  [/记大过/, '记大过'],
  [/记过/, '记过'],
  [/^(?!.*党内).*警告/, '警告'],
]

const MEASURE_RULES: Rule<Measure>[] = [
  [/诫勉/, '诫勉'],
  [/批评教育/, '批评教育'],
  [/谈话提醒|提醒谈话/, '谈话提醒'],
  [/责令(?:作出)?(?:书面)?检查/, '责令检查'],
  [/通报批评/, '通报批评'],
  [/效能告诫/, '效能告诫'],
  [/停职检查/, '停职检查'],
  [/责令辞(?:职|去)/, '责令辞职'],
  [/调整职务|调离/, '调整职务'],
  [/免职|免去/, '免职'],
  [/降职|降为/, '降职'],
]

const YEARS: Record<string, number> = { 一: 1, 1: 1, 二: 2, 两: 2, 2: 2 }

/** 党纪处分 as published → its kind (中国共产党纪律处分条例) and the 留党察看 term in years. */
export function partySanctionOf(published: string): { value: PartySanction | null; years: number | null } {
  const value = firstMatch(PARTY_RULES, published)
  const years = value === '留党察看' ? (YEARS[/留党察看([一二两12])年/.exec(published)?.[1] ?? ''] ?? null) : null
  return { value, years }
}

/** 政务处分 (or a 事业单位/国企 处分) as published → its kind. */
export const governmentSanctionOf = (published: string): GovernmentSanction | null =>
  firstMatch(GOVERNMENT_RULES, published)

/** 组织处理 or a 第一种形态 measure as published → its kind; null for other measures (收缴违纪所得 …). */
export const measureOf = (published: string): Measure | null => firstMatch(MEASURE_RULES, published)

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a date at the precision it was published. */
export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/

const DATE_FORMS = [
  /^(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?)?/,
  /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/,
] as const

/**
 * Reads a date as published (2021年7月, 2021年7月5日, 2021年, 2021-07, 2021/7/5; full-width digits
 * too). `2023年9月和12月` is read by its first date and keeps its wording. Returns the value at
 * its precision and the wording shown (an ISO form is shown in Chinese), or an error in Chinese.
 */
export function readPublishedDate(input: string): { value: string; published: string } | { error: string } {
  const published = input.trim()
  const text = published.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  for (const form of DATE_FORMS) {
    const match = form.exec(text)
    if (!match) continue
    const [, year, month, day] = match
    const value = [year, month?.padStart(2, '0'), day?.padStart(2, '0')].filter(Boolean).join('-')
    if (month && (Number(month) < 1 || Number(month) > 12))
      return { error: `日期「${published}」不存在：月份应为 1–12` }
    if (day && !realDay(value)) {
      const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()
      return { error: `日期「${published}」不存在：${year} 年 ${Number(month)} 月只有 ${days} 天` }
    }
    if (!PARTIAL_DATE.test(value)) return { error: `日期「${published}」不存在` }
    const iso = form === DATE_FORMS[1]
    return { value, published: iso ? formatPartialDate(value) : published }
  }
  return { error: `无法识别日期「${published}」，应写作 2021年7月5日、2021年7月 或 2021年` }
}

function realDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** A date as published and its value (`2021年7月` → `2021-07`). */
export const publishedDate = z.object({
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: sorts and facets at the precision published. */
  value: z.string().regex(PARTIAL_DATE, '应为 YYYY、YYYY-MM 或 YYYY-MM-DD'),
  /** The wording shown, as published (2021年7月, 2023年9月和12月). */
  published: z.string().min(1),
})
export type PublishedDate = z.infer<typeof publishedDate>

/** A term as published and its kind, or null when no rule knows it (shown as published, counted as 其他). */
export const publishedTerm = <T extends readonly [string, ...string[]]>(kinds: T) =>
  z.object({
    /** The wording shown, as published (党内严重警告, 政务撤职, 诫勉谈话处理). */
    published: z.string().min(1),
    /** Its kind for facets, statistics and open data; null for a term no rule knows. */
    value: z.enum(kinds).nullable(),
  })
