// @ts-check
import { defineConfig } from 'astro/config'
import mdx from '@astrojs/mdx'
import tailwindcss from '@tailwindcss/vite'
import contentMedia from './site/integrations/content-media.mjs'
import runtimeDataStore from './site/integrations/runtime-data-store.mjs'
import pageManifest from './site/integrations/page-manifest.mjs'
import rendererAdapter from './site/renderer/adapter.mjs'

/** Where the exported JSON lives (`content/<collection>/<id>.json`). */
const contentDir = process.env.CONTENT_DIR || './content'

/**
 * SITE_RENDERER_BUNDLE=1 builds the same site as a server bundle for the page renderer
 * (site/renderer/adapter.mjs, scripts/lib/renderSite.ts) instead of static pages.
 */
const rendererBundle = process.env.SITE_RENDERER_BUNDLE === '1'

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  // `dist` is a symlink the publish pipeline switches atomically: never build straight into it.
  outDir: process.env.SITE_OUT_DIR || './dist-build',
  cacheDir: process.env.ASTRO_CACHE_DIR || './.astro/cache',
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  // A build that records page inputs for incremental publishing renders one page at a time, so
  // it knows which page read what (site/lib/pageInputs.ts).
  build: { format: 'directory', concurrency: process.env.SITE_PAGE_MANIFEST ? 1 : 2 },
  integrations: rendererBundle ? [mdx()] : [mdx(), contentMedia({ contentDir }), runtimeDataStore(), pageManifest()],
  ...(rendererBundle ? { output: 'server', adapter: rendererAdapter() } : {}),
  markdown: { smartypants: false },
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay same-origin files, never inlined, so the CSP needs no 'unsafe-inline' for
    // script-src (scripts/lib/securityHeaders.ts); other assets keep Vite's 4 KB default.
    build: { assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined) },
  },
  devToolbar: { enabled: false },
})
