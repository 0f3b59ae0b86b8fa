import path from 'node:path'

import { dataDir } from '../../content/shared/paths'

export type DatabaseTarget = { kind: 'mongodb'; uri: string } | { kind: 'sqlite'; uri: string }

/** `mongodb://` or `mongodb+srv://` selects MongoDB; anything else must be a SQLite `file:` URI. */
export function databaseTarget(uri = process.env.DATABASE_URI): DatabaseTarget {
  if (!uri) return { kind: 'sqlite', uri: `file:${path.join(dataDir(), 'cms.db')}` }
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return { kind: 'mongodb', uri }
  if (uri.startsWith('file:')) return { kind: 'sqlite', uri }
  throw new Error(
    `DATABASE_URI「${redactUri(uri)}」不受支持：请使用 file:路径（SQLite）或 mongodb:// / mongodb+srv://（MongoDB）。`,
  )
}

/** Hides a password in a connection string before it is printed. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@')
}
