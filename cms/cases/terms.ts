// What the export writes for a case's published facts: the wording as the editor entered it
// (from the bulletin) and its kind, read on a simplified, half-width copy so that a bulletin in
// traditional characters (黨內嚴重警告) is counted like any other. The rules are the contract's
// (content/model/caseTerms.ts); this file only folds the text first.
import { foldForMatch } from '../notices/parseNotice'
import { governmentSanctionOf, measureOf, partySanctionOf, readPublishedDate } from '../../content/model/caseTerms'

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null)

/** 党纪处分 → `{ published, value, years }`, or null when none was entered. */
export function exportPartySanction(value: unknown) {
  const published = text(value)
  return published && { published, ...partySanctionOf(foldForMatch(published)) }
}

/** 政务处分 → `{ published, value }`, or null. */
export function exportGovernmentSanction(value: unknown) {
  const published = text(value)
  return published && { published, value: governmentSanctionOf(foldForMatch(published)) }
}

/** 组织处理 → `[{ published, value }]`. */
export function exportMeasures(value: unknown) {
  const list = Array.isArray(value) ? value : []
  return list.flatMap((item) => {
    const published = text(item)
    return published ? [{ published, value: measureOf(foldForMatch(published)) }] : []
  })
}

/** A published date → `{ value, published }`, or null when empty (input validation refuses the unreadable). */
export function exportPublishedDate(value: unknown) {
  const published = text(value)
  if (!published) return null
  // readPublishedDate reads full-width digits itself and keeps the wording (an ISO form in Chinese).
  const date = readPublishedDate(published)
  return 'error' in date ? null : date
}

/** Field `validate` for a published date: empty is allowed, anything else must be readable. */
export function validatePublishedDate(label: string) {
  return (value: null | string | undefined): string | true => {
    const published = text(value)
    if (!published) return true
    const date = readPublishedDate(published)
    return 'error' in date ? `${label}：${date.error}` : true
  }
}
