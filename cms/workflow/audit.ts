import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import type { WorkflowAction } from '../fields/options'
import { nowOf } from './clock'

export type WorkflowEvent = {
  action: WorkflowAction
  comment?: string | null
  changeKind?: 'major' | 'minor' | null
  publishAt?: string | null
}

const labelOf = (collection: SanitizedCollectionConfig) =>
  typeof collection.labels?.singular === 'string' ? collection.labels.singular : collection.slug

function titleOf(collection: SanitizedCollectionConfig, doc: Record<string, unknown>): string {
  const field = collection.admin?.useAsTitle
  const value = field ? doc[field] : null
  return typeof value === 'string' && value ? value : `#${String(doc.id)}`
}

/** How a user appears in the records: 姓名（邮箱）, or 系统 for automatic work. */
export function actorName(req: PayloadRequest): string {
  const user = req.user as { name?: string | null; email?: string } | null
  if (!user) return '系统'
  return user.name
    ? `${user.name}（${user.email ?? ''}）`
    : (user.email ?? `用户 ${String((req.user as { id?: unknown }).id)}`)
}

async function record(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  doc: Record<string, unknown>,
  event: WorkflowEvent,
) {
  await req.payload.create({
    collection: 'workflow-events',
    data: {
      at: nowOf(req).toISOString(),
      action: event.action,
      collectionSlug: collection.slug,
      collectionLabel: labelOf(collection),
      docId: String(doc.id),
      title: titleOf(collection, doc),
      actor: actorName(req),
      actorId: typeof req.user?.id === 'number' ? req.user.id : null,
      changeKind: event.changeKind ?? null,
      comment: event.comment ?? null,
      publishAt: event.publishAt ?? null,
    },
    overrideAccess: true,
    req,
  })
}

/** Writes the 审核记录 entry the transitions hook prepared for this save, if any. */
export const recordWorkflowChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const event = req.context.workflowEvent as WorkflowEvent | undefined
  if (!event) return doc
  req.context.workflowEvent = undefined
  await record(req, collection, doc as Record<string, unknown>, event)
  return doc
}

export const recordWorkflowDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await record(req, collection, doc as Record<string, unknown>, { action: 'delete' })
  return doc
}
