import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import type { WorkflowState } from '../fields/options'
import { actorName } from './audit'
import { nowOf } from './clock'
import { ONLY_REVIEWERS_PUBLISH, PUBLISHED_NEEDS_DRAFT, WorkflowForbidden } from './guard'

type Doc = {
  _status?: 'draft' | 'published' | null
  workflow?: WorkflowState | null
  reviewComment?: string | null
  publishAt?: string | null
  changeKind?: 'major' | 'minor' | null
  changeNote?: string | null
  firstPublishedAt?: string | null
  publicUpdatedAt?: string | null
  changeLog?: { date: string; note: string }[] | null
  workflowBy?: string | null
}

const invalid = (collection: string, path: string, message: string, req: PayloadRequest) =>
  new ValidationError({ collection, errors: [{ path, message }], req }, req.t)

/**
 * Whether the main document, what the public sees, is published. The hook's `originalDoc` is the
 * latest version, which is a newer draft while an edit waits for review.
 */
async function isLive(req: PayloadRequest, collection: string, id: number | string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: collection as never,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Moves a document through 草稿 → 待审核 → 已发布 (退回修改, 已定时发布, 已撤回) and keeps the
 * public dates honest: the first publication sets 首次发布时间; a republication is either a
 * 重大修改 (its note and date join the public 修改记录 and move 公开更新时间) or a 一般修改 (the
 * public date stays). Only publishing writes that public record: any other save by a user keeps
 * the stored one, whatever it sends. Runs after guardPublication, which has already refused
 * what the user's role does not allow.
 */
export const applyWorkflow: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const next = data as Doc
  // A duplicate's `originalDoc` is its source: the copy is a new document with no public past.
  const before = (req.context.workflowDuplicate ? {} : (originalDoc ?? {})) as Doc
  const system = !req.user
  const reviewer = system || hasRole(req.user, 'admin', 'reviewer')
  const restoring = Boolean(req.context.workflowRestore)
  // Restoring as a draft keeps the old version's `_status` in `data` (Payload saves a draft
  // regardless), so it is a draft save even when that version was a published one.
  const draftSave = Boolean(req.context.workflowDraft) && (restoring || next._status !== 'published')
  const status = next._status ?? before._status
  const now = nowOf(req).toISOString()

  if (!draftSave && status === 'published') {
    // Checked on the state this save produces, not on what the request said: a save can end up
    // published through values Payload fills in from elsewhere (a duplicate's source, the
    // stored document), whatever route it came by.
    if (!reviewer) throw new WorkflowForbidden(ONLY_REVIEWERS_PUBLISH)
    // A 定时发布 releases what the reviewer approved: an edit saved since then (which put the
    // document back to 草稿) must not ride along unreviewed.
    if (req.context.scheduledRelease && before.workflow !== 'scheduled') {
      throw new WorkflowForbidden('定时发布批准后内容又被修改，需重新审核后发布。')
    }
    if (before.firstPublishedAt) {
      const kind = next.changeKind ?? before.changeKind ?? (system ? 'minor' : null)
      if (!kind) {
        const message = restoring
          ? '恢复已发布内容的旧版本，请选择“恢复为草稿”，在草稿中选择修改类型（重大修改或一般修改）后再发布。'
          : '修改已发布的内容，请选择修改类型：重大修改或一般修改。'
        throw invalid(collection.slug, 'changeKind', message, req)
      }
      if (kind === 'major') {
        const note = (next.changeNote ?? before.changeNote ?? '').trim()
        if (!note)
          throw invalid(collection.slug, 'changeNote', '重大修改须填写修改说明，说明将与日期一起在网站公开。', req)
        next.changeLog = [...(before.changeLog ?? []).map(({ date, note }) => ({ date, note })), { date: now, note }]
        next.publicUpdatedAt = now
      } else {
        next.changeLog = before.changeLog ?? []
        next.publicUpdatedAt = before.publicUpdatedAt ?? before.firstPublishedAt
      }
      next.firstPublishedAt = before.firstPublishedAt
    } else {
      next.firstPublishedAt = now
      next.publicUpdatedAt = now
      next.changeLog = []
    }
    const kind = before.firstPublishedAt ? (next.changeKind ?? before.changeKind ?? 'minor') : null
    req.context.workflowEvent = {
      action: 'publish',
      changeKind: kind,
      comment:
        [
          req.context.scheduledRelease ? `定时发布（批准人：${before.workflowBy ?? '未记录'}）` : null,
          kind === 'major' ? (next.changeNote ?? before.changeNote ?? null) : null,
        ]
          .filter(Boolean)
          .join('；') || null,
    }
    next.workflow = 'published'
    next.changeKind = null
    next.changeNote = null
    next.reviewComment = null
    next.publishAt = null
  } else if (
    !draftSave &&
    status === 'draft' &&
    (before._status === 'published' ||
      (!req.context.workflowDuplicate &&
        originalDoc?.id != null &&
        (await isLive(req, collection.slug, originalDoc.id))))
  ) {
    if (!reviewer) throw new WorkflowForbidden(PUBLISHED_NEEDS_DRAFT)
    next.workflow = 'withdrawn'
    req.context.workflowEvent = { action: 'withdraw', comment: next.reviewComment ?? null }
  } else {
    // Restored content is a new draft: the old version's state (submitted, approved…) does not apply.
    let state: WorkflowState = restoring ? 'draft' : (next.workflow ?? before.workflow ?? 'draft')
    // Publishing and withdrawing are operations, not states one saves a draft in.
    if (state === 'published' || state === 'withdrawn') state = 'draft'
    if (!reviewer) {
      if ((state === 'returned' || state === 'scheduled') && state !== before.workflow) {
        throw new WorkflowForbidden('编辑只能保存草稿或提交审核；退回修改和定时发布由审核员操作。')
      }
      // An approved release changed by an editor needs approving again.
      if (state === 'scheduled') state = 'draft'
    }
    if (state === 'returned' && !(next.reviewComment ?? before.reviewComment)?.trim()) {
      throw invalid(collection.slug, 'reviewComment', '退回修改时请填写审核意见。', req)
    }
    if (state === 'scheduled') {
      const at = next.publishAt ?? before.publishAt
      if (!at) throw invalid(collection.slug, 'publishAt', '定时发布请填写发布时间。', req)
      if (state !== before.workflow && new Date(at).getTime() <= nowOf(req).getTime()) {
        throw invalid(collection.slug, 'publishAt', '定时发布时间须晚于当前时间；要立即发布请直接点击“发布”。', req)
      }
    }
    next.workflow = state
    const changed =
      state !== before.workflow || (state === 'scheduled' && next.publishAt && next.publishAt !== before.publishAt)
    const action = { review: 'submit', returned: 'return', scheduled: 'schedule' }[state as string]
    req.context.workflowEvent =
      changed && action
        ? {
            action,
            comment: state === 'returned' ? (next.reviewComment ?? before.reviewComment ?? null) : null,
            publishAt: state === 'scheduled' ? (next.publishAt ?? before.publishAt) : null,
          }
        : undefined
  }
  if (next.workflow !== 'published' && !system) {
    // Not a publication: 首次发布时间, 公开更新时间 and 修改记录 stay as stored. Otherwise a draft
    // (or a restored old version) could clear them, and the next publication would reset the
    // dates, drop the public change log, or let an editor delete a once-published document.
    next.firstPublishedAt = before.firstPublishedAt ?? null
    next.publicUpdatedAt = before.publicUpdatedAt ?? null
    next.changeLog = (before.changeLog ?? []).map(({ date, note }) => ({ date, note }))
  }
  next.workflowBy = actorName(req)
  return next
}
