import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContent'
import { publicReadsPublished } from '../access/publicReads'
import { publishAfterChange, publishAfterDelete } from '../publish/hooks'
import { recordWorkflowChange, recordWorkflowDelete } from '../workflow/audit'
import { workflowFields } from '../workflow/fields'
import { guardPublication } from '../workflow/guard'
import { keepOwnUnit } from '../workflow/ownUnit'
import { applyWorkflow } from '../workflow/transitions'
import { stripControlCharactersHook } from '../fields/controlCharacters'

export type PublicCollectionOptions = {
  /** The relationship to departments that makes a document a unit's own: 单位联络员 may maintain it. */
  unitField?: string
}

/**
 * What makes a collection part of the portal, in one place: drafts and versions, anonymous
 * reads of published documents only, the review workflow (who may publish, its states, change
 * notes, the 审核记录) and a publish run queued whenever what the public sees changes (after the
 * collection's own hooks).
 */
export function publicCollection(
  config: Omit<CollectionConfig, 'access' | 'versions'>,
  options: PublicCollectionOptions = {},
): CollectionConfig {
  const { unitField } = options
  return {
    ...config,
    access: publicContentAccess(unitField),
    versions: { drafts: true, maxPerDoc: 50 },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        edit: {
          ...config.admin?.components?.edit,
          PublishButton: '/components/workflow/WorkflowButtons#ReviewerPublishButton',
          SaveDraftButton: '/components/workflow/WorkflowButtons#DraftAndSubmitButtons',
        },
      },
      defaultColumns: config.admin?.defaultColumns
        ? [...config.admin.defaultColumns.filter((c) => c !== 'updatedAt' && c !== '_status'), 'workflow', 'updatedAt']
        : undefined,
    },
    fields: [...config.fields, ...workflowFields],
    hooks: {
      ...config.hooks,
      beforeOperation: [publicReadsPublished, guardPublication, ...(config.hooks?.beforeOperation ?? [])],
      beforeValidate: [stripControlCharactersHook, ...(config.hooks?.beforeValidate ?? [])],
      beforeChange: [
        ...(unitField ? [keepOwnUnit(unitField)] : []),
        applyWorkflow,
        ...(config.hooks?.beforeChange ?? []),
      ],
      afterChange: [...(config.hooks?.afterChange ?? []), recordWorkflowChange, publishAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), recordWorkflowDelete, publishAfterDelete],
    },
  }
}
