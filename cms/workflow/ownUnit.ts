import type { CollectionBeforeChangeHook } from 'payload'

import { liaisonUnit, refId } from '../access/unit'
import { WorkflowForbidden } from './guard'

/** A 单位联络员 may not move a document to another unit (access only checks the stored one). */
export function keepOwnUnit(unitField: string): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req }) => {
    const unit = liaisonUnit(req.user as never)
    if (!unit) return data
    const value = unitField in (data ?? {}) ? data[unitField] : (originalDoc as Record<string, unknown> | undefined)?.[unitField]
    if (refId(value as never) !== unit) throw new WorkflowForbidden('单位联络员只能维护本单位的目录事项和公开信息。')
    return data
  }
}
