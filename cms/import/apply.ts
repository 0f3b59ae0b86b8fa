import { ValidationError, type Payload, type PayloadRequest } from 'payload'

import { ImportRejected } from './issues'
import type { Plan, PlannedRow } from './plan'
import type { ImportSpec } from './specs'

type Id = number | string

export type ApplyOptions = {
  publish: boolean
  /** Called every 1,000 rows written, for long imports. */
  onProgress?: (done: number, total: number) => void
  /** Header of each field path, to name the column of an error raised while saving. */
  headerOf?: (path: string) => string | undefined
}

export type ApplyResult = { created: number; updated: number; unchanged: number; linked: number }

/** The counts, and the documents created or updated (to check after the commit that they are there). */
export type Applied = { counts: ApplyResult; written: Id[] }

/** Rows in an order where every in-file 上级单位 is created before the units under it. */
function writeOrder(rows: PlannedRow[]): PlannedRow[] {
  const byKey = new Map(rows.map((row) => [row.key, row]))
  const ordered: PlannedRow[] = []
  const placed = new Set<string>()
  const place = (row: PlannedRow) => {
    if (placed.has(row.key)) return
    placed.add(row.key)
    const parent = row.parentKey !== undefined ? byKey.get(row.parentKey) : undefined
    if (parent) place(parent)
    ordered.push(row)
  }
  rows.forEach(place)
  return ordered
}

const idOf = (value: unknown): Id => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id))

/**
 * Writes a validated plan through the Local API — so every hook runs (索引号, uniqueness, the
 * workflow and its 审核记录) — as the system, on the caller's request and its transaction.
 * Imported documents are drafts unless `publish`. A save that still fails is reported with its
 * row, and the caller rolls everything back.
 */
export async function applyPlan(
  payload: Payload,
  req: PayloadRequest,
  spec: ImportSpec,
  plan: Plan,
  options: ApplyOptions,
): Promise<Applied> {
  const result: ApplyResult = { created: 0, updated: 0, unchanged: 0, linked: 0 }
  const written: Id[] = []
  const ids = new Map<string, Id>()
  const links = new Map<Id, Id[]>()
  const status = options.publish ? 'published' : 'draft'
  let done = 0

  for (const row of writeOrder(plan.rows)) {
    try {
      let id = row.id
      if (row.action === 'unchanged') result.unchanged += 1
      else {
        const data: Record<string, unknown> = { ...row.data, _status: status }
        if (row.parentKey !== undefined) data.parent = ids.get(row.parentKey)
        if (row.action === 'create') {
          const doc = await payload.create({
            collection: spec.slug,
            data: data as never,
            draft: !options.publish,
            depth: 0,
            overrideAccess: true,
            req,
          })
          id = doc.id
          written.push(doc.id)
          result.created += 1
        } else {
          await payload.update({
            collection: spec.slug,
            id: row.id!,
            data: data as never,
            draft: !options.publish,
            depth: 0,
            overrideAccess: true,
            req,
          })
          written.push(row.id!)
          result.updated += 1
        }
      }
      if (id !== undefined) ids.set(row.key, id)
      if (row.bulletin !== undefined && id !== undefined)
        links.set(row.bulletin, [...(links.get(row.bulletin) ?? []), id])
    } catch (error) {
      throw rejection(error, row.row, options.headerOf)
    }
    done += 1
    if (done % 1000 === 0) options.onProgress?.(done, plan.rows.length)
  }

  // 所属通报: add each case to its quarterly bulletin once, keeping the bulletin's own order.
  for (const [bulletinId, caseIds] of links) {
    const bulletin = await payload.findByID({
      collection: 'bulletins',
      id: bulletinId,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const listed = (bulletin.cases ?? []).map(idOf)
    const missing = caseIds.filter((id) => !listed.some((listedId) => String(listedId) === String(id)))
    if (missing.length === 0) continue
    await payload.update({
      collection: 'bulletins',
      id: bulletinId,
      data: { cases: [...listed, ...missing] as number[], _status: status },
      draft: !options.publish,
      depth: 0,
      overrideAccess: true,
      req,
    })
    result.linked += missing.length
  }
  return { counts: result, written }
}

function rejection(error: unknown, row: number, headerOf: ApplyOptions['headerOf']): ImportRejected {
  if (error instanceof ValidationError) {
    const errors = (error.data?.errors ?? []) as { path?: string; message?: string }[]
    return new ImportRejected(
      errors.length > 0
        ? errors.map((e) => ({
            row,
            column: (e.path && headerOf?.(e.path)) || e.path,
            message: e.message ?? '保存失败',
          }))
        : [{ row, message: error.message }],
    )
  }
  return new ImportRejected([{ row, message: `保存失败：${error instanceof Error ? error.message : String(error)}` }])
}
