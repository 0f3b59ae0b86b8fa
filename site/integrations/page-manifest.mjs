// Writes the page manifest the middleware built up (site/lib/pageInputs.ts) to the file named
// by SITE_PAGE_MANIFEST once every page is generated. The publish pipeline keeps it beside the
// build and hands it to the next build as SITE_PREVIOUS_PAGES.
import { writeFile, rename } from 'node:fs/promises'

const MANIFEST_KEY = Symbol.for('chongde.pageManifest')

/** @returns {import('astro').AstroIntegration} */
export default function pageManifest() {
  return {
    name: 'chongde:page-manifest',
    hooks: {
      'astro:build:done': async () => {
        const file = process.env.SITE_PAGE_MANIFEST
        if (!file) return
        const session = /** @type {any} */ (globalThis)[MANIFEST_KEY]
        if (!session) throw new Error('页面清单：本次构建没有经过页面中间件，无法记录页面输入')
        const temp = `${file}.${process.pid}.tmp`
        await writeFile(temp, JSON.stringify(session.manifest))
        await rename(temp, file)
      },
    },
  }
}
