import { ValidationError, type CollectionBeforeChangeHook, type CollectionSlug, type Where } from 'payload'

type Data = Record<string, unknown>

export type UniqueRule = {
  /** Fields whose values, taken together, no other document may share. */
  fields: string[]
  /** The field the admin marks as wrong. */
  path: string
  /** Only documents for which this holds take part (e.g. quarterly bulletins only). */
  when?: (data: Data) => boolean
  /** The Chinese message naming the field and the clash. */
  message: (data: Data, existing: Data) => string
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

/**
 * Refuses a save that would duplicate another document's value, with a message an editor can
 * act on. The database's unique index stays the last line of defence against races; this
 * check runs on drafts too (field validation does not) and leaves the document itself out so
 * that updating it never clashes with its own stored value.
 */
export function ensureUnique(collection: CollectionSlug, rules: UniqueRule[]): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    const merged: Data = { ...(originalDoc as Data | undefined), ...data }
    const id = (originalDoc as Data | undefined)?.id as number | string | undefined
    for (const rule of rules) {
      if (rule.when && !rule.when(merged)) continue
      if (rule.fields.some((field) => isEmpty(merged[field]))) continue
      const conditions: Where[] = rule.fields.map((field) => ({ [field]: { equals: merged[field] } }))
      if (id !== undefined) conditions.push({ id: { not_equals: id } })
      const { docs } = await req.payload.find({
        collection,
        where: { and: conditions },
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      if (docs.length > 0) {
        throw new ValidationError(
          { collection, errors: [{ path: rule.path, message: rule.message(merged, docs[0] as unknown as Data) }], req },
          req.t,
        )
      }
    }
    return data
  }
}
