// POST /api/cases/read-terms: how the export will count a person's sanctions as the editor
// types them (cms/cases/terms.ts), so the edit view can flag a wording no rule knows before it
// is published. Staff only; reads nothing stored and writes nothing.
import type { Endpoint } from 'payload'

import { isStaff } from '../access/roles'
import { exportGovernmentSanction, exportMeasures, exportPartySanction } from './terms'

/** Longest wording read: a sanction is a few words, a list of measures a sentence or two. */
const MAX_CHARS = 2_000

const text = (value: unknown): string | null => (typeof value === 'string' && value.length <= MAX_CHARS ? value : null)

export const readTermsEndpoint: Endpoint = {
  path: '/read-terms',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: '请先登录' }, { status: 401 })
    if (!isStaff(req.user)) return Response.json({ error: '没有权限' }, { status: 403 })
    let body: { partySanction?: unknown; governmentSanction?: unknown; measures?: unknown }
    try {
      body = ((await req.json?.()) ?? {}) as typeof body
    } catch {
      return Response.json({ error: '请求格式错误：应为 JSON' }, { status: 400 })
    }
    const measures = Array.isArray(body.measures) ? body.measures.slice(0, 20).map(text).filter(Boolean) : []
    return Response.json({
      partySanction: exportPartySanction(text(body.partySanction)),
      governmentSanction: exportGovernmentSanction(text(body.governmentSanction)),
      measures: exportMeasures(measures),
    })
  },
}
