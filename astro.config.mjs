// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import contentMedia from './site/integrations/content-media.mjs';

/** Where the exported JSON lives (`content/<collection>/<id>.json`). */
const contentDir = process.env.CONTENT_DIR || './content';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  // `dist` is a symlink the publish pipeline switches atomically: never build straight into it.
  outDir: process.env.SITE_OUT_DIR || './dist-build',
  cacheDir: process.env.ASTRO_CACHE_DIR || './.astro/cache',
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  integrations: [mdx(), contentMedia({ contentDir })],
  markdown: { smartypants: false },
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
