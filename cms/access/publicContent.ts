import type { CollectionConfig } from 'payload'

import { authenticated } from './authenticated'
import { reviewers, staff } from './byRole'
import { publishedOrAuthenticated } from './publishedOrAuthenticated'

/** Access of every collection the portal publishes. */
export const publicContentAccess: CollectionConfig['access'] = {
  read: publishedOrAuthenticated,
  readVersions: authenticated,
  create: staff,
  update: staff,
  delete: reviewers,
}
