import { access, mkdir } from 'node:fs/promises'
import path from 'node:path'

import { inject } from 'vitest'

import { buildSite } from '../../site/build/buildSite'

/** The hand-written content every site test builds from. */
export const FIXTURE_CONTENT = path.resolve('tests/fixtures/content')

/** Pins "today" so the current month, week and time-limit checks are the same on every run. */
export const FIXTURE_TODAY = '2025-11-27'

/** Site configuration the fixture portal is built with (README: 配置). */
export const FIXTURE_ENV = { SITE_TODAY: FIXTURE_TODAY, SITE_ID_CODE: '3399000001' }

/**
 * The fixture portal, built once per `vitest run` into the run's temporary folder
 * (tests/globalSetup.ts) and shared by every site and browser test file. Test files run one
 * after another, so the first caller builds and the others reuse. Tests must not write into it.
 */
export async function fixtureSite(): Promise<string> {
  const outDir = path.join(inject('runDir'), 'fixture-site')
  const marker = path.join(outDir, 'search-index', 'entry.json')
  try {
    await access(marker)
    return outDir
  } catch {
    await mkdir(path.dirname(outDir), { recursive: true })
    const previous = Object.fromEntries(Object.keys(FIXTURE_ENV).map((k) => [k, process.env[k]]))
    Object.assign(process.env, FIXTURE_ENV)
    try {
      await buildSite({ contentDir: FIXTURE_CONTENT, outDir, quiet: true })
    } finally {
      for (const [k, v] of Object.entries(previous)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    }
    return outDir
  }
}
