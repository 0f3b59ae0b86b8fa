import path from 'node:path'

import { rootDir } from '../../content/shared/paths'

export { rootDir }

/** Everything the publish pipeline keeps: builds, run history, the lock. Git-ignored. */
export const publishDir = (): string => path.resolve(process.env.PUBLISH_DIR ?? path.join(rootDir, '.publish'))

/** The live site: a symlink to one finished build, switched atomically. Serve this folder. */
export const liveDir = (): string => path.resolve(process.env.LIVE_DIR ?? path.join(rootDir, 'dist'))

export const buildsDir = (): string => path.join(publishDir(), 'builds')

/** Builds removed by pruning, until a background process has deleted them (liveSite.ts). */
export const trashDir = (): string => path.join(publishDir(), 'trash')
