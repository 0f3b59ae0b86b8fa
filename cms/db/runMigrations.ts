import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * The SQLite schema comes from committed migrations only (push is off). Production runs them
 * through `prodMigrations`; everywhere else (npm start, tests, scripts) they run here, once,
 * when Payload starts. MongoDB needs none.
 */
export async function runMigrations(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  if (process.env.NODE_ENV === 'production' || process.env.PAYLOAD_MIGRATING === 'true') return
  // Generated migrations type their arguments precisely; Payload's list takes them as unknown.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
