import type { WorkCalendar } from '../calendar/workdays'
import type { DocRef } from './types'

/** A published 目录事项 with its 公开时限. */
export type CatalogItemInput = DocRef & { department: string | null; limitText: string; workingDays: number | null }

/** A published 公开信息; dates are Shanghai days. */
export type DisclosureInput = DocRef & {
  catalogItem: number | string | null
  writtenDate: string | null
  publishDate: string | null
}

export type DisclosureRecord = DocRef & { writtenDate: string | null; publishDate: string }

export type LateItem = {
  item: CatalogItemInput
  disclosure: DisclosureRecord
  /** Working days from 成文日期 to 发布日期, and the limit they exceed. */
  used: number
  limit: number
  /** Years of that span the 工作日历 has no arrangement for (counted Monday–Friday). */
  unsureYears: number[]
}

export type CatalogTimeliness = {
  /** Items with a limit in working days whose latest record could be judged. */
  checked: number
  late: LateItem[]
  /** Items whose latest record has no 成文日期, so its timeliness cannot be judged. */
  noWrittenDate: { item: CatalogItemInput; disclosure: DisclosureRecord }[]
  /** Items with no published record at all. */
  neverDisclosed: CatalogItemInput[]
}

const newer = (a: DisclosureRecord, b: DisclosureRecord) =>
  a.publishDate > b.publishDate || (a.publishDate === b.publishDate && Number(a.id) > Number(b.id))

/**
 * 时限执行情况 of the catalogue, judged as the portal does (site/lib/workdays.ts): an item's
 * latest record (by 发布日期) is late when the working days after its 成文日期 up to its
 * 发布日期 exceed the item's limit in working days.
 */
export function catalogTimeliness(
  items: CatalogItemInput[],
  disclosures: DisclosureInput[],
  calendar: WorkCalendar,
): CatalogTimeliness {
  const latest = new Map<string, DisclosureRecord>()
  for (const d of disclosures) {
    if (d.catalogItem == null || !d.publishDate) continue
    const record: DisclosureRecord = {
      collection: d.collection,
      id: d.id,
      title: d.title,
      writtenDate: d.writtenDate,
      publishDate: d.publishDate,
    }
    const key = String(d.catalogItem)
    const current = latest.get(key)
    if (!current || newer(record, current)) latest.set(key, record)
  }

  const result: CatalogTimeliness = { checked: 0, late: [], noWrittenDate: [], neverDisclosed: [] }
  for (const item of items) {
    const record = latest.get(String(item.id))
    if (!record) {
      result.neverDisclosed.push(item)
      continue
    }
    if (!item.workingDays) continue
    if (!record.writtenDate) {
      result.noWrittenDate.push({ item, disclosure: record })
      continue
    }
    result.checked++
    const used = calendar.between(record.writtenDate, record.publishDate)
    if (used > item.workingDays) {
      result.late.push({
        item,
        disclosure: record,
        used,
        limit: item.workingDays,
        unsureYears: calendar.missingYears(record.writtenDate, record.publishDate),
      })
    }
  }
  result.late.sort((a, b) => b.used - b.limit - (a.used - a.limit))
  const byUnit = (a: CatalogItemInput, b: CatalogItemInput) =>
    (a.department ?? '').localeCompare(b.department ?? '', 'zh-CN') || a.title.localeCompare(b.title, 'zh-CN')
  result.neverDisclosed.sort(byUnit)
  result.noWrittenDate.sort((a, b) => byUnit(a.item, b.item))
  return result
}
