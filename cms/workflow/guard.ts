import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'

/** A refusal an editor understands, with the HTTP status of a permission error. */
export class WorkflowForbidden extends APIError {
  constructor(message: string) {
    super(message, 403, undefined, true)
  }
}

export const ONLY_REVIEWERS_PUBLISH = '只有审核员或管理员可以发布内容。请保存草稿并将状态设为“待审核”，由审核员发布。'
export const PUBLISHED_NEEDS_DRAFT = '已发布的内容不能直接修改或撤回：请以草稿形式保存修改并提交审核，由审核员发布或撤回。'

type Args = { data?: Record<string, unknown>; draft?: boolean; id?: number | string; where?: unknown }

/**
 * Who may change what the public sees, decided before the operation runs (where the `draft`
 * flag is still known): reviewers and admins publish, unpublish and restore; everyone else
 * saves drafts. System work (seed, import, the scheduler) runs with `overrideAccess`.
 * Records for the transitions hook whether this save is a draft, and whether it is a restore.
 */
export const guardPublication: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  const a = args as Args
  if (operation === 'create' || operation === 'update' || operation === 'updateByID' || operation === 'restoreVersion') {
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
        where: where ? { and: [where as never, { _status: { equals: 'published' } }] } : { _status: { equals: 'published' } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) throw new WorkflowForbidden(PUBLISHED_NEEDS_DRAFT)
    }
  } else if (operation === 'restoreVersion') {
    if (!(args as Args).draft) throw new WorkflowForbidden(ONLY_REVIEWERS_PUBLISH)
  }
  return args
}
