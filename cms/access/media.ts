import type { Access, FieldHook } from 'payload'

import { hasRole } from './roles'
import { liaisonUnit, refId } from './unit'

/**
 * Reading uploads (their names, 说明 and files, through /api/media): staff all of them; a
 * 单位联络员 those uploaded for their own unit — attachments of other units' unpublished
 * records are not theirs to see. Anonymous callers none: the public gets the files the export
 * copies for published documents.
 */
export const readMedia: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
  const unit = liaisonUnit(user as never)
  return unit ? { ownerUnit: { equals: unit } } : false
}

/** The unit an upload belongs to: the uploader's, set when the file is first stored. */
export const ownerUnitOnCreate: FieldHook = ({ operation, originalDoc, req, value }) => {
  if (operation !== 'create') return (originalDoc as { ownerUnit?: unknown } | undefined)?.ownerUnit ?? value ?? null
  return refId((req.user as { department?: never } | null)?.department) ?? null
}
