// Builds the portal from a content directory into any output directory, then its search index
// (search/indexSite.ts). Used by the publish pipeline (which then switches the live `dist`
// symlink) and by tests.
//
//   npm run build:site -- [--content DIR] [--out DIR]   (CLI: scripts/build-site.ts)
import { randomBytes } from 'node:crypto'
import { cp, mkdir, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { rootDir } from '../../content/shared/paths'
import { runChildScript } from './child'
import type { IndexSiteInput, IndexSiteResult } from './search/indexSite'
import { linkFiles } from './linkFiles'
import { ensureRendererBundle } from './astro/rendererBundle'
import type { RenderSiteInput, RenderSiteResult } from './astro/renderSite'
import type { PageManifest } from './pageInputs'
import { toEnv, type BuildEnv } from './protocol'

const ROOT = rootDir

export interface BuildSiteOptions {
  /** Directory holding `<collection>/<id>.json` (and optionally `pages/`, `media/`). */
  contentDir?: string
  /** Where the site is written; emptied first. Never the live `dist` symlink itself. */
  outDir: string
  /** Absolute site URL for canonical links (default env SITE_URL or http://localhost:4321). */
  siteUrl?: string
  /** The build day (YYYY-MM-DD) every page is rendered for (default env SITE_TODAY, else today in Asia/Shanghai when each page renders). */
  today?: string
  /** Silence Astro's log output. */
  quiet?: boolean
  /** Called as each step starts: the Astro build, then the search index (for logs and error reports). */
  onProgress?: (step: 'astro' | 'search-index') => void
  /**
   * Where to keep what this build's pages were made from (page inputs, search records), so a
   * later build can reuse its unchanged pages. Files outside `outDir`: they are never served.
   */
  sidecars?: BuildSidecars
  /**
   * An earlier build to update: only pages whose inputs changed are rendered, the others are
   * hard links to its files (pageInputs.ts). Needs `sidecars`. The caller vouches that
   * the earlier build was made by the same code, site URL and day; `changedCollections` are
   * the content folders that differ from the content it was built from.
   */
  previous?: { dir: string; sidecars: BuildSidecars; changedCollections: string[] }
  /**
   * How pages are made: 'renderer' (default) renders them with the site's server bundle
   * (lib/renderSite.ts), falling back to 'static' — Astro's own `astro build` — if that fails;
   * env SITE_BUILD_ENGINE picks one for every build.
   */
  engine?: BuildEngine
}

export type BuildEngine = 'renderer' | 'static'

export interface BuildSidecars {
  /** Page manifest (pageInputs.ts PageManifest). */
  pages: string
  /** Search records (search/indexSite.ts SearchRecords). */
  records: string
}

/** What a build's pages were made from, kept beside it for the next incremental publish. */
export const buildSidecars = (build: string): BuildSidecars => ({
  pages: `${build}.pages.json`,
  records: `${build}.search.bin`,
})

export interface BuildSiteResult {
  outDir: string
  /** HTML pages written by Astro. */
  pages: number
  /** Pages in the search index (detail and MDX pages). */
  indexedPages: number
  /** Files written to `<outDir>/search-index`. */
  indexFiles: number
  /** HTML pages taken unchanged from the previous build (0 for a full build). */
  reusedPages: number
  /** Whether the search index was updated in place from the previous build's (rather than rebuilt). */
  indexPatched: boolean
  /** What made the pages; `fallback` says why the renderer was not used when it was asked for. */
  engine: BuildEngine
  fallback?: string
  /** Whether this build first had to build the renderer's server bundle (new code or pages). */
  bundleBuilt?: boolean
  /**
   * Milliseconds per step (`bundle`, `render` or `astro`, `link`, `index`; `render.<part>` inside
   * the renderer: see RenderSiteResult.timings), for logs and benchmarks.
   */
  steps: Record<string, number>
  durationMs: number
}

/** HTML pages in a site folder, 0 when there is none (a run that failed before writing). */
export async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length
}

/** HTML pages a page manifest lists (the same count as walking the folder, without walking 45,000 entries). */
async function countManifestHtml(file: string): Promise<number> {
  const manifest = JSON.parse(await readFile(file, 'utf8')) as PageManifest
  return Object.values(manifest.pages).filter((p) => p[2].endsWith('.html')).length
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep)

/**
 * The output folder is emptied first, so it must not be (or hold, or sit inside) anything that
 * cannot be rebuilt: the repository's own folders, the content, or the live site.
 */
async function refuseToOverwrite(outDir: string, contentDir: string): Promise<void> {
  const live = await realpath(path.join(ROOT, 'dist')).catch(() => null)
  const kept = [
    ROOT,
    contentDir,
    ...['cms', 'site', 'content', 'tests', 'scripts', 'docs', '.git', 'node_modules', '.data'].map((d) =>
      path.join(ROOT, d),
    ),
  ]
  const clash =
    outDir === path.parse(outDir).root ||
    kept.some((dir) => inside(dir, outDir) || (dir !== ROOT && inside(outDir, dir))) ||
    (live !== null && (inside(live, outDir) || inside(outDir, live))) ||
    inside(path.join(ROOT, 'dist'), outDir)
  if (clash)
    throw new Error(`构建网站失败：不能输出到 ${outDir}（会清空项目文件、内容或线上网站），请指定一个新的目录。`)
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = Date.now()
  const contentDir = path.resolve(ROOT, options.contentDir ?? 'content')
  const target = path.resolve(ROOT, options.outDir)
  await refuseToOverwrite(target, contentDir)
  const contentStat = await stat(contentDir).catch(() => null)
  if (!contentStat?.isDirectory()) throw new Error(`构建网站失败：内容目录不存在：${contentDir}`)

  // Astro builds an output folder outside the working directory through `<cwd>/.astro` (which
  // it then empties, and whose leftovers end up in the site): build such a target in a staging
  // folder inside the project and move the finished site there.
  const direct = inside(target, process.cwd())
  const outDir = direct
    ? target
    : path.join(ROOT, '.build', 'site-staging', `${Date.now()}-${process.pid}-${randomBytes(3).toString('hex')}`)
  await rm(target, { recursive: true, force: true })
  await mkdir(outDir, { recursive: true })
  try {
    const result = await buildInto(outDir, contentDir, options)
    if (!direct) await moveDir(outDir, target)
    return { ...result, outDir: target, durationMs: Date.now() - started }
  } finally {
    if (!direct) await rm(outDir, { recursive: true, force: true })
  }
}

/** Removes content-layer caches of builds that ended more than ten minutes ago. */
async function sweepOldCaches(cacheRoot: string): Promise<void> {
  const entries = await readdir(cacheRoot, { withFileTypes: true }).catch(() => [])
  const cutoff = Date.now() - 10 * 60_000
  for (const entry of entries) {
    const dir = path.join(cacheRoot, entry.name)
    const info = await stat(dir).catch(() => null)
    if (info && info.mtimeMs < cutoff) await rm(dir, { recursive: true, force: true })
  }
}

/** Renames a folder, or copies it when the target is on another file system (e.g. a tmpfs). */
async function moveDir(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true })
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, { recursive: true })
  }
}

/**
 * The Astro build's heap limit. V8 grows the heap lazily: uncapped, the build's resident memory
 * at 10,000 documents ranged 1.26–1.80 GB between identical runs; with 1,024 MB it stays about
 * 1.3 GB (live data is under 600 MB there). `SITE_BUILD_HEAP_MB` raises it for larger sites.
 */
function astroHeapMb(): number {
  const value = Number(process.env.SITE_BUILD_HEAP_MB ?? 1024)
  if (!Number.isInteger(value) || value < 256)
    throw new Error(`SITE_BUILD_HEAP_MB 应为不小于 256 的整数（MB），当前为 ${process.env.SITE_BUILD_HEAP_MB}`)
  return value
}

function engineOf(options: BuildSiteOptions): BuildEngine {
  const engine = options.engine ?? process.env.SITE_BUILD_ENGINE ?? 'renderer'
  if (engine !== 'renderer' && engine !== 'static')
    throw new Error(`SITE_BUILD_ENGINE 应为 renderer 或 static，当前为 ${engine}`)
  return engine
}

async function buildInto(
  outDir: string,
  contentDir: string,
  options: BuildSiteOptions,
): Promise<Omit<BuildSiteResult, 'durationMs'>> {
  // A fresh content-layer cache for every build: a stale data store is the one way an
  // unpublished document could survive into a new site (seen with several builds in one
  // process), and for JSON content there is little to reuse. Astro runs in a child process, so
  // once that has exited nothing writes to the cache any more and it can go (leftovers of a
  // killed build are swept by a later one).
  const cacheRoot = path.join(ROOT, '.build', 'astro-cache')
  const cacheDir = path.join(cacheRoot, `${Date.now()}-${process.pid}-${randomBytes(3).toString('hex')}`)
  await sweepOldCaches(cacheRoot)
  const { sidecars, previous } = options
  if (previous && !sidecars) throw new Error('增量构建需要指定本次构建的页面清单位置（sidecars）')
  for (const file of Object.values(sidecars ?? {})) await mkdir(path.dirname(file), { recursive: true })
  options.onProgress?.('astro')
  const heapMb = astroHeapMb()
  // What pages read at build time, whichever way they are made.
  const pageSettings: BuildEnv = {
    contentDir,
    siteUrl: options.siteUrl,
    today: options.today,
    pageManifest: sidecars?.pages,
    previousPages: previous?.sidecars.pages,
    changedCollections: previous?.changedCollections,
  }
  const pageEnv = toEnv(pageSettings)
  const steps: Record<string, number> = {}
  let stepStart = Date.now()
  const step = (name: string) => {
    steps[name] = (steps[name] ?? 0) + Date.now() - stepStart
    stepStart = Date.now()
  }
  let engine = engineOf(options)
  let fallback: string | undefined
  let bundleBuilt: boolean | undefined
  if (engine === 'renderer') {
    try {
      const bundle = await ensureRendererBundle({ contentDir, siteUrl: options.siteUrl, heapMb, quiet: options.quiet })
      bundleBuilt = bundle.built
      step('bundle')
      const input: RenderSiteInput = { root: ROOT, bundleDir: bundle.dir, contentDir, outDir }
      const rendered = await runChildScript<RenderSiteResult>('render-site', input, {
        quiet: options.quiet,
        heapMb,
        env: pageEnv,
      })
      step('render')
      for (const [name, ms] of Object.entries(rendered.timings)) steps[`render.${name}`] = ms
    } catch (error) {
      // `astro build` makes the same site (tests/site/incremental-build.test.ts): a renderer that cannot
      // run costs time, not the publish. A real content error fails that build too, with
      // Astro's message.
      fallback = error instanceof Error ? error.message : String(error)
      engine = 'static'
      await rm(outDir, { recursive: true, force: true })
      await mkdir(outDir, { recursive: true })
      if (sidecars) await rm(sidecars.pages, { force: true })
      step('render')
    }
  }
  if (engine === 'static') {
    await runChildScript<null>(
      'astro-build',
      { root: ROOT, outDir, cacheDir, quiet: options.quiet ?? false },
      { quiet: options.quiet, heapMb, env: toEnv({ ...pageSettings, outDir, cacheDir }) },
    ).finally(() => rm(cacheDir, { recursive: true, force: true }))
    step('astro')
  }
  options.onProgress?.('search-index')
  const indexInput: IndexSiteInput = {
    outDir,
    recordsFile: sidecars?.records,
    reused: previous
      ? { dir: previous.dir, recordsFile: previous.sidecars.records, pagesFile: sidecars!.pages }
      : undefined,
    pagesFile: sidecars?.pages,
  }
  // The index reads only the pages rendered now (reused ones' records come with the previous
  // build), so it runs in its own process while this one links the reused pages.
  const started = Date.now()
  const indexing = runChildScript<IndexSiteResult>('index-site', indexInput, { quiet: true }).then((result) => {
    steps.index = Date.now() - started
    return result
  })
  const linking = (async () => {
    const reused = previous ? await linkReusedPages(sidecars!.pages, previous.dir, outDir) : 0
    const pages = sidecars ? await countManifestHtml(sidecars.pages) : await countHtml(outDir)
    steps.link = Date.now() - started
    return { reused, pages }
  })()
  // Both settle before anything fails: a failed build's folder is removed by the caller, and
  // nothing may still be writing into it.
  const [linked, indexed] = await Promise.allSettled([linking, indexing])
  if (linked.status === 'rejected') throw linked.reason
  if (indexed.status === 'rejected') throw indexed.reason
  const { reused, pages } = linked.value
  const { indexedPages, indexFiles, patched } = indexed.value

  return {
    outDir,
    pages,
    indexedPages,
    indexFiles,
    reusedPages: reused,
    indexPatched: patched,
    engine,
    fallback,
    bundleBuilt,
    steps,
  }
}

/**
 * Reused pages link the scripts and styles of the build they came from by content-hashed name
 * (`/_astro/<name>.<hash>.css`), so they are only valid beside the very same assets. Tailwind's
 * CSS depends on more than the site's code (it scans the project for class names), so a
 * changed asset is possible without a code change: then the build is refused, and the publish
 * builds every page.
 */
async function sameAssets(fromDir: string, toDir: string): Promise<void> {
  const names = async (dir: string) =>
    (await readdir(path.join(dir, '_astro')).catch(() => [] as string[])).sort().join('\n')
  if ((await names(fromDir)) !== (await names(toDir)))
    throw new Error('增量构建：样式或脚本文件与上一版本不同，需要完整构建')
}

/**
 * Puts the earlier build's file of every page Astro skipped (inputs unchanged) into the new
 * build as a hard link: no bytes are copied, and builds never change a file once written, so
 * sharing it is safe. Returns how many of them are HTML pages. A file missing from the earlier build
 * fails the build rather than leave a hole in the site.
 */
async function linkReusedPages(manifestFile: string, fromDir: string, toDir: string): Promise<number> {
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as PageManifest
  await sameAssets(fromDir, toDir)
  const files = manifest.reused.map((p) => manifest.pages[p][2])
  linkFiles(
    fromDir,
    toDir,
    files,
    (file, error) => new Error(`增量构建失败：不能沿用上一版本的页面文件 ${file}（${error.message}），请完整重建。`),
  )
  return files.filter((file) => file.endsWith('.html')).length
}
