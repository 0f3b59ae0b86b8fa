import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The repository root: the nearest folder above this module with a package.json. Walking up
 * (rather than a fixed '../..') keeps it right when the scripts run from their compiled bundle
 * in .build/.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir
    if (path.dirname(dir) === dir) throw new Error(`找不到项目根目录（自 ${from} 向上没有 package.json）`)
  }
}

export const rootDir = findRoot(path.dirname(fileURLToPath(import.meta.url)))

/** Where the embedded database, the generated secret and uploads live (git-ignored). */
export const dataDir = (): string =>
  path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(rootDir, '.data'))

/** Where `npm run export` writes published documents. */
export const contentDir = (): string =>
  path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(rootDir, 'content'))

/** Uploaded media files (images, PDF attachments). */
export const mediaDir = (): string => path.join(/*turbopackIgnore: true*/ dataDir(), 'media')
