import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { publicApiEnabled } from '../lib/publicApi'
import { hasRole } from './roles'
import { liaisonUnit } from './unit'

/** What the portal shows: approved and published documents. */
export const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * The context flag of the export (cms/export/exportContent.ts): it reads as the public does,
 * published documents only, whether or not the public API is on. `req.context` is set only by
 * server code, never from a request.
 */
export const PORTAL_EXPORT = 'portalExport'

/** Anonymous reads: the export, and open-data users when an office turns the public API on. */
export const anonymousMayRead = (req: PayloadRequest): boolean =>
  req.context?.[PORTAL_EXPORT] === true || publicApiEnabled()

/**
 * Reading a public collection. Editors, reviewers and admins see drafts everywhere; a 单位联络员
 * sees what is published plus the drafts of their own unit's documents (`unitField`), and in
 * other collections only what is published; anonymous callers see what is published, and only
 * through the export or the public API.
 */
export function readContent(unitField?: string): Access {
  return ({ req }) => {
    const { user } = req
    if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
    if (user) {
      const unit = unitField ? liaisonUnit(user as never) : null
      return unit && unitField ? { or: [PUBLISHED, { [unitField]: { equals: unit } }] } : PUBLISHED
    }
    return anonymousMayRead(req) ? PUBLISHED : false
  }
}

/**
 * The version history (every draft ever saved): staff, and a liaison for their own unit's
 * documents. Versions keep the document under `version`.
 */
export function readContentVersions(unitField?: string): Access {
  return ({ req: { user } }) => {
    if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
    const unit = unitField ? liaisonUnit(user as never) : null
    return unit && unitField ? { [`version.${unitField}`]: { equals: unit } } : false
  }
}

/** Fields of the review workflow (comments, who did what, schedules): signed-in users only. */
export const signedInField: FieldAccess = ({ req: { user } }) => Boolean(user)

/** A global the portal shows (the 工作日历): like a published document. */
export const readPublicGlobal: Access = ({ req }) => Boolean(req.user) || anonymousMayRead(req)
