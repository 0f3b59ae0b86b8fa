import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: cms/lib/ is two levels below it. */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Where the embedded database, the generated secret and uploads live (git-ignored). */
export const dataDir = (): string => path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(rootDir, '.data'))

/** Where `npm run export` writes published documents. */
export const contentDir = (): string => path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(rootDir, 'content'))

/** Uploaded media files (images, PDF attachments). */
export const mediaDir = (): string => path.join(/*turbopackIgnore: true*/ dataDir(), 'media')
