import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * One sha256 over every file of a content folder (relative path, size and bytes, in sorted
 * order), ignoring dot-files (editor and OS litter, the export's in-flight temporary files).
 * Two folders with the same hash build the same site. Each build stores the hash of the
 * content it was built from, so "has anything changed?" is asked of the live site — not of
 * the last export, which a failed run or a rollback leaves ahead of what is live.
 */
export async function contentHash(dir: string): Promise<string> {
  const files: string[] = []
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name))
    if (relative.split(path.sep).some((part) => part.startsWith('.'))) continue
    files.push(relative.split(path.sep).join('/'))
  }
  const hash = createHash('sha256')
  for (const file of files.sort()) {
    const bytes = await fs.readFile(path.join(dir, file))
    hash.update(`${file}\0${bytes.length}\0`)
    hash.update(bytes)
  }
  return hash.digest('hex')
}
