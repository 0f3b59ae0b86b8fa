// How the parts of one site build talk to each other, defined once: the build (buildSite.ts)
// starts child processes (children/) and Astro, whose config (astro.config.mjs, content.config.ts)
// and bundled code (astro/renderer/, astro/integrations/, pageInputs.ts, the pages) read their
// settings from the environment and share objects through globalThis. Imported from inside
// Astro's bundle too: nothing here may import Node modules.

/** globalThis keys (Symbol.for) shared by the page renderer and the code inside the Astro bundle. */
export const GLOBAL_KEYS = {
  /** The content layer's data store: a Map the renderer fills before it imports the bundle. */
  dataStore: 'chongde.dataStore',
  /** The props getStaticPaths gave for the path being rendered (astro/renderer/props-middleware.mjs). */
  rendererProps: 'chongde.renderer.props',
  /** The page-input session of a build that records page manifests (pageInputs.ts). */
  pageManifest: 'chongde.pageManifest',
} as const

export const globalSymbol = (name: keyof typeof GLOBAL_KEYS): symbol => Symbol.for(GLOBAL_KEYS[name])

/** What a build tells its children and Astro, as typed settings. */
export interface BuildEnv {
  /** CONTENT_DIR: the content folder the pages are built from. */
  contentDir?: string
  /** SITE_OUT_DIR: where `astro build` writes the site (or the renderer's bundle). */
  outDir?: string
  /** ASTRO_CACHE_DIR: Astro's cache folder of this build. */
  cacheDir?: string
  /** SITE_RENDERER_BUNDLE=1: build the server bundle the page renderer loads, not static pages. */
  rendererBundle?: boolean
  /** SITE_PAGE_MANIFEST: where to write the page manifest (what each page read); unset: none. */
  pageManifest?: string
  /** SITE_PREVIOUS_PAGES: the page manifest of the build being updated. */
  previousPages?: string
  /** SITE_CHANGED_COLLECTIONS: the content folders that changed since that build. */
  changedCollections?: string[]
  /** SITE_URL: the portal's absolute URL (canonical links, feeds, sitemap). */
  siteUrl?: string
  /** SITE_TODAY: the build day (YYYY-MM-DD) pages are rendered for; unset: today in Shanghai. */
  today?: string
}

const NAMES = {
  contentDir: 'CONTENT_DIR',
  outDir: 'SITE_OUT_DIR',
  cacheDir: 'ASTRO_CACHE_DIR',
  rendererBundle: 'SITE_RENDERER_BUNDLE',
  pageManifest: 'SITE_PAGE_MANIFEST',
  previousPages: 'SITE_PREVIOUS_PAGES',
  changedCollections: 'SITE_CHANGED_COLLECTIONS',
  siteUrl: 'SITE_URL',
  today: 'SITE_TODAY',
} as const satisfies Record<keyof BuildEnv, string>

/** The environment variables of some settings (unset ones are left out, so a parent's value stays). */
export function toEnv(settings: BuildEnv): Record<string, string> {
  const env: Record<string, string> = {}
  for (const key of Object.keys(NAMES) as (keyof BuildEnv)[]) {
    const value = settings[key]
    if (value === undefined || value === false || value === '') continue
    env[NAMES[key]] = value === true ? '1' : Array.isArray(value) ? value.join(',') : value
  }
  return env
}

/** The settings of an environment; an empty variable counts as unset. */
export function readBuildEnv(env: Record<string, string | undefined> = process.env): BuildEnv {
  const text = (key: keyof BuildEnv) => env[NAMES[key]] || undefined
  return {
    contentDir: text('contentDir'),
    outDir: text('outDir'),
    cacheDir: text('cacheDir'),
    rendererBundle: env[NAMES.rendererBundle] === '1',
    pageManifest: text('pageManifest'),
    previousPages: text('previousPages'),
    changedCollections: (env[NAMES.changedCollections] ?? '').split(',').filter(Boolean),
    siteUrl: text('siteUrl'),
    today: text('today'),
  }
}
