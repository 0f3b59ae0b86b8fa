import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { writeIfChanged } from '../../content/shared/writeAtomic'
import { buildSidecars } from '../../site/build'
import { buildsDir, liveDir, trashDir } from './publishPaths'

/**
 * What the pipeline knows about a finished build, kept next to it as `builds/<id>.json` —
 * outside the served folder, so no web server ever publishes it. A build folder without one
 * never finished (a run killed half-way) and is never made live or rolled back to.
 */
export type BuildManifest = {
  id: string
  builtAt: string
  /** sha256 of the content folder the build was made from (see contentHash.ts). */
  contentHash: string
  pages: number
  /** The build that was live when this one went live: where `npm run rollback` returns to. */
  previous: string | null
  trigger: string
  /** sha256 of each top-level content folder (contentHash.ts): what an incremental publish compares. */
  contentFolders?: Record<string, string>
  /** siteCodeKey() of the code that made the build. */
  codeKey?: string
  /** The build day (Asia/Shanghai) its time limits and overdue marks were computed for. */
  today?: string
  /** Pages rendered by this build; the rest were reused from the build it updated. */
  rendered?: number
}

export const buildPath = (id: string): string => path.join(buildsDir(), id)
const manifestFile = (build: string): string => `${build}.json`

export async function readManifest(build: string): Promise<BuildManifest | null> {
  try {
    return JSON.parse(await fs.readFile(manifestFile(build), 'utf8')) as BuildManifest
  } catch {
    return null
  }
}

export async function writeManifest(build: string, manifest: BuildManifest): Promise<void> {
  await writeIfChanged(manifestFile(build), `${JSON.stringify(manifest, null, 2)}\n`)
}

/** Whether `build` is a complete site that can be served (a folder with its home page). */
export async function isServable(build: string): Promise<boolean> {
  return fs
    .access(path.join(build, 'index.html'))
    .then(() => true)
    .catch(() => false)
}

/** The build the live symlink points at, or null before the first publish (or if it is gone). */
export async function currentLiveBuild(): Promise<string | null> {
  try {
    const target = path.resolve(path.dirname(liveDir()), await fs.readlink(liveDir()))
    return (await isServable(target)) ? target : null
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
    throw new Error(`上线目录 ${live} 是普通目录而不是符号链接，为免误删，请系统管理员先手动移走它再发布。`)
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

/**
 * The builds a rollback can reach from `build`, newest first: `build` itself, then the build
 * that was live before it, and so on, as far as they still exist — at most `depth` steps back.
 */
export async function rollbackChain(build: string, depth: number): Promise<string[]> {
  const chain = [build]
  let current = build
  while (chain.length <= depth) {
    const previous = (await readManifest(current))?.previous
    if (!previous) break
    const candidate = buildPath(previous)
    if (chain.includes(candidate) || !(await isServable(candidate))) break
    chain.push(candidate)
    current = candidate
  }
  return chain
}

/**
 * Keeps the live build and the `keep` builds a rollback returns to (the one live before it,
 * and the one before that); removes everything else in the builds folder: older builds, a
 * build that was rolled back from, folders of runs that were killed half-way. Call it only
 * while holding the publish lock, so no build is in progress. Does nothing while no build is
 * live: nothing then says which folders are worth keeping.
 */
export async function pruneBuilds(keep = 2): Promise<void> {
  const live = await currentLiveBuild()
  if (!live) return
  const kept = new Set(
    (await rollbackChain(live, keep)).flatMap((build) =>
      [build, manifestFile(build), ...Object.values(buildSidecars(build))].map((file) => path.basename(file)),
    ),
  )
  const doomed = (await fs.readdir(buildsDir()).catch(() => [] as string[])).filter((name) => !kept.has(name))
  // Deleting a 10,000-page build takes seconds of disk work that nobody waits for: the builds
  // are renamed out of builds/ at once (same file system) and deleted by a detached process.
  const bin = path.join(trashDir(), `${Date.now()}-${randomBytes(3).toString('hex')}`)
  if (doomed.length) await fs.mkdir(bin, { recursive: true })
  for (const name of doomed) await fs.rename(path.join(buildsDir(), name), path.join(bin, name))
  const stale = await staleTrash()
  if (doomed.length || stale.length) removeInBackground(doomed.length ? [bin, ...stale] : stale)
}

/** Trash folders whose deletion was cut short (the machine stopped), left for more than ten minutes. */
async function staleTrash(): Promise<string[]> {
  const cutoff = Date.now() - 10 * 60_000
  const stale: string[] = []
  for (const name of await fs.readdir(trashDir()).catch(() => [] as string[])) {
    const info = await fs.stat(path.join(trashDir(), name)).catch(() => null)
    if (info && info.mtimeMs < cutoff) stale.push(path.join(trashDir(), name))
  }
  return stale
}

/** Deletes folders in a process of its own that outlives this one; deletes them here if it cannot start. */
function removeInBackground(dirs: string[]): void {
  const script =
    'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true })'
  const fallback = () =>
    Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true }))).catch(() => undefined)
  try {
    const child = spawn(process.execPath, ['-e', script, ...dirs], { detached: true, stdio: 'ignore' })
    child.on('error', fallback)
    child.unref()
  } catch {
    void fallback()
  }
}
