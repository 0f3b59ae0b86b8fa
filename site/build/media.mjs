// Copies the uploads of an exported content folder (`<contentDir>/media/`) into a build, for both
// `astro build` (content-media.mjs) and the page renderer (astro/renderSite.ts), so the two
// publish the same files. Only plain files with plain names: a symlink could publish any file of
// the server, a dot-file configures some web servers, and a name with control or bidi characters
// shows as something it is not. Anything else is left out with a warning; it never stops a build.
import { copyFile, mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'

// Control characters, bidi overrides and isolates, zero-width characters, path separators.
const UNSAFE_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff/\\]/

/** @param {string} name */
export const isPublishableName = (name) => !name.startsWith('.') && !UNSAFE_NAME.test(name)

/**
 * @param {string} from `<contentDir>/media`
 * @param {string} to `<outDir>/media`
 * @param {(message: string) => void} warn
 * @returns {Promise<number>} files copied
 */
export async function copyMedia(from, to, warn) {
  let copied = 0
  /** @param {string} dir @param {string} target */
  const walk = async (dir, target) => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const source = path.join(dir, entry.name)
      if (!isPublishableName(entry.name) || !(entry.isFile() || entry.isDirectory())) {
        warn(
          `上传文件未发布（名称或类型不安全）：${JSON.stringify(path.relative(from, source))} (media entry skipped: not a plain file with a plain name)`,
        )
        continue
      }
      if (entry.isDirectory()) {
        await walk(source, path.join(target, entry.name))
        continue
      }
      await mkdir(target, { recursive: true })
      await copyFile(source, path.join(target, entry.name))
      copied++
    }
  }
  await walk(from, to)
  return copied
}
