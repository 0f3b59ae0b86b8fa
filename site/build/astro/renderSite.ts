// The page renderer: renders every page of the portal from a content folder with the server
// bundle of the site (rendererBundle.ts) instead of `astro build`. The pages, the
// paths and the files are the static build's — the same page code enumerated the way Astro's
// static build does (astro/dist/core/build/generate.js, Astro 5) — without paying for Astro's
// content sync and bundling on every publish: at 10,000 documents rendering all pages takes
// about a third of a static build (docs/benchmarks.md). tests/site/incremental-build.test.ts compares
// its output with a static build's, file for file.
//
// Runs in a child process (../children/render-site.ts): the bundle reads the store and the page
// inputs session from globals, and those must belong to one build.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import * as devalue from 'devalue'
import { jsonCollections } from '../../../content/model/schemas'
import { fingerprintOf, openPageInputsSession, outputFileOf, writePageManifest } from '../pageInputs'
import { globalSymbol } from '../protocol'
import { loadContentStore, type ContentStore } from './contentStore'
import { linkFiles } from '../linkFiles'
import { copyMedia } from '../media.mjs'

export interface RenderSiteInput {
  /** The Astro project root (for entries' `filePath`). */
  root: string
  /** A finished renderer bundle (`server/entry.mjs`, `client/`, `data-store.json`). */
  bundleDir: string
  contentDir: string
  /** Empty folder the site is written to. */
  outDir: string
}

export interface RenderSiteResult {
  /** Pages and endpoints rendered and written. */
  rendered: number
  /** Pages whose inputs were unchanged (left for the caller to link from the previous build). */
  reused: number
  timings: Record<string, number>
}

/** Astro's route data, as far as the renderer reads it (manifest.routes[].routeData). */
interface RouteData {
  route: string
  component: string
  type: 'page' | 'endpoint' | 'redirect' | 'fallback'
  pathname?: string
  params: string[]
  generate: (params: Record<string, string | undefined>) => string
}

interface Bundle {
  createApp: () => {
    render: (request: Request, options: { routeData: RouteData; locals: object }) => Promise<Response>
  }
  routes: () => RouteData[]
  pageModule: (component: string) => Promise<PageModule> | undefined
  site: () => string | undefined
}

interface StaticPath {
  params: Record<string, string | number | undefined>
  props?: Record<string, unknown>
}
type PageModule = {
  getStaticPaths?: (options: { paginate: unknown; routePattern: string }) => StaticPath[] | Promise<StaticPath[]>
}

const STORE = globalSymbol('dataStore')
const PROPS = globalSymbol('rendererProps')
/** Files written at once while the next pages render. */
const WRITES_IN_FLIGHT = 32

const trimSlashes = (s: string) => s.replace(/^\/+|\/+$/g, '')

/** Astro's stringifyParams: string values without surrounding slashes, numbers as strings, undefined dropped. */
function pathOf(route: RouteData, params: StaticPath['params']): string {
  const clean: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue
    if (typeof value !== 'string' && typeof value !== 'number')
      throw new Error(`${route.component}：getStaticPaths 的参数 ${key} 应为字符串或数字`)
    clean[key] = typeof value === 'string' ? trimSlashes(value) : value.toString()
  }
  return route.generate(clean)
}

/** Astro's paginate() (astro/dist/core/render/paginate.js) for a route, with base '/'. */
function paginateFor(route: RouteData) {
  const rest = route.params.includes('...page')
  if (!rest && !route.params.includes('page'))
    return () => {
      throw new Error(`${route.component}：分页路由需要 [page] 或 [...page] 参数`)
    }
  return (
    data: unknown[],
    {
      pageSize = 10,
      params = {},
      props = {},
    }: { pageSize?: number; params?: Record<string, string>; props?: Record<string, unknown> } = {},
  ) => {
    const size = pageSize || 10
    const lastPage = Math.max(1, Math.ceil(data.length / size))
    return [...Array(lastPage).keys()].map((num) => {
      const pageNum = num + 1
      const start = size === Infinity ? 0 : (pageNum - 1) * size
      const end = Math.min(start + size, data.length)
      const p = { ...params, page: !rest || pageNum > 1 ? String(pageNum) : undefined }
      const at = (page: string | undefined) => route.generate({ ...p, page }) || '/'
      const url = {
        current: at(p.page),
        next: pageNum === lastPage ? undefined : at(String(pageNum + 1)),
        prev: pageNum === 1 ? undefined : at(rest && pageNum - 1 === 1 ? undefined : String(pageNum - 1)),
        first: pageNum === 1 ? undefined : at(rest ? undefined : '1'),
        last: pageNum === lastPage ? undefined : at(String(lastPage)),
      }
      return {
        params: p,
        props: {
          ...props,
          page: {
            data: data.slice(start, end),
            start,
            end: end - 1,
            size,
            total: data.length,
            currentPage: pageNum,
            lastPage,
            url,
          },
        },
      }
    })
  }
}

/** The URL Astro's static build requests a path with (getUrlForPath, `build.format: 'directory'`, trailingSlash 'always'). */
function urlOf(pathname: string, route: RouteData, origin: string): URL {
  if (pathname === '/' || pathname === '') return new URL('/', origin)
  if (route.type === 'endpoint') return new URL(`/${pathname.replace(/^\/+/, '')}`, origin)
  return new URL(`/${trimSlashes(pathname)}/`, origin)
}

/** Every page of the site in Astro's order: routes by priority, each route's paths in getStaticPaths order. */
async function* pagesOf(
  bundle: Bundle,
): AsyncGenerator<{ route: RouteData; pathname: string; props: Record<string, unknown> }> {
  const seen = new Set<string>()
  for (const route of bundle.routes()) {
    // Astro's own routes (image endpoint, default pages) are not part of a static site.
    if (!route.component.startsWith('site/pages/') || route.type === 'redirect' || route.type === 'fallback') continue
    let paths: { pathname: string; props: Record<string, unknown> }[]
    if (route.pathname) paths = [{ pathname: route.pathname, props: {} }]
    else {
      const mod = await bundle.pageModule(route.component)
      if (!mod?.getStaticPaths) throw new Error(`${route.component}：动态路由没有 getStaticPaths`)
      const list = await mod.getStaticPaths({ paginate: paginateFor(route), routePattern: route.route })
      paths = list.map((item) => ({ pathname: pathOf(route, item.params), props: item.props ?? {} }))
    }
    for (const item of paths) {
      // A path two routes list belongs to the one that matches it first, as in a static build.
      const key = item.pathname.replace(/\/+$/, '')
      if (seen.has(key)) continue
      seen.add(key)
      yield { route, ...item }
    }
  }
}

/**
 * A page's path is its own: the same segments after URL parsing (which resolves `..` and reads a
 * backslash as `/`), none of them a dot segment or holding a separator once decoded, so its file
 * stays where its route puts it.
 */
function isOwnPath(listed: string, parsed: string, file: string): boolean {
  const decode = (segment: string) => {
    try {
      return decodeURIComponent(segment)
    } catch {
      return segment
    }
  }
  const before = listed.split('/').filter(Boolean).map(decode)
  const after = parsed.split('/').filter(Boolean).map(decode)
  return (
    before.length === after.length &&
    before.every(
      (segment, i) => segment === after[i] && segment !== '.' && segment !== '..' && !/[/\\]/.test(segment),
    ) &&
    !path.isAbsolute(file) &&
    !file.split('/').includes('..')
  )
}

/** Hard-links every file of `from` into `to`. */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true })
  linkFiles(
    from,
    to,
    entries.filter((e) => e.isFile()).map((e) => path.relative(from, path.join(e.parentPath, e.name))),
  )
}

export async function renderSite(input: RenderSiteInput): Promise<RenderSiteResult> {
  const timings: Record<string, number> = {}
  let mark = performance.now()
  const lap = (name: string) => {
    const now = performance.now()
    timings[name] = Math.round(now - mark)
    mark = now
  }

  const store: ContentStore = await loadContentStore(input.contentDir, input.root)
  // The hand-written MDX pages are compiled into the bundle: their entries come with it.
  const bundled = devalue.unflatten(
    JSON.parse(await readFile(path.join(input.bundleDir, 'data-store.json'), 'utf8')),
  ) as ContentStore
  for (const [name, entries] of bundled) if (!(name in jsonCollections)) store.set(name, entries)
  ;(globalThis as { [STORE]?: ContentStore })[STORE] = store
  lap('content')

  const bundle = (await import(pathToFileURL(path.join(input.bundleDir, 'server', 'entry.mjs')).href)) as Bundle
  const app = bundle.createApp()
  const origin = new URL(bundle.site() ?? 'http://localhost:4321').origin
  lap('bundle')

  // The static assets: public/ and the built scripts and styles.
  await linkTree(path.join(input.bundleDir, 'client'), input.outDir)
  lap('assets')

  // Opened here, before the first page, so the bundle's middleware records into this session.
  const session = openPageInputsSession()
  const dirs = new Map<string, Promise<unknown>>()
  const writing = new Set<Promise<void>>()
  let failed: unknown = null
  const write = (file: string, body: Buffer) => {
    const target = path.join(input.outDir, file)
    const dir = path.dirname(target)
    if (!dirs.has(dir)) dirs.set(dir, mkdir(dir, { recursive: true }))
    const job = dirs
      .get(dir)!
      .then(() => writeFile(target, body))
      .catch((error) => void (failed ??= error))
      .finally(() => writing.delete(job))
    writing.add(job)
  }

  let rendered = 0
  let reused = 0
  for await (const { route, pathname, props } of pagesOf(bundle)) {
    if (failed) break
    const url = urlOf(pathname, route, origin)
    const file = outputFileOf(url.pathname, route.route)
    // Paths come from content (ids, facet values): a page whose path was changed on the way (dot
    // segments resolved by the URL) or would land outside the build is refused, with a warning,
    // instead of overwriting another page or failing the publish.
    if (!isOwnPath(pathname, url.pathname, file)) {
      console.warn(
        `[站点] 已跳过路径不安全的页面：${JSON.stringify(pathname)} (page skipped: its path leaves its folder)`,
      )
      continue
    }
    if (session) {
      // What site/middleware.ts would decide for this page, without rendering it through Astro:
      // most pages of an incremental publish are unchanged.
      const before = session.reusable(url.pathname, fingerprintOf(route.route, props))
      if (before && before[2] === file) {
        session.record(url.pathname, before, true)
        reused++
        continue
      }
    }
    let response: Response
    try {
      response = await app.render(new Request(url), { routeData: route, locals: { [PROPS]: props } })
    } catch (error) {
      throw new Error(`页面生成失败：${url.pathname}（${route.component}）：${(error as Error).message}`, {
        cause: error,
      })
    }
    const isErrorPage = route.route === '/404' || route.route === '/500'
    if (response.status !== 200 && !isErrorPage)
      throw new Error(`页面生成失败：${url.pathname}（${route.component}）返回状态 ${response.status}`)
    // No body: nothing to write, as in a static build.
    if (!response.body) continue
    write(file, Buffer.from(await response.arrayBuffer()))
    rendered++
    while (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing)
  }
  await Promise.all(writing)
  if (failed) throw failed
  lap('pages')

  // Uploads the exported content links to (/media/<filename>), as the static build copies them.
  const media = path.join(input.contentDir, 'media')
  if (
    await stat(media).then(
      (s) => s.isDirectory(),
      () => false,
    )
  )
    await copyMedia(media, path.join(input.outDir, 'media'), (m) => console.warn(m))

  if (session) await writePageManifest()
  lap('finish')
  return { rendered, reused, timings }
}
