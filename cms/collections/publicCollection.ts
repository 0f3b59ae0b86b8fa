import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContent'
import { publishAfterChange, publishAfterDelete } from '../publish/hooks'

/**
 * What makes a collection part of the portal, in one place: drafts and versions, anonymous
 * reads of published documents only, and a publish run queued whenever what the public sees
 * changes (after the collection's own hooks).
 */
export function publicCollection(config: Omit<CollectionConfig, 'access' | 'versions'>): CollectionConfig {
  return {
    ...config,
    access: publicContentAccess,
    versions: { drafts: true, maxPerDoc: 50 },
    hooks: {
      ...config.hooks,
      afterChange: [...(config.hooks?.afterChange ?? []), publishAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), publishAfterDelete],
    },
  }
}
