import type { CollectionBeforeChangeHook } from 'payload'

import { liaisonUnit, refId } from '../access/unit'
import { WorkflowForbidden } from './guard'

export const OWN_UNIT_ONLY = '单位联络员只能维护本单位的目录事项和公开信息。'

/**
 * A 单位联络员 creates documents only for their own unit and may not move one to another unit
 * (access only checks the stored document).
 */
export function keepOwnUnit(unitField: string): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req }) => {
    const unit = liaisonUnit(req.user as never)
    if (!unit) return data
    const value =
      unitField in (data ?? {}) ? data[unitField] : (originalDoc as Record<string, unknown> | undefined)?.[unitField]
    if (refId(value as never) !== unit) throw new WorkflowForbidden(OWN_UNIT_ONLY)
    return data
  }
}
