import type { CollectionConfig, CollectionSlug } from 'payload'

import { SECTIONS, type CollectionModel } from '../../content/model/define'
import type { ImportRules } from '../import/rules'

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
  /** How `npm run import` reads the collection's rows (cms/import/specs.ts collects them). */
  import: ImportRules
}

/**
 * What makes a collection part of the portal, in one place: its slug, names and navigation group
 * from its descriptor (content/model/collections/), drafts and versions, anonymous
 * reads of published documents only, the review workflow (who may publish, its states, change
 * notes, the 审核记录) and a publish run queued whenever what the public sees changes (after the
 * collection's own hooks).
 */
export function publicCollection(
  model: CollectionModel,
  config: Omit<CollectionConfig, 'slug' | 'labels' | 'access' | 'versions'>,
  options: PublicCollectionOptions,
): CollectionConfig {
  const { unitField } = options
  return {
    ...config,
    custom: { ...config.custom, import: options.import },
    slug: model.slug as CollectionSlug,
    labels: model.labels,
    access: publicContentAccess(unitField),
    versions: { drafts: true, maxPerDoc: 50 },
    admin: {
      ...config.admin,
      group: SECTIONS[model.column.section].label,
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
