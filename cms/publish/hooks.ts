import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, SanitizedCollectionConfig } from 'payload'

import { queuePublishRun } from './queue'

/** The collection's Chinese name for the run log, e.g. 月度主题. */
const labelOf = (collection: SanitizedCollectionConfig): string =>
  typeof collection.labels?.singular === 'string' ? collection.labels.singular : collection.slug

type WithStatus = { id: number | string; _status?: 'draft' | 'published' | null; firstPublishedAt?: string | null }

/**
 * A change reaches the portal only through a publish run: queue one whenever a published
 * document changes, or a document enters or leaves the published state. Seeds and imports
 * pass `context.skipPublish` and run one publish at the end instead.
 */
export const publishAfterChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  if (req.context?.skipPublish) return doc
  // A draft save never changes the portal. Any other save of a document that is or was public
  // may (previousDoc is the newest version, which can be a pending draft, so it cannot tell
  // an unpublish apart: firstPublishedAt can).
  if (req.context?.workflowDraft && (doc as WithStatus)._status !== 'published') return doc
  const now = (doc as WithStatus)._status === 'published'
  const before =
    (previousDoc as WithStatus | undefined)?._status === 'published' || Boolean((doc as WithStatus).firstPublishedAt)
  if (now || before) queuePublishRun(`${labelOf(collection)} #${doc.id}`)
  return doc
}

export const publishAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (req.context?.skipPublish) return doc
  if ((doc as WithStatus)._status === 'published') queuePublishRun(`删除${labelOf(collection)} #${doc.id}`)
  return doc
}
