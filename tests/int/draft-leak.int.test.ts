import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportContent } from '../../cms/export/exportContent'
import { richText } from '../../cms/seed/lexical'
import { buildSite } from '../../site/build/buildSite'
import { filesContaining } from '../helpers/files'
import { openSearchIndex } from '../helpers/searchIndex'
import { startTestPayload } from '../helpers/payload'

// Lower-case ASCII: the search index lower-cases Latin letters.
const DRAFT_MARKER = 'draftleakmarkerqz'
const EDIT_MARKER = 'drafteditmarkerqz'

/**
 * A draft must reach neither content/, nor the built site, nor the search index — and once a
 * reviewer publishes it, it must reach all three.
 */
describe('drafts never leak', () => {
  let payload: Payload
  let work: string
  let contentDir: string
  let themeId: number | string
  let reminderId: number | string

  const publishToTemp = async (name: string) => {
    await exportContent(payload, { contentDir })
    const outDir = path.join(work, name)
    await buildSite({ contentDir, outDir, quiet: true })
    return outDir
  }

  beforeAll(async () => {
    payload = (await startTestPayload()).payload
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'draft-leak-'))
    contentDir = path.join(work, 'content')
    await fs.cp(path.resolve('content/pages'), path.join(contentDir, 'pages'), { recursive: true })
    const ctx = { skipPublish: true }
    // A published reminder that later gets an unreviewed draft edit on top.
    const reminder = await payload.create({
      collection: 'reminders',
      data: { week: '2026-W10', message: '节前提醒：严禁违规收受礼品礼金。', channels: ['web'], _status: 'published' },
      context: ctx,
    })
    reminderId = reminder.id
    const theme = await payload.create({
      collection: 'themes',
      data: {
        month: '2026-12',
        title: `下月主题草稿 ${DRAFT_MARKER}`,
        summary: `尚未审核的主题摘要 ${DRAFT_MARKER}`,
        body: richText(`正文含标记 ${DRAFT_MARKER}。`),
        _status: 'draft',
      },
      draft: true,
      context: ctx,
    })
    themeId = theme.id
    await payload.update({
      collection: 'reminders',
      id: reminderId,
      data: { message: `未审核的修改 ${EDIT_MARKER}`, _status: 'draft' },
      draft: true,
      context: ctx,
    })
  }, 300_000)

  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true })
  })

  it('should keep a draft and a draft edit out of content/, the site and the search index', async () => {
    const outDir = await publishToTemp('before')
    for (const marker of [DRAFT_MARKER, EDIT_MARKER]) {
      expect(await filesContaining(contentDir, marker)).toEqual([])
      expect(await filesContaining(outDir, marker)).toEqual([])
    }
    // The published reminder is there, with its published text, and search finds it by that.
    expect(await filesContaining(path.join(outDir, 'reminders'), '严禁违规收受礼品礼金')).not.toEqual([])
    const search = openSearchIndex(outDir)
    expect(await search.search(DRAFT_MARKER)).toEqual([])
    expect(await search.search(EDIT_MARKER)).toEqual([])
    expect((await search.search('严禁违规收受礼品礼金')).map((h) => h.url)).toEqual([`/reminders/${reminderId}/`])
  }, 300_000)

  it('should put the document in content/, the site and the search index once it is published', async () => {
    await payload.update({
      collection: 'themes',
      id: themeId,
      data: { _status: 'published' },
      context: { skipPublish: true },
    })
    const outDir = await publishToTemp('after')
    expect(await filesContaining(contentDir, DRAFT_MARKER)).toEqual([`themes/${themeId}.json`])
    const inSite = await filesContaining(outDir, DRAFT_MARKER)
    expect(inSite).toContain(`themes/${themeId}/index.html`)
    expect(inSite.some((file) => file.startsWith('search-index/'))).toBe(true)
    expect((await openSearchIndex(outDir).search(DRAFT_MARKER)).map((h) => h.url)).toEqual([`/themes/${themeId}/`])
  }, 300_000)

  it('should take the document out of content/, the site and the search index once it is unpublished', async () => {
    await payload.update({
      collection: 'themes',
      id: themeId,
      data: { _status: 'draft' },
      context: { skipPublish: true },
    })
    const outDir = await publishToTemp('unpublished')
    expect(await filesContaining(contentDir, DRAFT_MARKER)).toEqual([])
    expect(await filesContaining(outDir, DRAFT_MARKER)).toEqual([])
    expect(await openSearchIndex(outDir).search(DRAFT_MARKER)).toEqual([])
  }, 300_000)
})
