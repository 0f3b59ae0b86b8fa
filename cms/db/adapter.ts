import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { rootDir } from '../lib/paths'
import { migrations } from '../migrations'
import { databaseTarget } from './databaseUri'

const migrationDir = path.join(rootDir, 'cms', 'migrations')

/**
 * SQLite (embedded default, schema from committed migrations, never pushed) or MongoDB when
 * DATABASE_URI says so. MongoDB gives up after a few seconds so that an unreachable server
 * fails start-up quickly instead of hanging.
 */
export function databaseAdapter(): DatabaseAdapterObj {
  const target = databaseTarget()
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.uri,
      connectOptions: { serverSelectionTimeoutMS: 5000, connectTimeoutMS: 5000 },
    })
  }
  const file = target.uri.replace(/^file:/, '')
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return sqliteAdapter({
    client: { url: target.uri },
    push: false,
    migrationDir,
    prodMigrations: migrations,
    wal: true,
    busyTimeout: 10_000,
    // Off by default (Payload's own default for SQLite: one writer, and the admin's concurrent
    // requests would wait on each other's locks). Import and restore turn them on for their own
    // process, so that a file is written completely or not at all.
    ...(process.env.PAYLOAD_DB_TRANSACTIONS === '1' ? { transactionOptions: {} } : {}),
  })
}
