import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import { dataDir, rootDir } from '../../content/shared/paths'
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, privateDir, privateFile, tighten } from '../lib/privateFiles'
import { migrations } from '../migrations'
import { databaseTarget } from './databaseUri'

const migrationDir = path.join(rootDir, 'cms', 'migrations')
const mongoMigrationDir = path.join(rootDir, 'cms', 'migrations-mongodb')

/**
 * SQLite (embedded default, schema from committed migrations, never pushed) or MongoDB when
 * DATABASE_URI says so. MongoDB gives up after a few seconds so that an unreachable server
 * fails start-up quickly instead of hanging. Only the adapter in use is loaded: the other one
 * (mongoose and the MongoDB driver, about 500 modules) would add 0.4 s to every command.
 */
export async function databaseAdapter(): Promise<DatabaseAdapterObj> {
  const target = databaseTarget()
  if (target.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    const { mongoMigrations } = await import('../migrations-mongodb')
    return mongooseAdapter({
      url: target.uri,
      migrationDir: mongoMigrationDir,
      prodMigrations: mongoMigrations,
      connectOptions: { serverSelectionTimeoutMS: 5000, connectTimeoutMS: 5000 },
    })
  }
  const file = path.resolve(target.uri.replace(/^file:/, ''))
  // The data folder is ours and holds only private files; a folder named in DATABASE_URI may
  // be shared with other things (the project root), so it is created private but never changed.
  if (path.dirname(file) === dataDir()) privateDir(dataDir())
  else fs.mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE })
  // SQLite gives its -wal and -shm files the database file's mode, so creating that file for
  // the owner only (an empty file is a new database) keeps all three private.
  privateFile(file)
  for (const journal of [`${file}-wal`, `${file}-shm`, `${file}-journal`]) tighten(journal, PRIVATE_FILE_MODE)
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
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
