// Cases written before a case had persons (migration 20261207_115456_case_persons): one
// 被处分人 with 单位及职务 in one text, sanctions as option values, 责令退缴 as its own field and
// a 处分决定日期 stored as a date. The SQLite and the MongoDB migration and the demo seed turn
// them into today's shape here, so all three say the same.
import { splitUnitAndPosition } from '../notices/parseNotice'
import { dayOf } from '../import/keys'

/** The case fields of the old shape (stored values, as Payload wrote them). */
export type LegacyCase = {
  subject?: string | null
  unitPosition?: string | null
  partySanction?: string | null
  governmentSanction?: string | null
  referred?: boolean | number | null
  confiscation?: string | null
  decisionDate?: unknown
}

/** The old option values as the portal showed them: the wording that was published for them. */
const PARTY: Record<string, string> = {
  warning: '警告',
  'serious-warning': '严重警告',
  removal: '撤销党内职务',
  probation: '留党察看',
  expulsion: '开除党籍',
}
const GOVERNMENT: Record<string, string> = {
  warning: '警告',
  demerit: '记过',
  'major-demerit': '记大过',
  demotion: '降级',
  dismissal: '撤职',
  expulsion: '开除',
}

export type MigratedPerson = {
  name: string
  unit: string | null
  position: string | null
  partySanction: string | null
  governmentSanction: string | null
  otherMeasures: string[]
  referred: boolean
}

/** The one person of an old case. */
export function legacyPerson(old: LegacyCase): MigratedPerson {
  const { unit, position } = splitUnitAndPosition(old.unitPosition ?? '')
  return {
    name: old.subject?.trim() || '（姓名未填写）',
    unit,
    position,
    partySanction: old.partySanction ? (PARTY[old.partySanction] ?? old.partySanction) : null,
    governmentSanction: old.governmentSanction ? (GOVERNMENT[old.governmentSanction] ?? old.governmentSanction) : null,
    otherMeasures: old.confiscation?.trim() ? [old.confiscation.trim()] : [],
    referred: old.referred === true || old.referred === 1,
  }
}

/** The old 处分决定日期 (a stored date) as the day it named, or null. */
export const legacyDecisionDate = (value: unknown): string | null => {
  const day = dayOf(value instanceof Date ? value.toISOString() : value)
  return day || null
}
