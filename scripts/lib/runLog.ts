import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { writeIfChanged } from '../../content/shared/writeAtomic'
import { publishDir } from './publishPaths'

export type PublishRun = {
  id: string
  /** A publish (export → build → index → switch) or a rollback; absent in runs from before rollbacks. */
  kind?: 'publish' | 'rollback'
  trigger: string
  startedAt: string
  finishedAt: string
  durationMs: number
  result: 'success' | 'failure'
  /** True when nothing published had changed, so nothing was rebuilt. */
  skipped?: boolean
  /** What failed, in Chinese, when the run failed: what to do first, then the technical detail. */
  error?: string
  exported?: Record<string, number>
  pages?: number
  /** Of those, pages taken unchanged from the build that was live (an incremental publish). */
  reusedPages?: number
  /** The build (folder name under .publish/builds/) this run made live. */
  build?: string
}

/** Run ids sort by start time: `20260512T083015Z-1a2b3c`. Also the name of the build a publish makes. */
export const runId = (): string =>
  `${new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`

/** A Payload, or how to start one: then a database that cannot be reached is a recorded failure. */
export type PayloadSource = Payload | (() => Promise<Payload>)

const logFile = () => path.join(publishDir(), 'runs.json')

/** The last runs, newest first. */
export async function readRuns(): Promise<PublishRun[]> {
  try {
    return JSON.parse(await fs.readFile(logFile(), 'utf8')) as PublishRun[]
  } catch {
    return []
  }
}

async function appendToFile(run: PublishRun, keep: number): Promise<void> {
  const runs = [run, ...(await readRuns())].slice(0, keep)
  await writeIfChanged(logFile(), `${JSON.stringify(runs, null, 2)}\n`)
  // Errors name accounts, paths and database details: not for the web server's user, who reads .publish/builds.
  await fs.chmod(logFile(), 0o600)
}

/** The run as a 发布记录 document (collection `publish-runs`). */
export function publishRunDocument(run: PublishRun) {
  const documents = run.exported ? Object.values(run.exported).reduce((a, b) => a + b, 0) : undefined
  return {
    runId: run.id,
    kind: run.kind ?? 'publish',
    trigger: run.trigger,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt || undefined,
    durationMs: run.durationMs,
    result: run.skipped ? 'skipped' : run.result,
    error: run.error,
    pages: run.pages,
    documents,
    build: run.build,
  } as const
}

/**
 * Records a finished run twice: in `.publish/runs.json` (the last `keep`; it works when the
 * database is what failed) and, given a Payload, in 发布记录 for the admin. Recording never
 * fails a run — the live site has already been switched or left alone — so a failure to
 * record is logged and swallowed.
 */
export async function recordRun(
  run: PublishRun,
  options: { payload?: Payload; log?: (line: string) => void; keep?: number } = {},
): Promise<void> {
  const log = options.log ?? console.error
  await appendToFile(run, options.keep ?? 50).catch((error: unknown) =>
    log(
      `[发布记录] 写入 ${logFile()} 失败（不影响线上网站）：${error instanceof Error ? error.message : String(error)}`,
    ),
  )
  if (!options.payload) return
  await options.payload
    .create({ collection: 'publish-runs', data: publishRunDocument(run), overrideAccess: true, depth: 0 })
    .catch((error: unknown) =>
      log(
        `[发布记录] 写入数据库失败，本次记录只保存在 ${logFile()}（不影响线上网站）：${error instanceof Error ? error.message : String(error)}`,
      ),
    )
}
