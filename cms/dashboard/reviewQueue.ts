import type { DocRef, WorkflowInfo } from './types'
import { daysBetween, shanghaiDay, storedDay } from '../../content/shared/shanghai'

/** The latest version of a document somewhere in the review workflow. */
export type QueueDoc = DocRef & WorkflowInfo & { collectionLabel: string }

export type QueueEntry = QueueDoc & {
  /** Days since the version was last saved (Shanghai days). */
  waitingDays: number
  /** 已定时发布 whose time has passed without the release happening. */
  due: boolean
}

export type ReviewQueue = {
  /** 待审核, longest waiting first. */
  review: QueueEntry[]
  /** 退回修改, longest waiting first: for editors to revise. */
  returned: QueueEntry[]
  /** 已定时发布, soonest first. */
  scheduled: QueueEntry[]
}

/** The states that put a document on someone's list. */
export const QUEUE_STATES = ['review', 'returned', 'scheduled'] as const

/** Sorts the latest versions in review, returned or scheduled into the dashboard's lists. */
export function reviewQueue(docs: QueueDoc[], now: Date): ReviewQueue {
  const today = shanghaiDay(now)
  const entries = docs.map((doc) => ({
    ...doc,
    waitingDays: Math.max(0, daysBetween(storedDay(doc.updatedAt) ?? today, today)),
    due: doc.workflow === 'scheduled' && Boolean(doc.publishAt) && Date.parse(doc.publishAt!) <= now.getTime(),
  }))
  const oldestFirst = (a: QueueEntry, b: QueueEntry) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt)
  const soonestFirst = (a: QueueEntry, b: QueueEntry) =>
    Date.parse(a.publishAt ?? '9999-12-31') - Date.parse(b.publishAt ?? '9999-12-31')
  return {
    review: entries.filter((e) => e.workflow === 'review').sort(oldestFirst),
    returned: entries.filter((e) => e.workflow === 'returned').sort(oldestFirst),
    scheduled: entries.filter((e) => e.workflow === 'scheduled').sort(soonestFirst),
  }
}
