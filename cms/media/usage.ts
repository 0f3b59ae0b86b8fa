import type { FlattenedField, PayloadRequest, Where } from 'payload'

import { PUBLIC_COLLECTIONS } from '../../content/model/collections'

export type MediaUse = { collection: string; id: number | string; label: string }

/** Fields that can hold an upload: upload fields, rich text, and containers of either. */
function holdsUploads(field: FlattenedField): boolean {
  if (field.type === 'upload' || field.type === 'richText') return true
  return 'flattenedFields' in field && field.flattenedFields.some(holdsUploads)
}

const idOf = (value: unknown): string =>
  String(value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/** Whether rich text (Lexical JSON) holds an upload node for the media document. */
function richTextPointsAt(value: unknown, id: string): boolean {
  if (Array.isArray(value)) return value.some((item) => richTextPointsAt(item, id))
  if (value === null || typeof value !== 'object') return false
  const node = value as Record<string, unknown>
  if (node.type === 'upload' && node.relationTo === 'media') return idOf(node.value) === id
  return Object.values(node).some((child) => richTextPointsAt(child, id))
}

/** Whether a field's stored value (depth 0) points at the media document. */
function fieldPointsAt(field: FlattenedField, value: unknown, id: string): boolean {
  if (value === null || value === undefined) return false
  if (field.type === 'upload') return (Array.isArray(value) ? value : [value]).some((v) => idOf(v) === id)
  if (field.type === 'richText') return richTextPointsAt(value, id)
  if (!('flattenedFields' in field)) return false
  const rows = Array.isArray(value) ? value : [value]
  return rows.some(
    (row) =>
      row !== null &&
      typeof row === 'object' &&
      field.flattenedFields.some((f) => fieldPointsAt(f, (row as Record<string, unknown>)[f.name], id)),
  )
}

/**
 * The documents whose media a change would put before the public without a reviewer seeing it:
 * those published now (the file or its 说明 is on the portal), and those a reviewer is looking
 * at or has approved (待审核, 已定时发布: their latest version is what gets published, and the
 * checks on the document itself cannot see that a file behind it changed).
 */
export async function reviewedUsesOf(req: PayloadRequest, mediaId: number | string): Promise<MediaUse[]> {
  const id = String(mediaId)
  const uses = new Map<string, MediaUse>()
  for (const slug of PUBLIC_COLLECTIONS) {
    const collection = req.payload.collections[slug].config
    const uploadFields = collection.flattenedFields.filter(holdsUploads)
    if (uploadFields.length === 0) continue
    const titleField = collection.admin?.useAsTitle
    const select = Object.fromEntries(
      [...uploadFields.map((f) => f.name), ...(titleField ? [titleField] : [])].map((name) => [name, true]),
    )
    const label = typeof collection.labels?.singular === 'string' ? collection.labels.singular : slug
    const queries: { draft: boolean; where: Where }[] = [
      { draft: false, where: { _status: { equals: 'published' } } },
      { draft: true, where: { workflow: { in: ['review', 'scheduled'] } } },
    ]
    for (const { draft, where } of queries) {
      const { docs } = await req.payload.find({
        collection: slug,
        where,
        draft,
        select: select as never,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        if (!uploadFields.some((f) => fieldPointsAt(f, doc[f.name], id))) continue
        const title =
          titleField && typeof doc[titleField] === 'string' ? `「${doc[titleField] as string}」` : `#${String(doc.id)}`
        uses.set(`${slug}:${String(doc.id)}`, {
          collection: slug,
          id: doc.id as number | string,
          label: `${label}${title}`,
        })
      }
    }
  }
  return [...uses.values()]
}
