import type { CollectionConfig } from 'payload'

import { staff } from './byRole'
import { readContent, readContentVersions } from './readContent'
import { deleteAccess, ownUnitOrStaff, staffOrUnitLiaison } from './unit'

/**
 * Access of every collection the portal publishes. Who may publish is decided per operation
 * (cms/workflow/guard.ts): these rules say who may touch a document at all.
 * `unitField` names the relationship that makes a document a unit's own (liaisons' scope).
 */
export function publicContentAccess(unitField?: string): CollectionConfig['access'] {
  return {
    read: readContent(unitField),
    readVersions: readContentVersions(unitField),
    create: unitField ? staffOrUnitLiaison : staff,
    update: unitField ? ownUnitOrStaff(unitField) : staff,
    delete: deleteAccess(unitField),
  }
}
