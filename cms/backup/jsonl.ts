import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { createInterface } from 'node:readline'

import type { FileEntry } from './format'

/**
 * Appends JSON lines to a new file while hashing them, so the manifest's checksum costs no
 * second read. Written a page at a time: a large collection never sits in memory whole.
 */
export class JsonlWriter {
  private readonly hash = createHash('sha256')
  private size = 0
  count = 0

  private constructor(private readonly file: FileHandle) {}

  static async create(path: string): Promise<JsonlWriter> {
    return new JsonlWriter(await open(path, 'wx'))
  }

  async write(records: unknown[]): Promise<void> {
    if (records.length === 0) return
    const chunk = Buffer.from(records.map((r) => `${JSON.stringify(r)}\n`).join(''), 'utf8')
    await this.file.write(chunk)
    this.hash.update(chunk)
    this.size += chunk.length
    this.count += records.length
  }

  /** Flushes to disk (a backup that is not on disk is no backup) and returns size and checksum. */
  async close(): Promise<FileEntry> {
    await this.file.sync()
    await this.file.close()
    return { size: this.size, sha256: this.hash.digest('hex') }
  }
}

/**
 * The records of a JSON-lines file in batches of `batchSize`. `name` (the path in the archive)
 * goes into the error for a line that is not a JSON object, with the line number.
 */
export async function* readJsonl(
  path: string,
  name: string,
  batchSize = 500,
): AsyncGenerator<Record<string, unknown>[]> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })
  let batch: Record<string, unknown>[] = []
  let lineNo = 0
  for await (const line of lines) {
    lineNo += 1
    if (line === '') continue
    let record: unknown
    try {
      record = JSON.parse(line)
    } catch (error) {
      throw new Error(`备份中的 ${name} 第 ${lineNo} 行不是有效的 JSON：${(error as Error).message}`)
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record) || !('id' in record)) {
      throw new Error(`备份中的 ${name} 第 ${lineNo} 行不是带编号（id）的文档`)
    }
    batch.push(record as Record<string, unknown>)
    if (batch.length >= batchSize) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}
