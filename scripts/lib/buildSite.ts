// Builds the portal from a content directory into any output directory, then its search index
// (scripts/lib/indexSite.ts). Used by the publish pipeline (which then switches the live `dist`
// symlink) and by tests.
//
//   npm run build:site -- [--content DIR] [--out DIR]   (CLI: scripts/build-site.ts)
import { randomBytes } from 'node:crypto';
import { cp, mkdir, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { rootDir } from '../../cms/lib/paths';
import { indexSite } from './indexSite';

const ROOT = rootDir;

export interface BuildSiteOptions {
  /** Directory holding `<collection>/<id>.json` (and optionally `pages/`, `media/`). */
  contentDir?: string;
  /** Where the site is written; emptied first. Never the live `dist` symlink itself. */
  outDir: string;
  /** Absolute site URL for canonical links (default env SITE_URL or http://localhost:4321). */
  siteUrl?: string;
  /** Silence Astro's log output. */
  quiet?: boolean;
  /** Called as each step starts: the Astro build, then the search index (for logs and error reports). */
  onProgress?: (step: 'astro' | 'search-index') => void;
}

export interface BuildSiteResult {
  outDir: string;
  /** HTML pages written by Astro. */
  pages: number;
  /** Pages in the search index (detail and MDX pages). */
  indexedPages: number;
  /** Files written to `<outDir>/search-index`. */
  indexFiles: number;
  durationMs: number;
}

async function countHtml(dir: string): Promise<number> {
  let n = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) n++;
  }
  return n;
}

/**
 * Adds where Astro says it failed to the message: the file (content errors carry it in
 * `loc.file`), the page route being rendered (`id`, for errors while writing pages) and its hint.
 */
function describeAstroError(error: unknown): string {
  const e = error as { message?: string; loc?: { file?: string }; id?: string; hint?: string };
  const message = (e?.message ?? String(error)).replace(/\*\*/g, '');
  const file = e?.loc?.file ? `\n文件 (file): ${e.loc.file}` : '';
  const route = typeof e?.id === 'string' && e.id ? `\n页面路由 (route): ${e.id}` : '';
  const hint = typeof e?.hint === 'string' && e.hint ? `\n提示 (hint): ${e.hint.replace(/\*\*/g, '').trim()}` : '';
  return `${message.trim()}${file}${route}${hint}`;
}

/** Sets environment variables for the duration of `fn` and restores them afterwards. */
async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);

/**
 * The output folder is emptied first, so it must not be (or hold, or sit inside) anything that
 * cannot be rebuilt: the repository's own folders, the content, or the live site.
 */
async function refuseToOverwrite(outDir: string, contentDir: string): Promise<void> {
  const live = await realpath(path.join(ROOT, 'dist')).catch(() => null);
  const kept = [ROOT, contentDir, ...['cms', 'site', 'content', 'tests', 'scripts', 'docs', '.git', 'node_modules', '.data'].map((d) => path.join(ROOT, d))];
  const clash =
    outDir === path.parse(outDir).root ||
    kept.some((dir) => inside(dir, outDir) || (dir !== ROOT && inside(outDir, dir))) ||
    (live !== null && (inside(live, outDir) || inside(outDir, live))) ||
    inside(path.join(ROOT, 'dist'), outDir);
  if (clash) throw new Error(`构建网站失败：不能输出到 ${outDir}（会清空项目文件、内容或线上网站），请指定一个新的目录。`);
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = Date.now();
  const contentDir = path.resolve(ROOT, options.contentDir ?? 'content');
  const target = path.resolve(ROOT, options.outDir);
  await refuseToOverwrite(target, contentDir);
  const contentStat = await stat(contentDir).catch(() => null);
  if (!contentStat?.isDirectory()) throw new Error(`构建网站失败：内容目录不存在：${contentDir}`);

  // Astro builds an output folder outside the working directory through `<cwd>/.astro` (which
  // it then empties, and whose leftovers end up in the site): build such a target in a staging
  // folder inside the project and move the finished site there.
  const direct = inside(target, process.cwd());
  const outDir = direct ? target : path.join(ROOT, '.build', 'site-staging', `${Date.now()}-${process.pid}-${randomBytes(3).toString('hex')}`);
  await rm(target, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  try {
    const result = await buildInto(outDir, contentDir, options);
    if (!direct) await moveDir(outDir, target);
    return { ...result, outDir: target, durationMs: Date.now() - started };
  } finally {
    if (!direct) await rm(outDir, { recursive: true, force: true });
  }
}

/** Removes content-layer caches of builds that ended more than ten minutes ago. */
async function sweepOldCaches(cacheRoot: string): Promise<void> {
  const entries = await readdir(cacheRoot, { withFileTypes: true }).catch(() => []);
  const cutoff = Date.now() - 10 * 60_000;
  for (const entry of entries) {
    const dir = path.join(cacheRoot, entry.name);
    const info = await stat(dir).catch(() => null);
    if (info && info.mtimeMs < cutoff) await rm(dir, { recursive: true, force: true });
  }
}

/** Renames a folder, or copies it when the target is on another file system (e.g. a tmpfs). */
async function moveDir(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
  }
}

async function buildInto(outDir: string, contentDir: string, options: BuildSiteOptions): Promise<Omit<BuildSiteResult, 'durationMs'>> {

  // A fresh content-layer cache for every build: a stale data store is the one way an
  // unpublished document could survive into a new site (seen with several builds in one
  // process), and for JSON content there is little to reuse.
  const cacheRoot = path.join(ROOT, '.build', 'astro-cache');
  const cacheDir = path.join(cacheRoot, `${Date.now()}-${process.pid}-${randomBytes(3).toString('hex')}`);
  // Astro flushes its data store on a timer after the build returns, so a cache is removed by a
  // later build, once it is surely idle, never right after its own.
  await sweepOldCaches(cacheRoot);
  const { build } = await import('astro');
  options.onProgress?.('astro');
  await withEnv(
    {
      CONTENT_DIR: contentDir,
      SITE_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
    },
    async () => {
      try {
        await build({
          root: ROOT,
          outDir,
          cacheDir,
          mode: 'production',
          logLevel: options.quiet ? 'error' : 'info',
        });
      } catch (error) {
        throw new Error(`站点构建失败 (Astro build failed):\n${describeAstroError(error)}`, { cause: error });
      }
    },
  );
  const pages = await countHtml(outDir);

  options.onProgress?.('search-index');
  const { indexedPages, indexFiles } = await indexSite(outDir);

  return { outDir, pages, indexedPages, indexFiles };
}
