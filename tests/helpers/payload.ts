import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { PORTAL_EXPORT } from '../../cms/access/readContent'

export type TestPayload = { payload: Payload; dataDir: string; cleanup: () => Promise<void> }

let started: Promise<TestPayload> | undefined

/**
 * A real Payload on an empty SQLite database in a temporary folder, migrated by the config's
 * onInit. The config reads DATA_DIR, DATABASE_URI and PAYLOAD_SECRET when it is first
 * imported, so there is one instance per process (Vitest runs each test file in its own
 * fork); calling this twice in one file returns the same instance.
 */
export function startTestPayload(): Promise<TestPayload> {
  started ??= start()
  return started
}

async function start(): Promise<TestPayload> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cms-test-'))
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = `file:${path.join(dataDir, 'test.db')}`
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  // A publish run spawned from a test would build the real site.
  process.env.AUTO_PUBLISH = '0'

  const { default: config } = await import('../../cms/payload.config')
  const payload = await getPayload({ config })

  const cleanup = async () => {
    await payload.destroy()
    await fs.rm(dataDir, { recursive: true, force: true })
  }
  return { payload, dataDir, cleanup }
}

/**
 * Local API options that read as the public does (the export; the public API when it is on):
 * published documents only. Plain anonymous reads are refused since the API is off by default.
 */
export const PUBLIC_READ = { overrideAccess: false, context: { [PORTAL_EXPORT]: true } } as const
