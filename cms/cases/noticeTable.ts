// `npm run import -- cases 通报.txt`: a pasted notice read as the rows of a case import, one
// record per item (cms/notices/drafts.ts), so the drafts are planned, checked and written like
// any other file's. A .txt whose first line is a CSV header is read as CSV instead.
import fs from 'node:fs/promises'

import { decodeText, type TextEncoding } from '../import/decodeText'
import { ImportRejected } from '../import/issues'
import type { RawValue, Table } from '../import/readTable'
import { proposeCases, type ProposedCase } from '../notices/drafts'
import { parseNotice } from '../notices/parseNotice'

/** A first line of column headers (标题,被处分人,…) rather than a notice's title. */
export const looksLikeCsv = (text: string): boolean => {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  return /[,\t]/.test(first) && /标题|title|被处分人/.test(first)
}

/** The columns a notice fills, named as an editor reads them in messages (第 2 条「被处分人」：…). */
const HEADERS = [
  '标题',
  '违纪事实',
  '处分决定日期',
  '被处分人',
  '案例来源.来源',
  '案例来源.原发布机关',
  '案例来源.原通报标题',
  '案例来源.原发布日期',
  '违纪类型',
  '八项规定问题类型',
] as const

export type NoticeTable = { table: Table; proposed: ProposedCase[] } | null

/** The notice in `file` as a table of case records, or null when the file is a CSV. */
export async function readNoticeTable(
  file: string,
  options: { encoding?: TextEncoding; forwarded?: boolean } = {},
): Promise<NoticeTable> {
  const { text, encoding } = decodeText(await fs.readFile(file), options.encoding)
  if (looksLikeCsv(text)) return null
  if (!text.trim()) throw new ImportRejected([{ message: '文件是空的：请粘贴通报全文或案例条目' }])
  const proposed = proposeCases(parseNotice(text), { forwarded: options.forwarded })
  if (proposed.length === 0)
    throw new ImportRejected([
      { message: '没有找到案例条目：条目应以“1.”“一、”“（一）”编号，或每段一条，写明被处分人和处分' },
    ])
  const records = proposed.map(({ draft }, i) => ({
    row: i + 1,
    values: new Map<string, RawValue>([
      [HEADERS[0], draft.title],
      [HEADERS[1], draft.facts],
      [HEADERS[2], draft.decisionDate],
      [HEADERS[3], draft.persons.length ? draft.persons : null],
      [HEADERS[4], draft.source.kind],
      [HEADERS[5], draft.source.issuer],
      [HEADERS[6], draft.source.title],
      [HEADERS[7], draft.source.date],
      [HEADERS[8], draft.violationTypes.join('、') || null],
      [HEADERS[9], draft.eightRulesTypes.join('、') || null],
    ]),
  }))
  return {
    table: {
      format: 'notice',
      headers: [...HEADERS],
      records,
      unit: '条',
      encoding,
    },
    proposed,
  }
}
