import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes a file only when its bytes change, through a temporary file renamed into place, so a
 * reader (the site build) sees the old file or the new one, never half of one.
 * Returns whether the file was written.
 */
export async function writeIfChanged(file: string, data: string | Buffer): Promise<boolean> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  // Synchronous on purpose: an export compares thousands of small files, and Node's promise
  // readFile (four thread-pool trips per file) made that about four times slower.
  let current: Buffer | null = null
  try {
    current = readFileSync(file)
  } catch {
    current = null
  }
  if (current && current.equals(bytes)) return false
  await fs.mkdir(path.dirname(file), { recursive: true })
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await fs.writeFile(temp, bytes)
    await fs.rename(temp, file)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
  return true
}

/** Removes every file in `dir` (not recursing) that is not in `keep`; returns how many went. */
export async function removeOthers(dir: string, keep: Set<string>): Promise<number> {
  const names = await fs.readdir(dir).catch(() => [] as string[])
  let removed = 0
  for (const name of names) {
    if (keep.has(name)) continue
    await fs.rm(path.join(dir, name), { force: true, recursive: true })
    removed += 1
  }
  return removed
}
