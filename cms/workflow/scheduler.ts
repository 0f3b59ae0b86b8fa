import type { Payload } from 'payload'

import { PUBLIC_COLLECTIONS, type PublicCollection } from '../../content/model/collections'

export type Release = { collection: PublicCollection; id: number | string }
export type ReleaseResult = { released: Release[]; failed: (Release & { error: string })[] }

/**
 * 定时发布: publishes every document a reviewer approved for a time that has come (`workflow`
 * 已定时发布 and `publishAt` ≤ now). Each release is an ordinary publish, so it is recorded in
 * the 审核记录 and queues a publish run. A release that cannot be published (e.g. a required
 * field emptied since approval) goes back to the editors as 退回修改 with the reason, instead of
 * being retried for ever.
 */
export async function releaseDue(payload: Payload, now: Date = new Date()): Promise<ReleaseResult> {
  const result: ReleaseResult = { released: [], failed: [] }
  const context = { now: now.toISOString(), scheduledRelease: true }
  for (const collection of PUBLIC_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      draft: true,
      where: { and: [{ workflow: { equals: 'scheduled' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) {
      try {
        await payload.update({
          collection,
          id: doc.id,
          data: { _status: 'published' } as never,
          draft: false,
          overrideAccess: true,
          context,
        })
        result.released.push({ collection, id: doc.id })
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        result.failed.push({ collection, id: doc.id, error: message })
        payload.logger.error(`[定时发布] ${collection} #${doc.id} 发布失败：${message}`)
        await payload
          .update({
            collection,
            id: doc.id,
            data: { workflow: 'returned', reviewComment: `定时发布失败，请修改后重新提交审核：${message}` } as never,
            draft: true,
            overrideAccess: true,
            context,
          })
          .catch((e: unknown) => payload.logger.error(`[定时发布] ${collection} #${doc.id} 无法退回：${String(e)}`))
      }
    }
  }
  return result
}

type SchedulerState = { timer?: NodeJS.Timeout; running?: boolean }

/**
 * Checks for due releases every `intervalMs` in the admin server (`SCHEDULER=1`, set by
 * `npm start`), once per process even when Next re-initialises Payload.
 */
export function startScheduler(
  payload: Payload,
  intervalMs = Number(process.env.SCHEDULER_INTERVAL_MS ?? 30_000),
): void {
  const state = ((globalThis as Record<string, unknown>).__releaseScheduler ??= {}) as SchedulerState
  if (state.timer) return
  const tick = async () => {
    if (state.running) return
    state.running = true
    try {
      const { released } = await releaseDue(payload)
      if (released.length > 0) payload.logger.info(`[定时发布] 已发布 ${released.length} 篇`)
    } catch (error) {
      payload.logger.error(`[定时发布] 检查失败：${error instanceof Error ? error.message : String(error)}`)
    } finally {
      state.running = false
    }
  }
  state.timer = setInterval(() => void tick(), intervalMs)
  state.timer.unref()
  void tick()
}
