import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { CollectionBeforeValidateHook, Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../cms/payload-types'
import { exportContent } from '../../cms/export/exportContent'
import { createRelated, type PublicCollection, type Related, unique, validData } from '../helpers/fixtures'
import { paragraph } from '../helpers/lexical'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { createRestClient, type RestClient } from '../helpers/rest'
import { createLiaison, createStaff, type StaffUsers } from '../helpers/users'

/**
 * The trust boundary of issue 15, each found hole as an attack through the REST API the admin
 * uses, checked on what is stored and on what the export would put on the portal afterwards —
 * not only on the HTTP status.
 */

let ctx: TestPayload
let payload: Payload
let rest: RestClient
let staff: StaffUsers
let related: Related
let otherUnit: number
let liaison: User
let work: string
const tokens: Record<'editor' | 'reviewer' | 'admin' | 'liaison', string> = {
  editor: '',
  reviewer: '',
  admin: '',
  liaison: '',
}
const quiet = { skipPublish: true }
let n = 300

const create = async (
  collection: PublicCollection,
  status: 'draft' | 'published',
  extra: Record<string, unknown> = {},
) =>
  (
    await payload.create({
      collection,
      data: { ...validData(collection, related, n++), ...extra, _status: status } as never,
      draft: status === 'draft',
      context: quiet,
    })
  ).id as number

const mainDoc = (collection: PublicCollection, id: number) =>
  payload.findByID({ collection, id, depth: 0, disableErrors: true }) as unknown as Promise<Record<string, any> | null>

/** What `npm run export` would put in content/ for the portal now. */
async function exported(collection: string): Promise<Map<string, Record<string, any>>> {
  const contentDir = path.join(work, unique('content'))
  await exportContent(payload, { contentDir, full: true })
  const dir = path.join(contentDir, collection)
  const files = await fs.readdir(dir).catch(() => [] as string[])
  const docs = new Map<string, Record<string, any>>()
  for (const file of files)
    docs.set(file.replace(/\.json$/, ''), JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')))
  return docs
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  payload.logger.level = process.env.TEST_LOG ?? 'fatal'
  rest = await createRestClient()
  staff = await createStaff(payload)
  related = await createRelated(payload)
  otherUnit = (
    await payload.create({
      collection: 'departments',
      data: { ...validData('departments', related, n++), _status: 'published' } as never,
      context: quiet,
    })
  ).id
  liaison = await createLiaison(payload, related.department, '本单位联络员')
  tokens.editor = await rest.login(staff.editor)
  tokens.reviewer = await rest.login(staff.reviewer)
  tokens.admin = await rest.login(staff.admin)
  tokens.liaison = await rest.login(liaison)
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'trust-boundary-'))
})

afterAll(async () => {
  delete process.env.PUBLIC_API
  if (work) await fs.rm(work, { recursive: true, force: true })
  await ctx?.cleanup()
})

describe('nothing goes public without review', () => {
  it('makes every duplicate a draft with no public past, even of a published article asked for with ?draft=false', async () => {
    const source = await create('articles', 'published')
    for (const role of ['editor', 'reviewer'] as const) {
      const title = unique(`复制品-${role}`)
      const response = await rest.call('POST', `articles/${source}/duplicate?draft=false&depth=0`, {
        token: tokens[role],
        body: { title, changeKind: 'minor' },
      })
      expect(response.status, JSON.stringify(response.body)).toBeLessThan(300)
      const copy = await mainDoc('articles', response.body.doc.id)
      expect(copy).toMatchObject({
        title,
        _status: 'draft',
        workflow: 'draft',
        firstPublishedAt: null,
        publicUpdatedAt: null,
      })
      expect(copy!.changeLog ?? []).toEqual([])
      expect((await exported('articles')).has(String(copy!.id))).toBe(false)
    }
    expect(await mainDoc('articles', source)).toMatchObject({ _status: 'published' })
  })

  it('gives a duplicated disclosure a 索引号 of its own instead of failing on the source’s', async () => {
    const source = await create('disclosures', 'published')
    const response = await rest.call('POST', `disclosures/${source}/duplicate?depth=0`, {
      token: tokens.editor,
      body: {},
    })
    expect(response.status, JSON.stringify(response.body)).toBeLessThan(300)
    const [original, copy] = [await mainDoc('disclosures', source), await mainDoc('disclosures', response.body.doc.id)]
    expect(copy!.indexNumber).toBeTruthy()
    expect(copy!.indexNumber).not.toBe(original!.indexNumber)
  })

  it('never writes an editor’s save into what the public reads, even when a reviewer publishes in between', async () => {
    const id = await create('articles', 'draft')
    const reviewedTitle = unique('审核通过的标题')
    await payload.update({ collection: 'articles', id, data: { title: reviewedTitle }, draft: true, context: quiet })
    // The race, made deterministic: while the editor's save is under way (after the workflow
    // guard has looked at the document, before anything is written), a reviewer publishes.
    const hooks = payload.collections.articles.config.hooks
    let armed = true
    const publishMeanwhile: CollectionBeforeValidateHook = async ({ req, data }) => {
      if (!armed || req.user?.id !== staff.editor.id) return data
      armed = false
      await payload.update({
        collection: 'articles',
        id,
        data: { _status: 'published' } as never,
        user: staff.reviewer,
        overrideAccess: false,
        context: quiet,
      })
      return data
    }
    hooks.beforeValidate.unshift(publishMeanwhile)
    const injected = unique('未经审核的文字')
    try {
      await rest.call('PATCH', `articles/${id}?depth=0`, { token: tokens.editor, body: { title: injected } })
    } finally {
      hooks.beforeValidate.splice(hooks.beforeValidate.indexOf(publishMeanwhile), 1)
    }
    expect(armed).toBe(false)
    expect(await mainDoc('articles', id)).toMatchObject({ _status: 'published', title: reviewedTitle })
    expect((await exported('articles')).get(String(id))?.title).toBe(reviewedTitle)
  })

  it('keeps an editor’s save out of the stored document of a never-published draft too (it is a version)', async () => {
    const id = await create('brands', 'draft')
    const before = (await mainDoc('brands', id))!.summary
    const response = await rest.call('PATCH', `brands/${id}?depth=0`, {
      token: tokens.editor,
      body: { summary: '编辑的修改' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect((await mainDoc('brands', id))!.summary).toBe(before)
    expect((await payload.findByID({ collection: 'brands', id, draft: true, depth: 0 })).summary).toBe('编辑的修改')
  })

  it('refuses an editor’s bulk update that would carry text onto published documents', async () => {
    const id = await create('articles', 'published')
    const live = (await mainDoc('articles', id))!.title
    const response = await rest.call('PATCH', `articles?where[id][equals]=${id}`, {
      token: tokens.editor,
      body: { title: unique('批量改写') },
    })
    expect(response.status).toBe(403)
    expect((await mainDoc('articles', id))!.title).toBe(live)
  })
})

describe('索引号', () => {
  it('drops a 索引号 an editor or liaison sends and generates one; a reviewer may keep a historic one', async () => {
    for (const role of ['editor', 'liaison'] as const) {
      const forged = unique('FORGED')
      const response = await rest.call('POST', 'disclosures?draft=true&depth=0', {
        token: tokens[role],
        body: { ...validData('disclosures', related, n++), indexNumber: forged, _status: 'draft' },
      })
      expect(response.status, JSON.stringify(response.body)).toBe(201)
      expect(response.body.doc.indexNumber).not.toBe(forged)
      expect(response.body.doc.indexNumber).toMatch(/\d/)
    }
    const historic = unique('HIST')
    const byReviewer = await rest.call('POST', 'disclosures?draft=true&depth=0', {
      token: tokens.reviewer,
      body: { ...validData('disclosures', related, n++), indexNumber: historic, _status: 'draft' },
    })
    expect(byReviewer.body.doc.indexNumber).toBe(historic)
  })
})

describe('who reads what', () => {
  const INTERNAL = ['workflow', 'workflowBy', 'reviewComment', 'publishAt', 'changeKind', 'changeNote']

  it('refuses anonymous REST reads by default', async () => {
    const id = await create('articles', 'published')
    for (const route of [
      'articles?depth=0',
      `articles/${id}?depth=0`,
      'disclosures?limit=100&depth=2',
      'cases/versions',
    ]) {
      const response = await rest.call('GET', route, { token: null })
      expect(response.status, route).toBe(403)
      expect(response.body.docs, route).toBeUndefined()
      expect(response.body.id, route).toBeUndefined()
    }
  })

  it('refuses anonymous reads of Payload’s own collections, accounts, media and records, also with the public API on', async () => {
    process.env.PUBLIC_API = '1'
    try {
      for (const slug of [
        'users',
        'media',
        'workflow-events',
        'publish-runs',
        'payload-preferences',
        'payload-locked-documents',
        'payload-migrations',
      ]) {
        const response = await rest.call('GET', `${slug}?depth=0`, { token: null })
        expect(response.status, slug).toBeGreaterThanOrEqual(400)
        expect(response.body.docs, slug).toBeUndefined()
      }
    } finally {
      delete process.env.PUBLIC_API
    }
  })

  it('shows only what the portal shows when an office turns the public API on: published, no workflow fields, no e-mail', async () => {
    const published = await create('articles', 'published')
    const draft = await create('articles', 'draft')
    await payload.update({
      collection: 'articles',
      id: published,
      data: { reviewComment: '内部审核意见XYZ', workflow: 'returned' } as never,
      draft: true,
      context: quiet,
    })
    process.env.PUBLIC_API = '1'
    try {
      const list = await rest.call('GET', 'articles?depth=2&limit=100&draft=true', { token: null })
      expect(list.status).toBe(200)
      const ids = (list.body.docs as { id: number }[]).map((doc) => doc.id)
      expect(ids).toContain(published)
      expect(ids).not.toContain(draft)
      const text = JSON.stringify(list.body)
      for (const field of INTERNAL) expect(text, field).not.toContain(`"${field}"`)
      expect(text).not.toContain('内部审核意见XYZ')
      expect(text).not.toMatch(/[\w.-]+@[\w-]+\.\w+/)
      const one = await rest.call('GET', `articles/${published}?draft=true`, { token: null })
      for (const field of INTERNAL) expect(one.body).not.toHaveProperty(field)
      expect((await rest.call('GET', `articles/${draft}`, { token: null })).body.id).toBeUndefined()
    } finally {
      delete process.env.PUBLIC_API
    }
  })

  it('lets a liaison read drafts of their own unit’s catalogue items and disclosures only', async () => {
    const own = await create('disclosures', 'draft')
    const foreign = await create('disclosures', 'draft', { department: otherUnit })
    const foreignItem = await create('catalog-items', 'draft', { department: otherUnit })
    const caseDraft = await create('cases', 'draft')
    const articleDraft = await create('articles', 'draft')
    const list = await rest.call('GET', 'disclosures?draft=true&limit=100&depth=0', { token: tokens.liaison })
    const ids = (list.body.docs as { id: number }[]).map((doc) => doc.id)
    expect(ids).toContain(own)
    expect(ids).not.toContain(foreign)
    for (const [collection, id] of [
      ['disclosures', foreign],
      ['catalog-items', foreignItem],
      ['cases', caseDraft],
      ['articles', articleDraft],
    ] as const) {
      const response = await rest.call('GET', `${collection}/${id}?draft=true&depth=0`, { token: tokens.liaison })
      expect(response.body.id, `${collection} #${id}`).toBeUndefined()
    }
    const cases = await rest.call('GET', 'cases?draft=true&limit=100&depth=0', { token: tokens.liaison })
    expect((cases.body.docs as { _status: string }[]).every((doc) => doc._status === 'published')).toBe(true)
    const versions = await rest.call('GET', 'disclosures/versions?limit=100&depth=0', { token: tokens.liaison })
    const parents = ((versions.body.docs ?? []) as { parent: number }[]).map((v) => v.parent)
    expect(parents).not.toContain(foreign)
    expect((await rest.call('GET', 'cases/versions?limit=100', { token: tokens.liaison })).status).toBe(403)
  })

  it('shows a liaison the published text, not another unit’s pending edit of it', async () => {
    const id = await create('disclosures', 'published', { department: otherUnit })
    const live = (await mainDoc('disclosures', id))!.title
    await payload.update({
      collection: 'disclosures',
      id,
      data: { title: '外单位待审修改' },
      draft: true,
      context: quiet,
    })
    const response = await rest.call('GET', `disclosures/${id}?draft=true&depth=0`, { token: tokens.liaison })
    expect(response.body.title).toBe(live)
  })
})

// ─── Uploads ────────────────────────────────────────────────────────────────────────────────

/** A small valid PDF (header, xref, %%EOF) that also carries markup and script. */
const pdfWithScript = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<<>>endobj\n<html><script>alert(document.domain)</script></html>\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n9\n%%EOF\n',
    'latin1',
  )

function form(bytes: Buffer, name: string, type: string, alt = unique('附件')): FormData {
  const data = new FormData()
  data.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  data.append('_payload', JSON.stringify({ alt }))
  return data
}

describe('uploads', () => {
  it('stores a file named report.html that holds a PDF as a .pdf, whatever the client declares', async () => {
    const response = await rest.call('POST', 'media', {
      token: tokens.editor,
      form: form(pdfWithScript(), 'report.html', 'text/html'),
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const stored = await payload.findByID({ collection: 'media', id: response.body.doc.id })
    expect(stored.filename).toBe('report.pdf')
    expect(stored.mimeType).toBe('application/pdf')
    const files = await fs.readdir(path.join(ctx.dataDir, 'media'))
    expect(files.filter((f) => /\.html?$/i.test(f))).toEqual([])
  })

  it('refuses bytes that are not an allowed type, in Chinese, whatever the name says', async () => {
    for (const [bytes, name] of [
      [Buffer.from('<!doctype html><script>alert(1)</script>'), 'page.pdf'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'logo.png'],
      [Buffer.from('MZ\x90\x00\x03'), 'tool.jpg'],
    ] as const) {
      const response = await rest.call('POST', 'media', {
        token: tokens.editor,
        form: form(bytes, name, 'application/pdf'),
      })
      expect(response.status, name).toBe(400)
      expect(rest.messageOf(response), name).toMatch(/只能上传/)
    }
  })

  it('makes a safe stored name of hostile client names (paths, dots, control and bidi characters)', async () => {
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#00c' } })
      .png()
      .toBuffer()
    for (const name of [
      '../../cms.db',
      '..\\..\\x.png',
      'a/../../b.png',
      '.hidden.png',
      'invoice\u202Egnp.exe',
      '年度 报告?.png',
      '%2e%2e%2fx.png',
    ]) {
      const response = await rest.call('POST', 'media', { token: tokens.editor, form: form(png, name, 'image/png') })
      expect(response.status, name).toBe(201)
      const stored = (await payload.findByID({ collection: 'media', id: response.body.doc.id })).filename!
      expect(stored, name).toMatch(/^[^./\\\u0000-\u001f\u202a-\u202e][^/\\\u0000-\u001f\u202a-\u202e]*\.png$/)
      expect(stored, name).not.toContain('..')
    }
  })

  it('keeps the stored name: a rename through the API cannot point the export at another file', async () => {
    const created = await rest.call('POST', 'media', {
      token: tokens.editor,
      form: form(pdfWithScript(), 'rename-me.pdf', 'application/pdf'),
    })
    const id = created.body.doc.id
    for (const token of [tokens.editor, tokens.admin]) {
      await rest.call('PATCH', `media/${id}`, { token, body: { filename: '../cms.db' } })
      expect((await payload.findByID({ collection: 'media', id })).filename).toBe('rename-me.pdf')
    }
  })

  it('never copies a file outside the media folder into content/, even for a name written by other means', async () => {
    const created = await rest.call('POST', 'media', {
      token: tokens.editor,
      form: form(pdfWithScript(), 'legit.pdf', 'application/pdf'),
    })
    const mediaId = created.body.doc.id
    // Written past every hook, as a database edit or an old bug would.
    await payload.db.updateOne({ collection: 'media', id: mediaId, data: { filename: '../test.db' } })
    const article = await create('articles', 'published', { cover: mediaId })
    const contentDir = path.join(work, unique('content'))
    await exportContent(payload, { contentDir, full: true })
    const files = await fs.readdir(contentDir, { recursive: true })
    expect(files.filter((f) => String(f).endsWith('.db'))).toEqual([])
    const doc = JSON.parse(await fs.readFile(path.join(contentDir, 'articles', `${article}.json`), 'utf8'))
    expect(doc.cover).toBeNull()
  })

  it('shows a liaison only the uploads of their own unit, never another unit’s attachments', async () => {
    const otherLiaison = await createLiaison(payload, otherUnit, '外单位联络员')
    const otherToken = await rest.login(otherLiaison)
    const own = await rest.call('POST', 'media', {
      token: tokens.liaison,
      form: form(pdfWithScript(), 'own-unit.pdf', 'application/pdf'),
    })
    const foreign = await rest.call('POST', 'media', {
      token: otherToken,
      form: form(pdfWithScript(), 'other-unit.pdf', 'application/pdf'),
    })
    const staffUpload = await rest.call('POST', 'media', {
      token: tokens.editor,
      form: form(pdfWithScript(), 'staff.pdf', 'application/pdf'),
    })
    // Set from the uploader, not from what the request says.
    expect((await payload.findByID({ collection: 'media', id: own.body.doc.id, depth: 0 })).ownerUnit).toBe(
      related.department,
    )
    const listed = await rest.call('GET', 'media?limit=100&depth=0', { token: tokens.liaison })
    const ids = (listed.body.docs as { id: number }[]).map((doc) => doc.id)
    expect(ids).toContain(own.body.doc.id)
    expect(ids).not.toContain(foreign.body.doc.id)
    expect(ids).not.toContain(staffUpload.body.doc.id)
    expect((await rest.call('GET', `media/${foreign.body.doc.id}`, { token: tokens.liaison })).body.id).toBeUndefined()
    const editorList = await rest.call('GET', 'media?limit=100&depth=0', { token: tokens.editor })
    expect((editorList.body.docs as { id: number }[]).map((doc) => doc.id)).toEqual(
      expect.arrayContaining([own.body.doc.id, foreign.body.doc.id]),
    )
  })

  it('sends a change to media a published, pending or scheduled document shows through review: editors may not replace the file or its 说明', async () => {
    const created = await rest.call('POST', 'media', {
      token: tokens.editor,
      form: form(pdfWithScript(), 'in-use.pdf', 'application/pdf', '原说明'),
    })
    const mediaId = created.body.doc.id
    await create('disclosures', 'published', { attachments: [mediaId], body: paragraph('正文') })
    const replace = await rest.call('PATCH', `media/${mediaId}`, {
      token: tokens.editor,
      form: form(pdfWithScript(), 'other.pdf', 'application/pdf', '原说明'),
    })
    expect(replace.status).toBe(403)
    expect(rest.messageOf(replace)).toMatch(/已发布/)
    const rename = await rest.call('PATCH', `media/${mediaId}`, { token: tokens.editor, body: { alt: '编辑改的说明' } })
    expect(rename.status).toBe(403)
    expect((await payload.findByID({ collection: 'media', id: mediaId })).alt).toBe('原说明')
    const byReviewer = await rest.call('PATCH', `media/${mediaId}`, {
      token: tokens.reviewer,
      body: { alt: '审核员改的说明' },
    })
    expect(byReviewer.status).toBe(200)
    // The same for media of a document under review or approved for a time: what the reviewer
    // saw is what gets published.
    for (const state of ['review', 'scheduled'] as const) {
      const pending = await rest.call('POST', 'media', {
        token: tokens.editor,
        form: form(pdfWithScript(), `${state}.pdf`, 'application/pdf', '待审说明'),
      })
      const doc = await create('articles', 'draft', { cover: pending.body.doc.id })
      await payload.update({
        collection: 'articles',
        id: doc,
        data: { workflow: state, ...(state === 'scheduled' ? { publishAt: '2099-01-01T00:00:00.000Z' } : {}) } as never,
        draft: true,
        context: quiet,
      })
      const swap = await rest.call('PATCH', `media/${pending.body.doc.id}`, {
        token: tokens.editor,
        body: { alt: '审核后偷换的说明' },
      })
      expect(swap.status, state).toBe(403)
      expect((await payload.findByID({ collection: 'media', id: pending.body.doc.id })).alt).toBe('待审说明')
    }
    // Media nobody publishes or reviews stays the editors' to change.
    const unused = await rest.call('POST', 'media', {
      token: tokens.editor,
      form: form(pdfWithScript(), 'unused.pdf', 'application/pdf'),
    })
    expect(
      (await rest.call('PATCH', `media/${unused.body.doc.id}`, { token: tokens.editor, body: { alt: '新说明' } }))
        .status,
    ).toBe(200)
  })
})
