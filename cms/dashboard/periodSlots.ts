import type { WorkflowState } from '../fields/options'
import type { DocRef } from './types'

/** A 月度主题 or 每周提醒 as the dashboard needs it: its month or week, and its workflow state. */
export type PeriodDoc = DocRef & { period: string; workflow: WorkflowState | null; publishAt: string | null }

/** Where the document for a month or week stands; `missing` when nobody has created it. */
export type SlotState = WorkflowState | 'missing'

export type PeriodSlot = {
  period: string
  state: SlotState
  /** Published, or approved for a timed release. */
  ready: boolean
  doc: (DocRef & { publishAt: string | null }) | null
  /** A published document with a newer unpublished version: that version's state. */
  pendingState: WorkflowState | null
}

/** Both views of a collection: the latest version of each document, and what the public sees. */
export type PeriodDocs = { latest: PeriodDoc[]; published: PeriodDoc[] }

/** The slot of one month or week. */
export function periodSlot(period: string, docs: PeriodDocs): PeriodSlot {
  const published = docs.published.find((doc) => doc.period === period) ?? null
  const latest = docs.latest.find((doc) => doc.period === period) ?? null
  if (published) {
    const pending =
      latest && latest.id === published.id && latest.workflow && latest.workflow !== 'published'
        ? latest.workflow
        : null
    return {
      period,
      state: 'published',
      ready: true,
      doc: ref(latest && latest.id === published.id ? latest : published),
      pendingState: pending,
    }
  }
  if (!latest) return { period, state: 'missing', ready: false, doc: null, pendingState: null }
  const state = latest.workflow ?? 'draft'
  return { period, state, ready: state === 'scheduled', doc: ref(latest), pendingState: null }
}

const ref = ({ collection, id, title, publishAt }: PeriodDoc) => ({ collection, id, title, publishAt })
