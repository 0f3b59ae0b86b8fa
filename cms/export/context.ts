import type { CollectionSlug } from 'payload'

import { isSafeStoredName } from '../media/uploadName'
import { documentTitle } from '../../content/model/define'
import { isPublicCollection, modelOf } from '../../content/model/collections'

/** A stored document as the Local API returns it at depth 0. */
export type StoredDoc = Record<string, unknown> & { id: number | string }

/** What one export run knows while it turns documents into content/ files. */
export type ExportContext = {
  /** Published documents of every exported collection, by id (as string). */
  published: Map<string, Map<string, StoredDoc>>
  /** Every media document, by id: only those a published document uses are copied. */
  media: Map<string, StoredDoc>
  /** Media filenames referenced by what was exported. */
  usedMedia: Set<string>
  /** Media left out because of an unsafe stored name (warned about once). */
  skippedMedia?: Set<string>
}

/** The label a relationship shows for its target: the contract's `name`, its descriptor's title. */
export function displayName(collection: CollectionSlug | string, doc: StoredDoc): string {
  if (!isPublicCollection(collection)) return String(doc.id)
  return documentTitle(modelOf(collection), doc) ?? String(doc.id)
}

/** The fields displayName() reads of a collection: a change to one renames links to the document. */
export function displayFields(collection: string): string[] {
  if (!isPublicCollection(collection)) return []
  const { fields, untitled } = modelOf(collection).title
  return [...fields, ...(untitled ? [untitled.field] : [])]
}

/** The target if it is published, so nothing unpublished leaks through a relationship. */
export function publishedTarget(ctx: ExportContext, collection: string, value: unknown): StoredDoc | null {
  const id = typeof value === 'object' && value !== null ? (value as StoredDoc).id : value
  if (id === null || id === undefined) return null
  return ctx.published.get(collection)?.get(String(id)) ?? null
}

/** An upload as the site links it; the export copies the file to content/media/. */
export function exportUpload(ctx: ExportContext, value: unknown) {
  const id = typeof value === 'object' && value !== null ? (value as StoredDoc).id : value
  if (id === null || id === undefined) return null
  const media = ctx.media.get(String(id))
  // A name the upload guard could not have made (written into the database by other means)
  // is left out rather than joined into a path: `../cms.db` would copy the database.
  if (!media) return null
  if (!isSafeStoredName(media.filename)) {
    // Said once per file and export: the document is published without it, and an editor
    // needs to know why the attachment is missing (an upload stored before names were checked).
    if (!ctx.skippedMedia?.has(String(id))) {
      ctx.skippedMedia?.add(String(id))
      console.warn(
        `[导出] 附件 #${String(id)}「${String(media.filename).slice(0, 80)}」的文件名不安全，未发布；请在后台重新上传该文件。`,
      )
    }
    return null
  }
  ctx.usedMedia.add(media.filename)
  return {
    url: `/media/${encodeURIComponent(media.filename)}`,
    filename: media.filename,
    alt: (media.alt as string | undefined) ?? '',
    mimeType: (media.mimeType as string | undefined) ?? null,
    filesize: (media.filesize as number | undefined) ?? null,
  }
}
