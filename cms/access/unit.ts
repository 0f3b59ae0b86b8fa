import type { Access, Where } from 'payload'

import { hasRole } from './roles'

type Ref = number | string | { id: number | string } | null | undefined
type UnitUser = { role?: string | null; department?: Ref } | null | undefined

/** The id behind a relationship value, whether populated or not. */
export const refId = (value: Ref): string | null =>
  value == null ? null : typeof value === 'object' ? String(value.id) : String(value)

/** The unit a 单位联络员 belongs to (null for everyone else or a liaison without a unit). */
export function liaisonUnit(user: UnitUser): string | null {
  return hasRole(user as never, 'liaison') ? refId(user?.department) : null
}

/**
 * Creating in a collection a unit liaison maintains for their own unit (catalogue items,
 * disclosures): staff, and liaisons who have a unit. That the new document names the
 * liaison's unit is checked, with an explanation, by keepOwnUnit (cms/workflow/ownUnit.ts).
 */
export const staffOrUnitLiaison: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'reviewer') || liaisonUnit(user as UnitUser) !== null

/**
 * Updating in such a collection: staff everywhere, a liaison only documents stored with their
 * unit in `unitField`. Always a constraint on the stored document, never a judgement of the
 * submitted data: an update sends only what changes (often no unit at all), and data naming the
 * liaison's unit must not unlock another unit's document. Moving a document to another unit is
 * refused by keepOwnUnit.
 */
export function ownUnitOrStaff(unitField: string): Access {
  return ({ req: { user } }) => {
    if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
    const unit = liaisonUnit(user as UnitUser)
    if (!unit) return false
    return { [unitField]: { equals: unit } }
  }
}

/**
 * Deleting: reviewers and admins anything; editors (and liaisons, in their unit) only what was
 * never published, so a mistake can be thrown away without touching the public record.
 */
export function deleteAccess(unitField?: string): Access {
  return ({ req: { user } }) => {
    if (hasRole(user, 'admin', 'reviewer')) return true
    const neverPublished: Where = { firstPublishedAt: { exists: false } }
    if (hasRole(user, 'editor')) return neverPublished
    const unit = unitField ? liaisonUnit(user as UnitUser) : null
    if (unit && unitField) return { and: [neverPublished, { [unitField]: { equals: unit } }] }
    return false
  }
}
