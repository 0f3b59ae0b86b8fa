// Copies uploads exported by the CMS (`<contentDir>/media/*`) into `<outDir>/media/` after a build,
// so `/media/<filename>` URLs in the exported JSON resolve. Writes inside outDir only; plain
// files with plain names only (copy-media.mjs, shared with the page renderer).
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { copyMedia } from '../../media.mjs'

/** @param {{ contentDir: string }} options @returns {import('astro').AstroIntegration} */
export default function contentMedia({ contentDir }) {
  let root = process.cwd()
  return {
    name: 'chongde:content-media',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root)
      },
      'astro:build:done': async ({ dir, logger }) => {
        const from = path.resolve(root, contentDir, 'media')
        const exists = await stat(from).then(
          (s) => s.isDirectory(),
          () => false,
        )
        if (!exists) return
        const to = fileURLToPath(new URL('./media/', dir))
        const copied = await copyMedia(from, to, (message) => logger.warn(message))
        logger.info(`copied ${copied} files ${from} -> ${to}`)
      },
    },
  }
}
