import { access, mkdir } from 'node:fs/promises'
import path from 'node:path'

import { inject } from 'vitest'

import { buildSite } from '../../scripts/lib/buildSite'

/** The hand-written content every site test builds from. */
export const FIXTURE_CONTENT = path.resolve('tests/fixtures/content')

/** Pins "today" so the current month, week and time-limit checks are the same on every run. */
export const FIXTURE_TODAY = '2025-11-27'

/**
 * The fixture portal, built once per `vitest run` into the run's temporary folder
 * (tests/globalSetup.ts) and shared by every site and browser test file. Test files run one
 * after another, so the first caller builds and the others reuse. Tests must not write into it.
 */
export async function fixtureSite(): Promise<string> {
  const outDir = path.join(inject('runDir'), 'fixture-site')
  const marker = path.join(outDir, 'pagefind', 'pagefind.js')
  try {
    await access(marker)
    return outDir
  } catch {
    await mkdir(path.dirname(outDir), { recursive: true })
    const previous = process.env.SITE_TODAY
    process.env.SITE_TODAY = FIXTURE_TODAY
    try {
      await buildSite({ contentDir: FIXTURE_CONTENT, outDir, quiet: true })
    } finally {
      if (previous === undefined) delete process.env.SITE_TODAY
      else process.env.SITE_TODAY = previous
    }
    return outDir
  }
}
