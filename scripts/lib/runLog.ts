import fs from 'node:fs/promises'
import path from 'node:path'

import { writeIfChanged } from '../../cms/export/writeAtomic'
import { publishDir } from './publishPaths'

export type PublishRun = {
  id: string
  trigger: string
  startedAt: string
  finishedAt: string
  durationMs: number
  result: 'success' | 'failure'
  /** True when nothing published had changed, so nothing was rebuilt. */
  skipped?: boolean
  /** What failed, in Chinese, when the run failed. */
  error?: string
  exported?: Record<string, number>
  pages?: number
}

const logFile = () => path.join(publishDir(), 'runs.json')

/** The last runs, newest first. */
export async function readRuns(): Promise<PublishRun[]> {
  try {
    return JSON.parse(await fs.readFile(logFile(), 'utf8')) as PublishRun[]
  } catch {
    return []
  }
}

export async function recordRun(run: PublishRun, keep = 50): Promise<void> {
  const runs = [run, ...(await readRuns())].slice(0, keep)
  await writeIfChanged(logFile(), `${JSON.stringify(runs, null, 2)}\n`)
}
