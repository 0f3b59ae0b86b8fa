import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { rootDir } from '../../content/shared/paths'

/**
 * What besides content decides how pages look: the portal's code, its config, locked
 * dependencies, which pages the search index reads, how the page renderer loads content and
 * renders, and the hand-written pages a content folder without its own `pages/` falls back to
 * (site/content.config.ts).
 */
const SOURCES = [
  'site',
  'astro.config.mjs',
  'tsconfig.json',
  'package-lock.json',
  'content/pages',
  'content/shared',
  'content/model',
]
/** Settings read at build time that change pages. */
const SETTINGS = ['SITE_URL', 'SITE_ID_CODE']

/**
 * A digest of everything other than content and the day that a built page depends on. An
 * incremental publish reuses pages only from a build with the same key: after a deploy (new
 * code or dependencies), a changed site URL or a new Node.js, every page is rendered again.
 */
export async function siteCodeKey(root = rootDir): Promise<string> {
  const hash = createHash('sha256')
  for (const source of SOURCES) {
    const full = path.join(root, source)
    const info = await fs.stat(full).catch(() => null)
    if (!info) {
      hash.update(`${source}\0missing\0`)
      continue
    }
    const files = info.isDirectory()
      ? (await fs.readdir(full, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map((e) => path.join(e.parentPath, e.name))
      : [full]
    for (const file of files.sort()) {
      const bytes = await fs.readFile(file)
      hash.update(`${path.relative(root, file).split(path.sep).join('/')}\0${bytes.length}\0`).update(bytes)
    }
  }
  for (const name of SETTINGS) hash.update(`${name}=${process.env[name] ?? ''}\0`)
  hash.update(`node ${process.version}\0`)
  return hash.digest('hex')
}
