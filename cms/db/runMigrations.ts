import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * The SQLite schema comes from committed migrations only (push is off). Production runs them
 * through `prodMigrations`; everywhere else (npm start, tests, scripts) they run here, once,
 * when Payload starts. MongoDB needs no schema, only the data moves of cms/migrations-mongodb/,
 * run the same way.
 */
export async function runMigrations(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV === 'production' || process.env.PAYLOAD_MIGRATING === 'true') return
  const list = payload.db.name === 'sqlite' ? migrations : (await import('../migrations-mongodb')).mongoMigrations
  // Generated migrations type their arguments precisely; Payload's list takes them as unknown.
  await payload.db.migrate({ migrations: list as unknown as Migration[] })
}
