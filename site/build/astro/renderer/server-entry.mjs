// Entry of the renderer's server bundle (adapter.mjs): what ../renderSite.ts needs to
// enumerate and render every page the static build would.
import { App } from 'astro/app'

// The page modules, to call their getStaticPaths: Vite resolves these to the very modules the
// routes render with. Keys are relative to this file: site/pages/ is three folders up.
const modules = import.meta.glob(['../../../pages/**/*.astro', '../../../pages/**/*.ts'])
const PAGES = '../../../pages/'

export function createExports(manifest) {
  return {
    /** Astro's App over this bundle's manifest; responses are buffered, not streamed. */
    createApp: () => new App(manifest, false),
    /** The configured site URL (`site` in astro.config.mjs) the bundle was built for. */
    site: () => manifest.site,
    /** Route data in Astro's matching order (the order App#match tries them). */
    routes: () => manifest.routes.map((r) => r.routeData),
    /** The module of a route's page (`site/pages/…` component), or undefined. */
    pageModule: (component) => {
      const load = modules[`${PAGES}${component.replace(/^site\/pages\//, '')}`]
      return load ? load() : undefined
    },
  }
}
