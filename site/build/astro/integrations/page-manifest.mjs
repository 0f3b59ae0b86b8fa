// Writes the page manifest the middleware built up (../../pageInputs.ts) once every page of an
// `astro build` is generated. The publish pipeline keeps it beside the build and hands it to the
// next build (SITE_PREVIOUS_PAGES, ../../protocol.ts).
import { writePageManifest } from '../../pageInputs'

/** @returns {import('astro').AstroIntegration} */
export default function pageManifest() {
  return {
    name: 'chongde:page-manifest',
    hooks: {
      'astro:build:done': async () => {
        await writePageManifest()
      },
    },
  }
}
