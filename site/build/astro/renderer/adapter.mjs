// Builds the portal as a server bundle the page renderer (../renderSite.ts) loads to
// render pages without `astro build`: the same pages, layouts and styles as the static site,
// but each page rendered on request by one long-running loop, from content the renderer loads
// itself. Only used when SITE_RENDERER_BUNDLE=1 (astro.config.mjs).
//
// - Every route is rendered on demand (`prerender = false`), so Astro keeps all of them.
// - The content layer's data store is a Map the renderer fills before it imports the bundle
//   (globalThis[Symbol.for('chongde.dataStore')]): Astro's ImmutableDataStore reads entries
//   from that Map, so pages see exactly the entries the renderer loaded.
// - Props: a page's props come from its own getStaticPaths, which the renderer calls; the
//   middleware below hands them to the page (see props-middleware.mjs).
import { fileURLToPath } from 'node:url'
import { GLOBAL_KEYS } from '../../protocol'

const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content'

/** @returns {import('astro').AstroIntegration} */
export default function rendererAdapter() {
  return {
    name: 'chongde:renderer-adapter',
    hooks: {
      'astro:config:setup': ({ addMiddleware, updateConfig }) => {
        addMiddleware({ entrypoint: fileURLToPath(new URL('./props-middleware.mjs', import.meta.url)), order: 'pre' })
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'chongde:renderer-data-store',
                enforce: 'pre',
                // Ordered before Astro's own loader of this module, which would compile the
                // store of the bundle's build into it (see ../integrations/runtime-data-store.mjs).
                load: {
                  order: 'pre',
                  handler(id) {
                    if (id !== RESOLVED_DATA_STORE_ID) return null
                    return {
                      code: `export default (globalThis[Symbol.for(${JSON.stringify(GLOBAL_KEYS.dataStore)})] ??= new Map());`,
                      map: { mappings: '' },
                    }
                  },
                },
              },
            ],
          },
        })
      },
      'astro:route:setup': ({ route }) => {
        route.prerender = false
      },
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'chongde:renderer-adapter',
          serverEntrypoint: fileURLToPath(new URL('./server-entry.mjs', import.meta.url)),
          exports: ['createApp', 'routes', 'pageModule', 'site'],
          adapterFeatures: { buildOutput: 'server' },
          supportedAstroFeatures: {
            serverOutput: 'stable',
            staticOutput: 'stable',
            hybridOutput: 'stable',
            sharpImageService: 'stable',
          },
        })
      },
    },
  }
}
