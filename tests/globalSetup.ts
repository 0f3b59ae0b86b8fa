import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { compileScripts } from '../scripts/compile.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A temporary folder that lives as long as this `vitest run` (shared fixture builds). */
    runDir: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await compileScripts()
  const runDir = await mkdtemp(path.join(tmpdir(), 'cdql-tests-'))
  project.provide('runDir', runDir)
  return () => rm(runDir, { recursive: true, force: true })
}
