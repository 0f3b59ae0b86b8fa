import { copyFile, link, mkdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'

import { listFiles, sha256File } from './archive'
import { MEDIA_PREFIX, type FileEntry } from './format'

/** The media folder's files, or none when it does not exist yet. */
async function mediaFiles(mediaDir: string): Promise<string[]> {
  try {
    return await listFiles(mediaDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/**
 * Puts every file of the media folder under `<stagingDir>/media/` and hashes the staged copy.
 * A hard link when the staging folder is on the same disk (no second copy of gigabytes of
 * uploads), a copy otherwise.
 */
export async function stageMedia(mediaDir: string, stagingDir: string): Promise<Record<string, FileEntry>> {
  const staged: Record<string, FileEntry> = {}
  for (const name of await mediaFiles(mediaDir)) {
    const from = path.join(mediaDir, name)
    const to = path.join(stagingDir, MEDIA_PREFIX, name)
    await mkdir(path.dirname(to), { recursive: true })
    await link(from, to).catch(() => copyFile(from, to))
    staged[`${MEDIA_PREFIX}${name}`] = await sha256File(to)
  }
  return staged
}

export async function countMediaFiles(mediaDir: string): Promise<number> {
  return (await mediaFiles(mediaDir)).length
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  )
}

/**
 * Replaces the media folder with the unpacked one by renames only (both live in the data
 * folder, so each rename is atomic). Returns the undo, which puts the previous folder back;
 * until then it waits in `asideDir`, which the caller deletes with its staging folder.
 */
export async function swapMediaDir(mediaDir: string, unpacked: string, asideDir: string): Promise<() => Promise<void>> {
  const hadMedia = await exists(mediaDir)
  const hasNew = await exists(unpacked)
  if (hadMedia) await rename(mediaDir, asideDir)
  try {
    if (hasNew) await rename(unpacked, mediaDir)
  } catch (error) {
    if (hadMedia) await rename(asideDir, mediaDir)
    throw error
  }
  return async () => {
    if (hasNew) await rename(mediaDir, unpacked)
    if (hadMedia) await rename(asideDir, mediaDir)
  }
}
