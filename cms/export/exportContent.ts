import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

import { eachLimited } from '../lib/eachLimited'
import { contentDir as defaultContentDir } from '../lib/paths'
import type { ExportContext, StoredDoc } from './context'
import { serializeDocument } from './serialize'
import { removeOthers, writeIfChanged } from './writeAtomic'

export type ExportResult = {
  /** Published documents exported, per collection slug. */
  documents: Record<string, number>
  /** Files whose bytes changed (documents and media). */
  written: number
  /** Files left as they were because nothing changed. */
  unchanged: number
  /** Files removed because their document is no longer published (or was deleted). */
  removed: number
  /** Media files copied for published documents. */
  media: number
}

/** Collections that reach the portal: every one with drafts, i.e. with a published state. */
export function exportedCollections(payload: Payload): SanitizedCollectionConfig[] {
  return payload.config.collections.filter((c) => Boolean(c.versions && typeof c.versions === 'object' && c.versions.drafts))
}

/**
 * Writes every published document to `<contentDir>/<collection>/<id>.json` and the media they
 * use to `<contentDir>/media/`. Drafts never leave the CMS: only `_status = published` is
 * read, through the anonymous access rules as well. Reruns rewrite nothing that did not change.
 */
export async function exportContent(payload: Payload, options: { contentDir?: string } = {}): Promise<ExportResult> {
  const contentDir = options.contentDir ?? defaultContentDir()
  const collections = exportedCollections(payload)
  const ctx: ExportContext = { published: new Map(), media: new Map(), usedMedia: new Set() }

  for (const collection of collections) {
    const { docs } = await payload.find({
      collection: collection.slug as CollectionSlug,
      where: { _status: { equals: 'published' } },
      draft: false,
      depth: 0,
      pagination: false,
      // No user: the anonymous read rule applies too, a second guard against drafts.
      overrideAccess: false,
    })
    ctx.published.set(collection.slug, new Map(docs.map((doc) => [String(doc.id), doc as unknown as StoredDoc])))
  }

  const mediaConfig = payload.config.collections.find((c) => c.slug === 'media')
  if (mediaConfig) {
    const { docs } = await payload.find({ collection: 'media' as CollectionSlug, depth: 0, pagination: false, overrideAccess: true })
    for (const doc of docs) ctx.media.set(String(doc.id), doc as unknown as StoredDoc)
  }

  // Serialise everything first: a media file that is missing must stop the export before a
  // single content/ file changes.
  const planned = collections.map((collection) => ({
    slug: collection.slug,
    files: [...(ctx.published.get(collection.slug)?.values() ?? [])].map((doc) => ({
      name: `${doc.id}.json`,
      json: `${JSON.stringify(serializeDocument(ctx, collection.flattenedFields, doc), null, 2)}\n`,
    })),
  }))
  const staticDir = mediaConfig?.upload && typeof mediaConfig.upload === 'object' ? mediaConfig.upload.staticDir : undefined
  const mediaSource = path.resolve(staticDir ?? 'media')
  for (const filename of ctx.usedMedia) {
    await fs.access(path.join(mediaSource, filename)).catch(() => {
      throw new Error(`导出失败：已发布内容引用的附件「${filename}」在 ${mediaSource} 中不存在，请在后台重新上传或移除该附件。`)
    })
  }

  const result: ExportResult = { documents: {}, written: 0, unchanged: 0, removed: 0, media: 0 }
  for (const { slug, files } of planned) {
    const dir = path.join(contentDir, slug)
    // Comparing 10,000 files one after another took 2 s of waiting on the disk.
    await eachLimited(files, 32, async ({ name, json }) => {
      if (await writeIfChanged(path.join(dir, name), json)) result.written += 1
      else result.unchanged += 1
    })
    await fs.mkdir(dir, { recursive: true })
    result.removed += await removeOthers(dir, new Set(files.map((f) => f.name)))
    result.documents[slug] = files.length
  }

  // 工作日历: one file per year, for the working-day time limits on the portal.
  const calendar = await payload.findGlobal({ slug: 'work-calendar', depth: 0, overrideAccess: false })
  const calendarFiles = (calendar.years ?? []).map((y) => ({
    name: `${y.year}.json`,
    json: `${JSON.stringify(
      {
        year: y.year,
        source: y.source,
        holidays: (y.holidays ?? []).map(({ name, from, to }) => ({ name, from, to })),
        workdays: (y.workdays ?? []).map(({ date }) => date),
      },
      null,
      2,
    )}\n`,
  }))
  const calendarDir = path.join(contentDir, 'calendar')
  for (const { name, json } of calendarFiles) {
    if (await writeIfChanged(path.join(calendarDir, name), json)) result.written += 1
    else result.unchanged += 1
  }
  await fs.mkdir(calendarDir, { recursive: true })
  result.removed += await removeOthers(calendarDir, new Set(calendarFiles.map((f) => f.name)))
  result.documents.calendar = calendarFiles.length

  if (mediaConfig) {
    const target = path.join(contentDir, 'media')
    for (const filename of ctx.usedMedia) {
      const bytes = await fs.readFile(path.join(mediaSource, filename))
      if (await writeIfChanged(path.join(target, filename), bytes)) result.written += 1
      else result.unchanged += 1
      result.media += 1
    }
    await fs.mkdir(target, { recursive: true })
    result.removed += await removeOthers(target, ctx.usedMedia)
  }
  return result
}
