import { NotFound, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '../../cms/payload-types'
import { ONLY_REVIEWERS_PUBLISH, PUBLISHED_NEEDS_DRAFT } from '../../cms/workflow/guard'
import { validData, type Related } from '../helpers/fixtures'
import { PUBLIC_READ, startTestPayload, type TestPayload } from '../helpers/payload'
import { createRestClient, type RestClient } from '../helpers/rest'
import { createStaff, type StaffUsers } from '../helpers/users'

/**
 * The review workflow as editors and reviewers live it (Local API, acting as the user):
 * 草稿 → 待审核 → 退回修改 → 待审核 → 已发布, then 一般修改 / 重大修改 of what is published,
 * 已撤回 and 已定时发布 — with who did what and when in the versions and the 审核记录.
 */

let ctx: TestPayload
let payload: Payload
let staff: StaffUsers

const none: Related = { department: 0, catalogItem: 0, caseId: 0 }
let n = 1
const articleData = () => validData('articles', none, n++) as Omit<Article, 'id' | 'createdAt' | 'updatedAt'>

/** The clock the workflow sees (`req.context.now`). */
const at = (now: string) => ({ now, skipPublish: true })

/** Acting as `user` through access control. */
const as = (user: User) => ({ user, overrideAccess: false as const })

const actor = (user: User) => `${user.name}（${user.email}）`

/** The status and every message (including field errors) of an operation that must fail. */
async function refusal(operation: Promise<unknown>): Promise<{ status: number; text: string }> {
  try {
    await operation
  } catch (error) {
    const e = error as Error & { status?: number; data?: { errors?: { message: string }[] } }
    return {
      status: e.status ?? 500,
      text: [e.message, ...(e.data?.errors ?? []).map((detail) => detail.message)].join('\n'),
    }
  }
  throw new Error('操作本应被拒绝，却成功了')
}

const publicView = (id: number, draft = false) =>
  payload.findByID({ collection: 'articles', id, depth: 0, ...PUBLIC_READ, draft }) as Promise<Article>
const staffView = (id: number) =>
  payload.findByID({ collection: 'articles', id, depth: 0, draft: true }) as Promise<Article>
const liveDoc = (id: number) => payload.findByID({ collection: 'articles', id, depth: 0 }) as Promise<Article>

const eventsOf = async (id: number) =>
  (
    await payload.find({
      collection: 'workflow-events',
      where: { and: [{ collectionSlug: { equals: 'articles' } }, { docId: { equals: String(id) } }] },
      sort: 'createdAt',
      pagination: false,
      ...as(staff.reviewer),
    })
  ).docs

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('草稿 → 待审核 → 退回修改 → 已发布 → 重大/一般修改 → 已撤回', () => {
  let id: number
  let firstTitle: string
  let originalTitle: string
  const FIRST_PUBLISHED = '2026-03-01T02:00:00.000Z'

  it('lets an editor create a draft and submit it for review', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { ...articleData(), _status: 'draft' },
      draft: true,
      context: at('2026-03-01T00:00:00.000Z'),
      ...as(staff.editor),
    })
    id = doc.id
    firstTitle = originalTitle = doc.title
    expect(doc).toMatchObject({
      _status: 'draft',
      workflow: 'draft',
      workflowBy: actor(staff.editor),
      firstPublishedAt: null,
    })

    const submitted = await payload.update({
      collection: 'articles',
      id,
      data: { workflow: 'review' },
      draft: true,
      context: at('2026-03-01T00:10:00.000Z'),
      ...as(staff.editor),
    })
    expect(submitted).toMatchObject({ workflow: 'review', workflowBy: actor(staff.editor) })
  })

  it('lets a reviewer return it only with a 审核意见', async () => {
    const withoutComment = await refusal(
      payload.update({
        collection: 'articles',
        id,
        data: { workflow: 'returned' },
        draft: true,
        context: at('2026-03-01T00:20:00.000Z'),
        ...as(staff.reviewer),
      }),
    )
    expect(withoutComment.status).toBe(400)
    expect(withoutComment.text).toContain('审核意见')
    expect((await staffView(id)).workflow).toBe('review')

    const returned = await payload.update({
      collection: 'articles',
      id,
      data: { workflow: 'returned', reviewComment: '请补充文章来源。' },
      draft: true,
      context: at('2026-03-01T00:30:00.000Z'),
      ...as(staff.reviewer),
    })
    expect(returned).toMatchObject({
      workflow: 'returned',
      reviewComment: '请补充文章来源。',
      workflowBy: actor(staff.reviewer),
    })
  })

  it('keeps an editor from returning or scheduling on their own', async () => {
    const other = await payload.create({
      collection: 'articles',
      data: { ...articleData(), _status: 'draft' },
      draft: true,
      ...as(staff.editor),
    })
    for (const workflow of ['returned', 'scheduled'] as const) {
      const refused = await refusal(
        payload.update({
          collection: 'articles',
          id: other.id,
          data: { workflow, reviewComment: '自己退回', publishAt: '2099-01-01T00:00:00.000Z' },
          draft: true,
          ...as(staff.editor),
        }),
      )
      expect(refused.status).toBe(403)
      expect(refused.text).toContain('退回修改和定时发布由审核员操作')
    }
  })

  it('lets the editor revise and resubmit', async () => {
    const resubmitted = await payload.update({
      collection: 'articles',
      id,
      data: { title: `${originalTitle}（已补充来源）`, workflow: 'review' },
      draft: true,
      context: at('2026-03-01T01:00:00.000Z'),
      ...as(staff.editor),
    })
    originalTitle = resubmitted.title
    expect(resubmitted).toMatchObject({ workflow: 'review', workflowBy: actor(staff.editor) })
    // Not public yet.
    await expect(publicView(id)).rejects.toBeInstanceOf(NotFound)
  })

  it('lets the reviewer publish: 已发布, with the first publication and public update dates', async () => {
    const published = await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'published' },
      context: at(FIRST_PUBLISHED),
      ...as(staff.reviewer),
    })
    expect(published).toMatchObject({
      _status: 'published',
      workflow: 'published',
      firstPublishedAt: FIRST_PUBLISHED,
      publicUpdatedAt: FIRST_PUBLISHED,
      changeLog: [],
      reviewComment: null,
      workflowBy: actor(staff.reviewer),
    })
    expect((await publicView(id)).title).toBe(originalTitle)
  })

  it('records who did what and when in the versions', async () => {
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      pagination: false,
      ...as(staff.reviewer),
    })
    expect(docs.map((v) => [v.version.workflow, v.version._status, v.version.workflowBy])).toEqual([
      ['draft', 'draft', actor(staff.editor)],
      ['review', 'draft', actor(staff.editor)],
      ['returned', 'draft', actor(staff.reviewer)],
      ['review', 'draft', actor(staff.editor)],
      ['published', 'published', actor(staff.reviewer)],
    ])
    expect(docs.every((v) => typeof v.createdAt === 'string' && typeof v.updatedAt === 'string')).toBe(true)
  })

  it('records the steps in the 审核记录, in order, with the actor and the injected time', async () => {
    const events = await eventsOf(id)
    expect(events.map((e) => [e.action, e.actor, e.at, e.comment ?? null])).toEqual([
      ['submit', actor(staff.editor), '2026-03-01T00:10:00.000Z', null],
      ['return', actor(staff.reviewer), '2026-03-01T00:30:00.000Z', '请补充文章来源。'],
      ['submit', actor(staff.editor), '2026-03-01T01:00:00.000Z', null],
      ['publish', actor(staff.reviewer), FIRST_PUBLISHED, null],
    ])
    // Each entry keeps the title the document had at that moment.
    expect(events.map((e) => [e.title, e.collectionLabel])).toEqual([
      [firstTitle, '文章'],
      [firstTitle, '文章'],
      [originalTitle, '文章'],
      [originalTitle, '文章'],
    ])
    expect(events.map((e) => e.actorId)).toEqual([
      staff.editor.id,
      staff.reviewer.id,
      staff.editor.id,
      staff.reviewer.id,
    ])
  })

  it('keeps showing the public the published text while an edit waits for review', async () => {
    await payload.update({
      collection: 'articles',
      id,
      data: { title: '错别字已更正的标题', workflow: 'review' },
      draft: true,
      context: at('2026-03-01T03:00:00.000Z'),
      ...as(staff.editor),
    })
    expect((await publicView(id)).title).toBe(originalTitle)
    expect((await publicView(id, true)).title).toBe(originalTitle)
    expect((await staffView(id)).title).toBe('错别字已更正的标题')
  })

  it('refuses the editor publishing or unpublishing, in Chinese', async () => {
    const publish = await refusal(
      payload.update({ collection: 'articles', id, data: { _status: 'published' }, ...as(staff.editor) }),
    )
    expect(publish).toEqual({ status: 403, text: ONLY_REVIEWERS_PUBLISH })
    const publishAsDraft = await refusal(
      payload.update({ collection: 'articles', id, data: { _status: 'published' }, draft: true, ...as(staff.editor) }),
    )
    expect(publishAsDraft).toEqual({ status: 403, text: ONLY_REVIEWERS_PUBLISH })
    const unpublish = await refusal(
      payload.update({ collection: 'articles', id, data: { _status: 'draft' }, ...as(staff.editor) }),
    )
    expect(unpublish).toEqual({ status: 403, text: PUBLISHED_NEEDS_DRAFT })
    expect(await liveDoc(id)).toMatchObject({ _status: 'published', title: originalTitle })
  })

  it('refuses republishing without a 修改类型', async () => {
    const refused = await refusal(
      payload.update({ collection: 'articles', id, data: { _status: 'published' }, ...as(staff.reviewer) }),
    )
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('修改类型')
    expect((await liveDoc(id)).title).toBe(originalTitle)
  })

  it('republishes a 一般修改 without moving the public update date', async () => {
    const published = await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'published', changeKind: 'minor' },
      context: at('2026-03-01T05:00:00.000Z'),
      ...as(staff.reviewer),
    })
    expect(published).toMatchObject({
      title: '错别字已更正的标题',
      workflow: 'published',
      firstPublishedAt: FIRST_PUBLISHED,
      publicUpdatedAt: FIRST_PUBLISHED,
      changeLog: [],
      changeKind: null,
    })
    expect((await publicView(id)).title).toBe('错别字已更正的标题')
    const last = (await eventsOf(id)).at(-1)!
    expect(last).toMatchObject({ action: 'publish', changeKind: 'minor', at: '2026-03-01T05:00:00.000Z' })
  })

  it('refuses a 重大修改 without a 修改说明, and publishes one with it in the public change log', async () => {
    await payload.update({
      collection: 'articles',
      id,
      data: { title: '更正处分决定日期后的标题', changeKind: 'major', workflow: 'review' },
      draft: true,
      context: at('2026-03-02T00:00:00.000Z'),
      ...as(staff.editor),
    })
    const withoutNote = await refusal(
      payload.update({
        collection: 'articles',
        id,
        data: { _status: 'published' },
        context: at('2026-03-02T00:30:00.000Z'),
        ...as(staff.reviewer),
      }),
    )
    expect(withoutNote.status).toBe(400)
    expect(withoutNote.text).toContain('修改说明')

    await payload.update({
      collection: 'articles',
      id,
      data: { changeNote: '更正处分决定日期' },
      draft: true,
      ...as(staff.editor),
    })
    const published = await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'published' },
      context: at('2026-03-02T01:00:00.000Z'),
      ...as(staff.reviewer),
    })
    expect(published).toMatchObject({
      title: '更正处分决定日期后的标题',
      firstPublishedAt: FIRST_PUBLISHED,
      publicUpdatedAt: '2026-03-02T01:00:00.000Z',
      changeKind: null,
      changeNote: null,
    })
    expect(published.changeLog?.map(({ date, note }) => ({ date, note }))).toEqual([
      { date: '2026-03-02T01:00:00.000Z', note: '更正处分决定日期' },
    ])
    // Shown publicly: the change log leaves the CMS with the published document.
    const pub = await publicView(id)
    expect(pub.changeLog?.map(({ date, note }) => ({ date, note }))).toEqual([
      { date: '2026-03-02T01:00:00.000Z', note: '更正处分决定日期' },
    ])
    expect(pub.publicUpdatedAt).toBe('2026-03-02T01:00:00.000Z')
    expect((await eventsOf(id)).at(-1)).toMatchObject({
      action: 'publish',
      changeKind: 'major',
      comment: '更正处分决定日期',
    })
  })

  it('lets the reviewer unpublish: 已撤回, gone for the public', async () => {
    const withdrawn = await payload.update({
      collection: 'articles',
      id,
      data: { _status: 'draft' },
      context: at('2026-03-03T00:00:00.000Z'),
      ...as(staff.reviewer),
    })
    expect(withdrawn).toMatchObject({ _status: 'draft', workflow: 'withdrawn', workflowBy: actor(staff.reviewer) })
    await expect(publicView(id)).rejects.toBeInstanceOf(NotFound)
    await expect(publicView(id, true)).rejects.toBeInstanceOf(NotFound)
    expect((await eventsOf(id)).at(-1)).toMatchObject({
      action: 'withdraw',
      actor: actor(staff.reviewer),
      at: '2026-03-03T00:00:00.000Z',
    })
    // The public record of what was published stays with the document.
    expect(await liveDoc(id)).toMatchObject({
      firstPublishedAt: FIRST_PUBLISHED,
      publicUpdatedAt: '2026-03-02T01:00:00.000Z',
    })
  })

  it('keeps an editor from deleting what was once published, even after it was withdrawn', async () => {
    await expect(payload.delete({ collection: 'articles', id, ...as(staff.editor) })).rejects.toThrow()
    expect((await liveDoc(id)).id).toBe(id)
  })
})

describe('已撤回 while an edit is pending', () => {
  it('records the withdrawal even when a newer draft exists', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { ...articleData(), _status: 'published' },
      ...as(staff.reviewer),
    })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { title: '待审核的修改' },
      draft: true,
      ...as(staff.editor),
    })
    const withdrawn = await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { _status: 'draft' },
      context: at('2026-04-01T00:00:00.000Z'),
      ...as(staff.reviewer),
    })
    expect(withdrawn).toMatchObject({ _status: 'draft', workflow: 'withdrawn' })
    await expect(publicView(doc.id)).rejects.toBeInstanceOf(NotFound)
    expect((await eventsOf(doc.id)).map((e) => e.action)).toEqual(['publish', 'withdraw'])
  })
})

describe('已定时发布', () => {
  const NOW = '2026-05-01T00:00:00.000Z'
  let id: number

  beforeAll(async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { ...articleData(), _status: 'draft' },
      draft: true,
      ...as(staff.editor),
    })
    id = doc.id
    await payload.update({ collection: 'articles', id, data: { workflow: 'review' }, draft: true, ...as(staff.editor) })
  })

  it('refuses a release time in the past', async () => {
    const refused = await refusal(
      payload.update({
        collection: 'articles',
        id,
        data: { workflow: 'scheduled', publishAt: '2026-04-30T23:00:00.000Z' },
        draft: true,
        context: at(NOW),
        ...as(staff.reviewer),
      }),
    )
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('定时发布时间须晚于当前时间')
    expect((await staffView(id)).workflow).toBe('review')
  })

  it('schedules a release in the future, recorded with its time', async () => {
    const scheduled = await payload.update({
      collection: 'articles',
      id,
      data: { workflow: 'scheduled', publishAt: '2026-05-02T00:00:00.000Z' },
      draft: true,
      context: at(NOW),
      ...as(staff.reviewer),
    })
    expect(scheduled).toMatchObject({ workflow: 'scheduled', publishAt: '2026-05-02T00:00:00.000Z', _status: 'draft' })
    expect((await eventsOf(id)).at(-1)).toMatchObject({
      action: 'schedule',
      actor: actor(staff.reviewer),
      publishAt: '2026-05-02T00:00:00.000Z',
    })
  })

  it('drops back to 草稿 when an editor changes the approved text', async () => {
    const edited = await payload.update({
      collection: 'articles',
      id,
      data: { title: '批准后又改的标题' },
      draft: true,
      context: at(NOW),
      ...as(staff.editor),
    })
    expect(edited.workflow).toBe('draft')
  })
})

describe('the public record cannot be rewritten through a draft', () => {
  it('keeps 首次发布时间, 公开更新时间 and 修改记录 whatever a draft save sends', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { ...articleData(), _status: 'published' },
      context: at('2026-06-01T00:00:00.000Z'),
      ...as(staff.reviewer),
    })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { changeKind: 'major', changeNote: '第一次更正' },
      draft: true,
      ...as(staff.editor),
    })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { _status: 'published' },
      context: at('2026-06-02T00:00:00.000Z'),
      ...as(staff.reviewer),
    })

    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { firstPublishedAt: null, publicUpdatedAt: '2000-01-01T00:00:00.000Z', changeLog: [] },
      draft: true,
      ...as(staff.editor),
    })
    const republished = await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { _status: 'published', changeKind: 'minor' },
      context: at('2026-06-03T00:00:00.000Z'),
      ...as(staff.reviewer),
    })
    expect(republished).toMatchObject({
      firstPublishedAt: '2026-06-01T00:00:00.000Z',
      publicUpdatedAt: '2026-06-02T00:00:00.000Z',
    })
    expect(republished.changeLog?.map(({ date, note }) => ({ date, note }))).toEqual([
      { date: '2026-06-02T00:00:00.000Z', note: '第一次更正' },
    ])
  })

  it('keeps an editor from clearing 首次发布时间 of a withdrawn document to be able to delete it', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { ...articleData(), _status: 'published' },
      ...as(staff.reviewer),
    })
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'draft' }, ...as(staff.reviewer) })
    await payload.update({ collection: 'articles', id: doc.id, data: { firstPublishedAt: null }, ...as(staff.editor) })
    expect((await liveDoc(doc.id)).firstPublishedAt).toEqual(expect.any(String))
    await expect(payload.delete({ collection: 'articles', id: doc.id, ...as(staff.editor) })).rejects.toThrow()
  })
})

describe('restoring versions (REST: the Local API has no restore-as-draft)', () => {
  let rest: RestClient

  beforeAll(async () => {
    rest = await createRestClient()
  })

  it('lets an editor restore an old version as a draft without publishing anything', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { ...articleData(), _status: 'published' },
      context: at('2026-07-01T00:00:00.000Z'),
      ...as(staff.reviewer),
    })
    const firstTitle = doc.title
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { title: '第二版标题', changeKind: 'major', changeNote: '补充说明' },
      draft: true,
      ...as(staff.editor),
    })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { _status: 'published' },
      context: at('2026-07-02T00:00:00.000Z'),
      ...as(staff.reviewer),
    })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
      pagination: false,
    })
    const firstVersion = docs[0]
    expect(firstVersion.version).toMatchObject({ title: firstTitle, _status: 'published', changeLog: [] })

    const token = await rest.login(staff.editor)
    const direct = await rest.call('POST', `articles/versions/${firstVersion.id}`, { token })
    expect(direct.status).toBe(403)
    expect(rest.messageOf(direct)).toBe(ONLY_REVIEWERS_PUBLISH)

    const eventsBefore = (await eventsOf(doc.id)).length
    const restored = await rest.call('POST', `articles/versions/${firstVersion.id}?draft=true`, { token })
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect(await liveDoc(doc.id)).toMatchObject({ _status: 'published', title: '第二版标题', workflow: 'published' })
    const draft = await staffView(doc.id)
    expect(draft).toMatchObject({
      _status: 'draft',
      title: firstTitle,
      workflow: 'draft',
      workflowBy: actor(staff.editor),
    })
    // The old version's public record does not come back with its text.
    expect(draft).toMatchObject({
      firstPublishedAt: '2026-07-01T00:00:00.000Z',
      publicUpdatedAt: '2026-07-02T00:00:00.000Z',
    })
    expect(draft.changeLog?.map(({ date, note }) => ({ date, note }))).toEqual([
      { date: '2026-07-02T00:00:00.000Z', note: '补充说明' },
    ])
    // Nothing was published, so nothing is recorded as published.
    expect((await eventsOf(doc.id)).length).toBe(eventsBefore)
  })

  it('asks a reviewer to restore a published version as a draft and choose the 修改类型 there', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { ...articleData(), _status: 'published' },
      ...as(staff.reviewer),
    })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: doc.id } },
      pagination: false,
    })
    const response = await rest.call('POST', `articles/versions/${docs[0].id}`, {
      token: await rest.login(staff.reviewer),
    })
    expect(response.status).toBe(400)
    expect(rest.messageOf(response)).toContain('恢复为草稿')
  })
})
