import { type DatabaseTarget, redactUri } from '../../cms/db/databaseUri'

/**
 * Fails fast, with the URI and the reason, when MongoDB cannot be reached: Payload itself would
 * keep retrying. SQLite needs no check: the file is created on first use.
 */
export async function checkDatabase(target: DatabaseTarget, timeoutMs = 4000): Promise<void> {
  if (target.kind !== 'mongodb') return
  const { default: mongoose } = await import('mongoose')
  const connection = mongoose.createConnection(target.uri, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
  })
  try {
    await connection.asPromise()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`无法连接数据库 ${redactUri(target.uri)}：${reason}`, { cause: error })
  } finally {
    await connection.close().catch(() => undefined)
  }
}
