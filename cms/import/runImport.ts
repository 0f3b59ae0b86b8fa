import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { applyPlan, type ApplyResult } from './apply'
import type { TextEncoding } from './decodeText'
import { ImportRejected, type RowUnit } from './issues'
import { planImport } from './plan'
import { readTable } from './readTable'
import { readNoticeTable } from '../cases/noticeTable'
import { IMPORT_SPECS, type ImportSlug } from './specs'

export type ImportOptions = {
  collection: ImportSlug
  file: string
  /** Validate and report only; nothing is written. */
  dryRun?: boolean
  /** Publish what the file creates or changes (otherwise drafts for review). */
  publish?: boolean
  encoding?: TextEncoding
  sheet?: string
  /** A pasted notice (.txt) is another office's, republished: its cases are 转发. */
  forwarded?: boolean
  onProgress?: (done: number, total: number) => void
}

export type ImportReport = {
  rows: number
  unit: RowUnit
  format: string
  encoding?: TextEncoding
  columns: string[]
  dryRun: boolean
  /** Planned (dry run) or done. */
  counts: ApplyResult
  /** A pasted notice: what the editor must still check, per item (第 2 条：…). */
  notes?: string[]
}

/**
 * Imports one file into one collection: read, validate every row (nothing written if any row
 * is wrong), then write everything in one database transaction — a file is imported completely
 * or not at all. Publishing hooks are held back (`skipPublish`); the caller runs one publish.
 */
export async function runImport(payload: Payload, options: ImportOptions): Promise<ImportReport> {
  const spec = IMPORT_SPECS[options.collection]
  const notice =
    options.collection === 'cases' && path.extname(options.file).toLowerCase() === '.txt'
      ? await readNoticeTable(options.file, { encoding: options.encoding, forwarded: options.forwarded })
      : null
  const table = notice?.table ?? (await readTable(options.file, { encoding: options.encoding, sheet: options.sheet }))
  const notes = notice?.proposed.flatMap(({ notes }, i) => notes.map((note) => `第 ${i + 1} 条：${note}`))
  if (table.records.length === 0)
    throw new ImportRejected([{ message: '文件中没有数据行（第 1 行是列标题，数据从第 2 行开始）' }])

  const req = await createLocalReq({ context: { skipPublish: true } }, payload)
  const plan = await planImport(payload, req, spec, table, { publish: Boolean(options.publish) })
  if (plan.issues.length > 0) throw new ImportRejected(plan.issues, table.unit)
  const report = {
    rows: table.records.length,
    unit: table.unit,
    format: table.format,
    encoding: table.encoding,
    columns: plan.columns,
    ...(notes ? { notes } : {}),
  }

  if (options.dryRun) {
    const count = (action: string) => plan.rows.filter((row) => row.action === action).length
    return {
      ...report,
      dryRun: true,
      counts: { created: count('create'), updated: count('update'), unchanged: count('unchanged'), linked: 0 },
    }
  }

  await initTransaction(req)
  if (!req.transactionID) {
    throw new Error(
      '数据库没有启用事务，无法保证导入“要么全部写入、要么全部不写”：SQLite 须设置 PAYLOAD_DB_TRANSACTIONS=1（npm run import 会设置），MongoDB 须为副本集',
    )
  }
  try {
    const { counts, written } = await applyPlan(payload, req, spec, plan, {
      publish: Boolean(options.publish),
      onProgress: options.onProgress,
      headerOf: plan.headerOf,
    })
    await commitTransaction(req)
    await checkCommitted(payload, spec.slug, written)
    return { ...report, dryRun: false, counts }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** How many of the last documents written are looked up again after the commit. */
const COMMIT_SAMPLE = 100

/**
 * Payload's SQLite adapter ignores an error of the final COMMIT (and a transaction an operation
 * already ended is not committed at all), which would report an import that never reached the
 * database. The last documents written must be readable outside the transaction.
 */
async function checkCommitted(payload: Payload, collection: ImportSlug, written: (number | string)[]): Promise<void> {
  const sample = [...new Set(written.slice(-COMMIT_SAMPLE))]
  if (sample.length === 0) return
  const found = await payload.count({ collection, where: { id: { in: sample } }, overrideAccess: true })
  if (found.totalDocs !== sample.length) {
    throw new Error(
      `数据库没有保存这次导入（事务提交后只找到 ${found.totalDocs}/${sample.length} 个刚写入的文档）；请检查数据库是否被其他程序锁定后重试`,
    )
  }
}
