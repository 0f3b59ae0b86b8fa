import { Forbidden, NotFound, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  createRelated,
  deleteRelated,
  PUBLIC_COLLECTIONS,
  type PublicCollection,
  type Related,
  validData,
} from '../helpers/fixtures'
import { PUBLIC_READ, startTestPayload, type TestPayload } from '../helpers/payload'
import { createStaff, deleteStaff, newPassword, type StaffUsers } from '../helpers/users'

let ctx: TestPayload
let payload: Payload
let staff: StaffUsers
let related: Related
/** One published and one draft document per public collection. */
const created = new Map<PublicCollection, { published: number; draft: number }>()

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  staff = await createStaff(payload)
  related = await createRelated(payload)
  let n = 1
  for (const collection of PUBLIC_COLLECTIONS) {
    const published = await payload.create({
      collection,
      data: { ...validData(collection, related, n++), _status: 'published' } as never,
    })
    const draft = await payload.create({
      collection,
      data: { ...validData(collection, related, n++), _status: 'draft' } as never,
      draft: true,
    })
    created.set(collection, { published: published.id, draft: draft.id })
  }
})

afterAll(async () => {
  if (!payload) return
  for (const [collection, ids] of created) {
    await payload.delete({ collection, where: { id: { in: [ids.published, ids.draft] } } })
  }
  await deleteRelated(payload, related)
  await deleteStaff(payload, staff)
  await ctx.cleanup()
})

/** Refused outright (Forbidden), or the document is out of the reader's sight (NotFound). */
const isDenied = (error: unknown) => error instanceof Forbidden || error instanceof NotFound

const idsOf = (docs: { id: number | string }[]) => docs.map((doc) => doc.id)

const asPublic = PUBLIC_READ

describe.each(PUBLIC_COLLECTIONS)('%s', (collection) => {
  it('refuses anonymous API reads while the public API is off (the default)', async () => {
    const { published } = created.get(collection)!
    await expect(payload.find({ collection, overrideAccess: false, depth: 0 })).rejects.toSatisfy(isDenied)
    await expect(payload.findByID({ collection, id: published, overrideAccess: false })).rejects.toSatisfy(isDenied)
  })

  it('shows the public the published document and hides the draft', async () => {
    const { published, draft } = created.get(collection)!
    const { docs } = await payload.find({ collection, ...asPublic, pagination: false, depth: 0 })
    expect(idsOf(docs)).toContain(published)
    expect(idsOf(docs)).not.toContain(draft)
    expect(docs.every((doc) => (doc as { _status?: string })._status === 'published')).toBe(true)
  })

  it('hides drafts from public readers who ask for drafts (?draft=true)', async () => {
    const { published, draft } = created.get(collection)!
    const { docs } = await payload.find({ collection, ...asPublic, pagination: false, depth: 0, draft: true })
    expect(idsOf(docs)).toContain(published)
    expect(idsOf(docs)).not.toContain(draft)
  })

  it('refuses a public read of a draft by id', async () => {
    const { draft } = created.get(collection)!
    await expect(payload.findByID({ collection, id: draft, ...asPublic })).rejects.toSatisfy(isDenied)
  })

  it('hides version history from public readers', async () => {
    await expect(payload.findVersions({ collection, ...asPublic })).rejects.toSatisfy(isDenied)
  })

  it('shows signed-in staff drafts and published documents alike', async () => {
    const { published, draft } = created.get(collection)!
    for (const user of [staff.editor, staff.reviewer, staff.admin]) {
      const { docs } = await payload.find({
        collection,
        user,
        overrideAccess: false,
        pagination: false,
        depth: 0,
        draft: true,
      })
      expect(idsOf(docs)).toEqual(expect.arrayContaining([published, draft]))
    }
  })

  it('refuses anonymous writes', async () => {
    const { published } = created.get(collection)!
    await expect(
      payload.create({ collection, data: validData(collection, related, 90) as never, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(payload.delete({ collection, id: published, overrideAccess: false })).rejects.toSatisfy(isDenied)
  })
})

describe('drafts of published documents', () => {
  it('keeps showing the public the published text while a newer draft is pending', async () => {
    const { published } = created.get('articles')!
    const before = await payload.findByID({ collection: 'articles', id: published, ...asPublic })
    await payload.update({ collection: 'articles', id: published, data: { title: '尚未审核的新标题' }, draft: true })
    const anonymous = await payload.findByID({ collection: 'articles', id: published, ...asPublic })
    expect(anonymous.title).toBe(before.title)
    const askingForDraft = await payload.findByID({ collection: 'articles', id: published, ...asPublic, draft: true })
    expect(askingForDraft.title).toBe(before.title)
    const staffView = await payload.findByID({
      collection: 'articles',
      id: published,
      user: staff.editor,
      overrideAccess: false,
      draft: true,
    })
    expect(staffView.title).toBe('尚未审核的新标题')
  })
})

describe('content roles', () => {
  it('lets an editor create, update and throw away a draft, but not delete what was published', async () => {
    const doc = await payload.create({
      collection: 'brands',
      data: validData('brands', related, 91) as never,
      user: staff.editor,
      overrideAccess: false,
    })
    const updated = await payload.update({
      collection: 'brands',
      id: doc.id,
      data: { summary: '更新后的简介' },
      user: staff.editor,
      overrideAccess: false,
    })
    expect(updated.summary).toBe('更新后的简介')
    await payload.delete({ collection: 'brands', id: doc.id, user: staff.editor, overrideAccess: false })
    await expect(payload.findByID({ collection: 'brands', id: doc.id })).rejects.toBeInstanceOf(NotFound)

    const published = await payload.create({
      collection: 'brands',
      data: { ...validData('brands', related, 92), _status: 'published' } as never,
      user: staff.reviewer,
      overrideAccess: false,
    })
    await expect(
      payload.delete({ collection: 'brands', id: published.id, user: staff.editor, overrideAccess: false }),
    ).rejects.toSatisfy(isDenied)
    await payload.delete({ collection: 'brands', id: published.id, user: staff.reviewer, overrideAccess: false })
    await expect(payload.findByID({ collection: 'brands', id: published.id })).rejects.toBeInstanceOf(NotFound)
  })
})

describe('media', () => {
  it('is not readable anonymously, only by signed-in staff', async () => {
    await expect(payload.find({ collection: 'media', overrideAccess: false })).rejects.toSatisfy(isDenied)
    const { docs } = await payload.find({ collection: 'media', user: staff.editor, overrideAccess: false })
    expect(docs).toEqual([])
  })
})

describe('users', () => {
  it('refuses anonymous readers any account', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toSatisfy(isDenied)
  })

  it('shows an editor only their own account', async () => {
    const { docs } = await payload.find({ collection: 'users', user: staff.editor, overrideAccess: false })
    expect(idsOf(docs)).toEqual([staff.editor.id])
  })

  it('refuses an editor creating an account', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'intruder@example.test', password: newPassword(), role: 'admin' },
        user: staff.editor,
        overrideAccess: false,
      }),
    ).rejects.toSatisfy(isDenied)
  })

  it('refuses an editor deleting or editing another account', async () => {
    await expect(
      payload.delete({ collection: 'users', id: staff.reviewer.id, user: staff.editor, overrideAccess: false }),
    ).rejects.toSatisfy(isDenied)
    await expect(
      payload.update({
        collection: 'users',
        id: staff.reviewer.id,
        data: { name: '改名' },
        user: staff.editor,
        overrideAccess: false,
      }),
    ).rejects.toSatisfy(isDenied)
  })

  it('lets an editor rename themselves but never raise their own role', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: staff.editor.id,
      data: { name: '新名字', role: 'admin' },
      user: staff.editor,
      overrideAccess: false,
    })
    expect(updated.name).toBe('新名字')
    const stored = await payload.findByID({ collection: 'users', id: staff.editor.id })
    expect(stored.role).toBe('editor')
  })

  it('lets a reviewer not raise their own role either', async () => {
    await payload.update({
      collection: 'users',
      id: staff.reviewer.id,
      data: { role: 'admin' },
      user: staff.reviewer,
      overrideAccess: false,
    })
    expect((await payload.findByID({ collection: 'users', id: staff.reviewer.id })).role).toBe('reviewer')
  })

  it('lets an admin create accounts and change roles', async () => {
    const account = await payload.create({
      collection: 'users',
      data: { email: 'new-reviewer@example.test', password: newPassword(), role: 'reviewer' },
      user: staff.admin,
      overrideAccess: false,
    })
    expect(account.role).toBe('reviewer')
    const promoted = await payload.update({
      collection: 'users',
      id: account.id,
      data: { role: 'editor' },
      user: staff.admin,
      overrideAccess: false,
    })
    expect(promoted.role).toBe('editor')
    await payload.delete({ collection: 'users', id: account.id, user: staff.admin, overrideAccess: false })
  })
})
