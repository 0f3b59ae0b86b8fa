// @ts-check
import { defineConfig } from 'astro/config'
import mdx from '@astrojs/mdx'
import tailwindcss from '@tailwindcss/vite'
import contentMedia from './site/build/astro/integrations/content-media.mjs'
import runtimeDataStore from './site/build/astro/integrations/runtime-data-store.mjs'
import pageManifest from './site/build/astro/integrations/page-manifest.mjs'
import rendererAdapter from './site/build/astro/renderer/adapter.mjs'
import { readBuildEnv } from './site/build/protocol'

/** What the site build tells Astro (site/build/protocol.ts). */
const env = readBuildEnv()

/** Where the exported JSON lives (`content/<collection>/<id>.json`). */
const contentDir = env.contentDir || './content'

/**
 * SITE_RENDERER_BUNDLE=1 builds the same site as a server bundle for the page renderer
 * (site/build/astro/renderer/adapter.mjs, site/build/astro/renderSite.ts) instead of static pages.
 */
const rendererBundle = env.rendererBundle

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  // `dist` is a symlink the publish pipeline switches atomically: never build straight into it.
  outDir: env.outDir || './dist-build',
  cacheDir: env.cacheDir || './.astro/cache',
  site: env.siteUrl || 'http://localhost:4321',
  trailingSlash: 'always',
  // A build that records page inputs for incremental publishing renders one page at a time, so
  // it knows which page read what (site/build/pageInputs.ts).
  build: { format: 'directory', concurrency: env.pageManifest ? 1 : 2 },
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
