import { z } from 'zod'

/** A calendar date exported as `YYYY-MM-DD` (already in Asia/Shanghai). */
export const dateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期')

/** Optional text: the export writes `null` for empty values; a missing key means the same. */
export const optionalText = z.string().nullable().default(null)

/** Optional rich text: sanitised HTML written by the export, or `null`. */
export const optionalHtml = z.string().nullable().default(null)

/** A link to another published document (`{ id, name }`), or `null` when the target is unpublished. */
export const reference = z.object({
  /** Id of the linked document; its page is `/<collection>/<id>/`. */
  id: z.string(),
  /** Name or title of the linked document, shown as the link text. */
  name: z.string(),
})
export const optionalReference = reference.nullable().default(null)

/** An uploaded file (image or PDF) copied by the export to `content/media/`. */
export const upload = z.object({
  /** Site-relative URL of the file, `/media/<filename>`. */
  url: z.string(),
  /** File name offered when downloading. */
  filename: z.string(),
  /** Description read by screen readers and shown as the link text of attachments. */
  alt: z.string().nullable().default(null),
  /** MIME type, e.g. `application/pdf`; shown as the file type. */
  mimeType: z.string().nullable().default(null),
  /** Size in bytes; shown next to download links. */
  filesize: z.number().nullable().default(null),
})
export const optionalUpload = upload.nullable().default(null)

/** Fields every exported document has. */
export const documentBase = z.object({
  /** Stable id of the document; part of its permanent URL. */
  id: z.string(),
  /** When the document was first created (ISO 8601, UTC). */
  createdAt: z.string(),
  /** When the document last changed in the CMS (ISO 8601, UTC), typo fixes included. */
  updatedAt: z.string(),
  /** 首次发布 day (YYYY-MM-DD); null in content exported before the review workflow. */
  firstPublishedAt: dateOnly.nullable().default(null),
  /** 更新时间 shown to the public: the first publication or the latest 重大修改 (YYYY-MM-DD). */
  publicUpdatedAt: dateOnly.nullable().default(null),
  /** 修改记录: every 重大修改 after first publication, oldest first. */
  changeLog: z
    .array(
      z.object({
        /** Day of the change (YYYY-MM-DD). */
        date: dateOnly,
        /** 修改说明 written by the editor, shown publicly. */
        note: z.string().min(1),
      }),
    )
    .default([]),
})

/** The same allow-list the CMS applies on input: http(s), mailto, tel, or a site-relative path. */
export const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/(?![/\\]))/i
