import type { CollectionBeforeOperationHook, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { releaseDue } from '../../cms/workflow/scheduler'
import { validationMessageAt } from '../helpers/errors'
import { PUBLIC_READ, startTestPayload, type TestPayload } from '../helpers/payload'
import { createStaff, deleteStaff, type StaffUsers } from '../helpers/users'

let ctx: TestPayload
let payload: Payload
let staff: StaffUsers

/** Monday 2026-11-30 08:00 in Asia/Shanghai: when next week's reminder should go out. */
const MONDAY_8AM = '2026-11-30T00:00:00.000Z'
const BEFORE = '2026-11-29T23:59:00.000Z'

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
})

afterAll(async () => {
  await deleteStaff(payload, staff)
  await ctx?.cleanup()
})

const anonymousCanRead = async (collection: 'reminders' | 'themes', id: number) =>
  (await payload.find({ collection, where: { id: { equals: id } }, ...PUBLIC_READ, depth: 0 })).totalDocs === 1

/** A theme an editor drafted and a reviewer approved (at `now`) for release at `publishAt`. */
async function approvedTheme(data: { month: string; title: string; summary?: string }, publishAt: string, now: string) {
  const theme = await payload.create({
    collection: 'themes',
    data: data as never,
    draft: true,
    user: staff.editor,
    overrideAccess: false,
  })
  await payload.update({
    collection: 'themes',
    id: theme.id,
    data: { workflow: 'scheduled', publishAt },
    draft: true,
    user: staff.reviewer,
    overrideAccess: false,
    context: { now },
  })
  return theme
}

describe('定时发布 (scheduled publishing)', () => {
  it('should publish an approved reminder at Monday 08:00, not a minute before, and record who approved it', async () => {
    const reminder = await payload.create({
      collection: 'reminders',
      data: { week: '2026-W49', message: '岁末年初，严防“四风”反弹回潮。', channels: ['web'], workflow: 'review' },
      draft: true,
      user: staff.editor,
      overrideAccess: false,
    })
    // The reviewer approves it for Monday morning on the Friday before.
    await payload.update({
      collection: 'reminders',
      id: reminder.id,
      data: { workflow: 'scheduled', publishAt: MONDAY_8AM },
      draft: true,
      user: staff.reviewer,
      overrideAccess: false,
      context: { now: '2026-11-27T09:00:00.000Z' },
    })

    expect(await releaseDue(payload, new Date(BEFORE))).toEqual({ released: [], failed: [] })
    expect(await anonymousCanRead('reminders', reminder.id)).toBe(false)

    const result = await releaseDue(payload, new Date(MONDAY_8AM))
    expect(result.released).toEqual([{ collection: 'reminders', id: reminder.id }])
    expect(await anonymousCanRead('reminders', reminder.id)).toBe(true)
    const published = await payload.findByID({ collection: 'reminders', id: reminder.id, depth: 0 })
    expect(published).toMatchObject({
      _status: 'published',
      workflow: 'published',
      firstPublishedAt: MONDAY_8AM,
      publishAt: null,
    })

    const { docs: events } = await payload.find({
      collection: 'workflow-events',
      where: { and: [{ collectionSlug: { equals: 'reminders' } }, { docId: { equals: String(reminder.id) } }] },
      sort: 'id',
      depth: 0,
    })
    expect(events.map((e) => e.action)).toEqual(['submit', 'schedule', 'publish'])
    expect(events[2]).toMatchObject({ actor: '系统', at: MONDAY_8AM })
    expect(events[2].comment).toContain(`批准人：${staff.reviewer.name}`)

    // Nothing is released twice.
    expect((await releaseDue(payload, new Date('2026-11-30T00:05:00.000Z'))).released).toEqual([])
  })

  it('should refuse a release time in the past, and drop an approval when an editor changes the document', async () => {
    const theme = await payload.create({
      collection: 'themes',
      data: { month: '2026-12', title: '廉洁过节', summary: '元旦春节前的廉洁提醒。' },
      draft: true,
      user: staff.editor,
      overrideAccess: false,
    })
    const schedule = (publishAt: string) =>
      payload.update({
        collection: 'themes',
        id: theme.id,
        data: { workflow: 'scheduled', publishAt },
        draft: true,
        user: staff.reviewer,
        overrideAccess: false,
        context: { now: '2026-11-27T09:00:00.000Z' },
      })
    expect(await validationMessageAt(schedule('2026-11-27T08:00:00.000Z'), 'publishAt')).toMatch(
      /^定时发布时间须晚于当前时间/,
    )
    await schedule('2026-12-01T00:00:00.000Z')
    const edited = await payload.update({
      collection: 'themes',
      id: theme.id,
      data: { title: '廉洁过节 清风迎新' },
      draft: true,
      user: staff.editor,
      overrideAccess: false,
    })
    expect(edited.workflow).toBe('draft')
    expect((await releaseDue(payload, new Date('2026-12-02T00:00:00.000Z'))).released).toEqual([])
  })

  it('should return a release that cannot be published to the editors with the reason', async () => {
    // Drafts may be incomplete; the missing 主题摘要 only fails when it is published.
    const theme = await approvedTheme(
      { month: '2027-01', title: '新春廉洁' },
      '2027-01-01T00:00:00.000Z',
      '2026-12-20T00:00:00.000Z',
    )
    const result = await releaseDue(payload, new Date('2027-01-01T00:00:00.000Z'))
    expect(result.released).toEqual([])
    expect(result.failed).toHaveLength(1)
    const latest = await payload.findByID({ collection: 'themes', id: theme.id, draft: true, depth: 0 })
    expect(latest.workflow).toBe('returned')
    expect(latest.reviewComment).toMatch(/^定时发布失败/)
    expect(await anonymousCanRead('themes', theme.id)).toBe(false)
  })

  it('should not release an edit saved after the approval, even one landing while the release runs', async () => {
    const theme = await approvedTheme(
      { month: '2027-03', title: '审核通过的主题', summary: '已批准的摘要。' },
      '2027-03-01T00:00:00.000Z',
      '2027-02-20T00:00:00.000Z',
    )
    // The race, made deterministic: the scheduler has found the approved theme; before its
    // publication is saved, an editor's draft lands.
    const hooks = payload.collections.themes.config.hooks
    let armed = true
    const editMeanwhile: CollectionBeforeOperationHook = async ({ args, context }) => {
      if (!armed || !context.scheduledRelease) return args
      armed = false
      await payload.update({
        collection: 'themes',
        id: theme.id,
        data: { title: '未经审核的标题' },
        draft: true,
        user: staff.editor,
        overrideAccess: false,
      })
      return args
    }
    hooks.beforeOperation.push(editMeanwhile)
    try {
      const result = await releaseDue(payload, new Date('2027-03-01T00:00:00.000Z'))
      expect(result.released).toEqual([])
    } finally {
      hooks.beforeOperation.splice(hooks.beforeOperation.indexOf(editMeanwhile), 1)
    }
    expect(armed).toBe(false)
    expect(await anonymousCanRead('themes', theme.id)).toBe(false)
  })
})
