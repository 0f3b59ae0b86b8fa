// 粘贴通报 in the admin: `POST /api/cases/parse-notice` reads a pasted notice and proposes its
// drafts, each extracted value marked in the text for the editor to check; `POST
// /api/cases/paste-notice` creates them — one case draft per chosen item and one 通报 draft
// listing them — as the signed-in user, so access and the review workflow apply as to any draft.
// Nothing is published here. The text is parsed again on the server: what is created is what
// the parser reads, never what a client claims it read.
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '../access/roles'
import { textToLexical } from '../import/richTextCell'
import { proposeCases, type CaseDraft, type ProposedCase } from '../notices/drafts'
import { foldForMatch, parseNotice, type ParsedNotice } from '../notices/parseNotice'
import { EIGHT_RULES_PATTERNS } from '../notices/vocabulary'
import { readPublishedDate } from '../../content/model/caseTerms'
import { shanghaiYear } from '../../content/shared/shanghai'

/** Longest paste read: a long notice is 20,000 characters; 100 KB of it is already not one. */
export const MAX_PASTE_CHARS = 200_000

/** A value of the proposal and where the text says it (UTF-16 offsets into the item's text). */
export type Mark = { start: number; end: number; label: string; value: string }

export type ProposedItem = ProposedCase & { text: string; marks: Mark[] }

type Body = { text?: unknown; forwarded?: unknown; items?: unknown; bulletin?: unknown }

const fail = (status: number, message: string) => Response.json({ error: message }, { status })

async function readBody(req: PayloadRequest): Promise<{ text: string; forwarded: boolean; body: Body } | Response> {
  if (!req.user) return fail(401, '请先登录')
  if (!isStaff(req.user)) return fail(403, '只有编辑、审核员和管理员可以粘贴通报')
  let body: Body
  try {
    body = ((await req.json?.()) ?? {}) as Body
  } catch {
    return fail(400, '请求格式错误：应为 JSON')
  }
  if (typeof body.text !== 'string' || !body.text.trim()) return fail(400, '粘贴内容为空：请粘贴通报全文或案例条目')
  if (body.text.length > MAX_PASTE_CHARS)
    return fail(413, `粘贴内容过长（${body.text.length} 字）：一次最多 ${MAX_PASTE_CHARS} 字，请分段粘贴`)
  return { text: body.text, forwarded: body.forwarded === true, body }
}

/** The words of `text` a pattern matches on its folded copy (same length, so the same place). */
function keywordOf(text: string, pattern: RegExp): string | null {
  const match = pattern.exec(foldForMatch(text))
  return match ? text.slice(match.index, match.index + match[0].length) : null
}

/** Each extracted value at its first place in the item's text; overlapping marks keep the first. */
function marksOf(text: string, draft: CaseDraft): Mark[] {
  const wanted: [string, string | null][] = [
    ['处分决定日期', draft.decisionDate],
    ...draft.persons.flatMap((p): [string, string | null][] => [
      ['姓名', p.name],
      ['单位', p.unit],
      ['职务', p.position],
      ['党纪处分', p.partySanction],
      ['政务处分', p.governmentSanction],
      ...p.measures.map((m): [string, string] => ['组织处理', m]),
      ...p.otherMeasures.map((m): [string, string] => ['其他处理', m]),
    ]),
    ['移送检察机关', /移送(?:检察|司法)机关/.exec(text)?.[0] ?? null],
    // The keywords a 八项规定 problem type was read from.
    ...draft.eightRulesTypes.map((key): [string, string | null] => [
      '八项规定问题',
      keywordOf(text, EIGHT_RULES_PATTERNS[key]),
    ]),
  ]
  const marks: Mark[] = []
  for (const [label, value] of wanted) {
    if (!value) continue
    const start = text.indexOf(value)
    if (start < 0) continue
    const end = start + value.length
    if (marks.some((m) => start < m.end && m.start < end)) continue
    marks.push({ start, end, label, value })
  }
  return marks.sort((a, b) => a.start - b.start)
}

function propose(notice: ParsedNotice, forwarded: boolean): ProposedItem[] {
  return proposeCases(notice, { forwarded }).map((p, i) => {
    const text = notice.cases[i].text
    return { ...p, text, marks: marksOf(text, p.draft) }
  })
}

const parseHandler: Endpoint['handler'] = async (req) => {
  const input = await readBody(req)
  if (input instanceof Response) return input
  const notice = parseNotice(input.text)
  const items = propose(notice, input.forwarded)
  if (items.length === 0)
    return fail(
      422,
      '没有找到案例条目：条目应以“1.”“一、”“（一）”编号，或每段一条，写明被处分人和处分。粘贴的内容仍保留在输入框中。',
    )
  return Response.json({ bulletin: notice.bulletin, items })
}

const createHandler: Endpoint['handler'] = async (req) => {
  const input = await readBody(req)
  if (input instanceof Response) return input
  const notice = parseNotice(input.text)
  const items = propose(notice, input.forwarded)
  const chosen = Array.isArray(input.body.items)
    ? [...new Set(input.body.items.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < items.length))]
    : items.map((_, i) => i)
  if (chosen.length === 0) return fail(400, '没有选择要创建的案例')
  const unnamed = chosen.filter((i) => items[i].draft.persons.length === 0)
  if (unnamed.length)
    return fail(
      422,
      `第 ${unnamed.map((i) => i + 1).join('、')} 条未能识别被处分人：请不选这些条目，创建后在后台补充，或修改原文后重新识别`,
    )
  const created: { id: number | string; title: string }[] = []
  try {
    for (const i of chosen) {
      const { draft } = items[i]
      const doc = await req.payload.create({
        collection: 'cases',
        draft: true,
        data: { ...draft, facts: textToLexical(draft.facts), _status: 'draft' } as never,
        req,
        user: req.user,
        overrideAccess: false,
      })
      created.push({ id: doc.id, title: draft.title })
    }
    let bulletin: { id: number | string; title: string } | null = null
    if (input.body.bulletin !== false && notice.bulletin) {
      const date = notice.bulletin.date ? readPublishedDate(notice.bulletin.date) : null
      const day = date && !('error' in date) && date.value.length === 10 ? date.value : null
      const doc = await req.payload.create({
        collection: 'bulletins',
        draft: true,
        data: {
          title: notice.bulletin.title,
          kind: 'typical',
          year: day ? Number(day.slice(0, 4)) : shanghaiYear(),
          ...(day ? { publishDate: day } : {}),
          cases: created.map((c) => c.id),
          _status: 'draft',
        } as never,
        req,
        user: req.user,
        overrideAccess: false,
      })
      bulletin = { id: doc.id, title: notice.bulletin.title }
    }
    return Response.json({ cases: created, bulletin }, { status: 201 })
  } catch (error) {
    // What was created stays as drafts (nothing is published); the editor sees which.
    req.payload.logger.error({ err: error, created }, 'paste-notice: creating drafts failed')
    return Response.json(
      { error: `创建草稿时出错：${(error as Error).message}`, cases: created },
      { status: (error as { status?: number }).status ?? 500 },
    )
  }
}

/** The two endpoints, under /api/cases/. */
export const pasteNoticeEndpoints: Endpoint[] = [
  { path: '/parse-notice', method: 'post', handler: parseHandler },
  { path: '/paste-notice', method: 'post', handler: createHandler },
]
