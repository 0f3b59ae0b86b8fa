// Lets the static build read the content layer's data store from its file when pages render,
// instead of compiling it into the server bundle. Astro turns `data-store.json` into one
// JavaScript module that Rollup then parses and bundles: at 10,000 documents that module is
// most of the bundling time. The file is the one Astro has just written in this build's cache
// folder and holds the same devalue-flattened value the module would export, so pages see
// exactly the same entries.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content'

/** @returns {import('astro').AstroIntegration} */
export default function runtimeDataStore() {
  return {
    name: 'chongde:runtime-data-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir))
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'chongde:runtime-data-store',
                enforce: 'pre',
                // Astro's own plugin (also `enforce: 'pre'`, registered first) would read and
                // parse the whole store and turn it into a module; a load hook ordered 'pre'
                // runs before it, and the first load that answers wins.
                load: {
                  order: 'pre',
                  handler(id) {
                    if (id !== RESOLVED_DATA_STORE_ID) return null
                    // A build without content has no file: the same empty store Astro would give.
                    // With content, a file gone by the time pages render fails the build rather
                    // than publish an empty site.
                    const code = existsSync(file)
                      ? `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`
                      : 'export default new Map();'
                    return { code, map: { mappings: '' } }
                  },
                },
              },
            ],
          },
        })
      },
    },
  }
}
