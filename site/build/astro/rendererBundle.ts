// The server bundle the page renderer loads (renderer/adapter.mjs, renderSite.ts):
// built once per version of the site's code, settings and hand-written MDX pages, kept under
// `.build/renderer/<key>/` and reused by every publish until one of those changes.
import { randomBytes, createHash } from 'node:crypto'
import { access, cp, mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as devalue from 'devalue'
import { rootDir } from '../../../content/shared/paths'
import { runChildScript } from '../child'
import { contentSnapshot } from '../contentHash'
import { siteCodeKey } from '../codeKey'
import { toEnv } from '../protocol'

/** Bundles kept: the current one and a few earlier ones a rollback or a second checkout may still use. */
const KEEP = 3

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

/** The hand-written pages a build of `contentDir` uses (site/content.config.ts picks the same folder). */
async function pagesDirOf(contentDir: string, root: string): Promise<string> {
  const own = path.join(contentDir, 'pages')
  return (await stat(own).then(
    (s) => s.isDirectory(),
    () => false,
  ))
    ? own
    : path.join(root, 'content', 'pages')
}

export interface RendererBundleOptions {
  contentDir: string
  /** SITE_URL the bundle is built for (it is compiled in); default the environment's. */
  siteUrl?: string
  heapMb: number
  quiet?: boolean
  root?: string
}

/** Everything compiled into a bundle: the site's code key, the site URL and the MDX pages. */
async function bundleKey(pagesDir: string, siteUrl: string, root: string): Promise<string> {
  const pages = (await stat(pagesDir).then(
    () => true,
    () => false,
  ))
    ? (await contentSnapshot(pagesDir)).hash
    : 'none'
  return createHash('sha256')
    .update(`${await siteCodeKey(root)}\0${siteUrl}\0${pages}`)
    .digest('hex')
    .slice(0, 32)
}

/** Returns the folder of a finished bundle for this code and these pages, building it first when there is none. */
export async function ensureRendererBundle(options: RendererBundleOptions): Promise<{ dir: string; built: boolean }> {
  const root = options.root ?? rootDir
  const siteUrl = options.siteUrl ?? process.env.SITE_URL ?? ''
  const pagesDir = await pagesDirOf(options.contentDir, root)
  const bundles = path.join(root, '.build', 'renderer')
  const dir = path.join(bundles, await bundleKey(pagesDir, siteUrl, root))
  if (await exists(path.join(dir, 'data-store.json'))) {
    const now = new Date()
    await utimes(dir, now, now).catch(() => undefined)
    return { dir, built: false }
  }

  const work = path.join(bundles, `.tmp-${Date.now()}-${process.pid}-${randomBytes(3).toString('hex')}`)
  try {
    // A content folder holding only the MDX pages: the bundle compiles them in; the exported
    // documents are loaded by the renderer at each publish.
    const content = path.join(work, 'content')
    await mkdir(content, { recursive: true })
    if (await exists(pagesDir)) await cp(pagesDir, path.join(content, 'pages'), { recursive: true })
    const out = path.join(work, 'bundle')
    const cacheDir = path.join(work, 'cache')
    await runChildScript<null>(
      'astro-build',
      { root, outDir: out, cacheDir, quiet: options.quiet ?? false },
      {
        quiet: options.quiet,
        heapMb: options.heapMb,
        env: {
          ...toEnv({ rendererBundle: true, contentDir: content, outDir: out, cacheDir, siteUrl: options.siteUrl }),
        },
      },
    )
    // The pages' entries, as the bundle's build stored them (none without pages).
    const store = path.join(cacheDir, 'data-store.json')
    if (await exists(store)) await cp(store, path.join(out, 'data-store.json'))
    else await writeFile(path.join(out, 'data-store.json'), devalue.stringify(new Map()))
    await rename(out, dir).catch(async (error: NodeJS.ErrnoException) => {
      // Another build made the same bundle meanwhile: keep that one.
      if ((error.code === 'ENOTEMPTY' || error.code === 'EEXIST') && (await exists(path.join(dir, 'data-store.json'))))
        return
      throw error
    })
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  await pruneBundles(bundles, dir)
  return { dir, built: true }
}

/** Removes all but the most recently used bundles, and work folders of builds that died over ten minutes ago. */
async function pruneBundles(bundles: string, current: string): Promise<void> {
  const entries = await readdir(bundles, { withFileTypes: true }).catch(() => [])
  const dirs = await Promise.all(
    entries
      .filter((e) => e.isDirectory())
      .map(async (e) => ({
        dir: path.join(bundles, e.name),
        tmp: e.name.startsWith('.tmp-'),
        mtime: (await stat(path.join(bundles, e.name))).mtimeMs,
      })),
  )
  const stale = dirs.filter((d) => d.tmp && d.mtime < Date.now() - 10 * 60_000)
  const old = dirs
    .filter((d) => !d.tmp && d.dir !== current)
    .sort((a, b) => b.mtime - a.mtime)
    .slice(KEEP - 1)
  for (const d of [...stale, ...old]) await rm(d.dir, { recursive: true, force: true })
}
