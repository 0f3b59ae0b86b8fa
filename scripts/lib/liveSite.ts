import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { buildsDir, liveDir } from './publishPaths'

/** The build the live symlink points at, or null before the first publish (or if it is gone). */
export async function currentLiveBuild(): Promise<string | null> {
  try {
    const target = path.resolve(path.dirname(liveDir()), await fs.readlink(liveDir()))
    await fs.access(path.join(target, 'index.html'))
    return target
  } catch {
    return null
  }
}

/**
 * Points the live folder at a finished build in one rename(2) of a symlink: a web server sees
 * the old site or the new one, never a mix. A real directory left at the live path (from an
 * older layout) is refused rather than deleted.
 */
export async function switchLive(buildDir: string): Promise<void> {
  const live = liveDir()
  const stat = await fs.lstat(live).catch(() => null)
  if (stat && !stat.isSymbolicLink()) {
    throw new Error(`上线目录 ${live} 是普通目录而不是符号链接，为免误删，请先手动移走它。`)
  }
  const temp = `${live}.${randomBytes(4).toString('hex')}.tmp`
  await fs.symlink(path.relative(path.dirname(live), buildDir), temp)
  try {
    await fs.rename(temp, live)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
}

/** Finished builds, oldest first (their names sort by time). */
export async function listBuilds(): Promise<string[]> {
  const names = await fs.readdir(buildsDir()).catch(() => [] as string[])
  return names.sort().map((n) => path.join(buildsDir(), n))
}

/** Keeps the live build and the `keep` newest others (for rollback); removes the rest. */
export async function pruneBuilds(keep = 2): Promise<void> {
  const live = await currentLiveBuild()
  const others = (await listBuilds()).filter((b) => b !== live)
  for (const old of others.slice(0, Math.max(0, others.length - keep))) {
    await fs.rm(old, { recursive: true, force: true })
  }
}
