import fs from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

/** Every file under `dir` as text (gzip-compressed files decompressed first). */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    let bytes = await fs.readFile(file)
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes)
    out.set(path.relative(dir, file), bytes.toString('utf8'))
  }
  return out
}

/** The files under `dir` whose (decompressed) text contains `marker`. */
export async function filesContaining(dir: string, marker: string): Promise<string[]> {
  const hits: string[] = []
  for (const [file, text] of await readTree(dir)) if (text.includes(marker)) hits.push(file)
  return hits
}

/** Files that differ between two folders (missing on either side included), sorted. */
export async function treeDifferences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([readTree(a), readTree(b)])
  const names = new Set([...left.keys(), ...right.keys()])
  return [...names].filter((name) => left.get(name) !== right.get(name)).sort()
}
