import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'

/** A refusal an editor understands, with the HTTP status of a permission error. */
export class WorkflowForbidden extends APIError {
  constructor(message: string) {
    super(message, 403, undefined, true)
  }
}

export const ONLY_REVIEWERS_PUBLISH = '只有审核员或管理员可以发布内容。请保存草稿并将状态设为“待审核”，由审核员发布。'
export const PUBLISHED_NEEDS_DRAFT =
  '已发布的内容不能直接修改或撤回：请以草稿形式保存修改并提交审核，由审核员发布或撤回。'

type Args = {
  data?: Record<string, unknown>
  draft?: boolean
  duplicateFromID?: number | string
  id?: number | string
  where?: unknown
}

/**
 * Who may change what the public sees, decided before the operation runs (where the `draft`
 * flag is still known): reviewers and admins publish, unpublish and restore; everyone else
 * saves drafts. System work (seed, import, the scheduler) runs with `overrideAccess`.
 * Records for the transitions hook whether this save is a draft, a restore or a duplicate;
 * the transitions hook checks the role again on the state the save actually produces.
 */
export const guardPublication: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  const a = args as Args
  if (
    operation === 'create' ||
    operation === 'update' ||
    operation === 'updateByID' ||
    operation === 'restoreVersion'
  ) {
    // A duplicate starts from the source's stored values, `_status` included: without this a
    // copy of a published document is published at once, for anyone allowed to create.
    const duplicating = operation === 'create' && a.duplicateFromID != null
    if (duplicating) {
      a.draft = true
      a.data = { ...a.data, _status: 'draft' }
    }
    req.context.workflowDuplicate = duplicating
    req.context.workflowDraft = Boolean(a.draft)
    // A restore hands the hooks the old version's data, `_status` and `workflow` included.
    req.context.workflowRestore = operation === 'restoreVersion'
  }
  if (overrideAccess || !req.user || hasRole(req.user, 'admin', 'reviewer')) return args

  if (operation === 'create') {
    if (a.data?._status === 'published') throw new WorkflowForbidden(ONLY_REVIEWERS_PUBLISH)
  } else if (operation === 'update' || operation === 'updateByID') {
    if (a.data?._status === 'published') throw new WorkflowForbidden(ONLY_REVIEWERS_PUBLISH)
    if (!a.draft) {
      // A save without `draft` writes the main document: harmless for a never-published one,
      // a change to the portal (or an unpublish) for a published one.
      // updateByID runs this hook as 'update' with an `id`; a bulk update has a `where`.
      const where = a.id !== undefined ? { id: { equals: a.id } } : a.where
      const { totalDocs } = await req.payload.count({
        collection: collection.slug,
        where: where
          ? { and: [where as never, { _status: { equals: 'published' } }] }
          : { _status: { equals: 'published' } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) throw new WorkflowForbidden(PUBLISHED_NEEDS_DRAFT)
    }
    // Whatever else: an editor's save is a draft, which Payload keeps as a version and never
    // writes into the main document the public reads. A document a reviewer publishes between
    // the check above and this write therefore keeps the reviewed text.
    a.draft = true
    req.context.workflowDraft = true
  } else if (operation === 'restoreVersion') {
    if (!(args as Args).draft) throw new WorkflowForbidden(ONLY_REVIEWERS_PUBLISH)
  }
  return args
}
