// Astro's build of the portal into one folder, run in a child process by the site build
// (../children/astro-build.ts through ../child.ts).
import { build } from 'astro'

export interface AstroBuildInput {
  root: string
  outDir: string
  cacheDir: string
  quiet: boolean
}

/**
 * Adds where Astro says it failed to the message: the file (content errors carry it in
 * `loc.file`), the page route being rendered (`id`, for errors while writing pages) and its hint.
 */
export function describeAstroError(error: unknown): string {
  const e = error as { message?: string; loc?: { file?: string }; id?: string; hint?: string }
  const message = (e?.message ?? String(error)).replace(/\*\*/g, '')
  const file = e?.loc?.file ? `\n文件 (file): ${e.loc.file}` : ''
  const route = typeof e?.id === 'string' && e.id ? `\n页面路由 (route): ${e.id}` : ''
  const hint = typeof e?.hint === 'string' && e.hint ? `\n提示 (hint): ${e.hint.replace(/\*\*/g, '').trim()}` : ''
  return `${message.trim()}${file}${route}${hint}`
}

/** Builds the site; CONTENT_DIR, SITE_OUT_DIR, ASTRO_CACHE_DIR (and SITE_URL) come from the environment. */
export async function runAstroBuild(input: AstroBuildInput): Promise<null> {
  try {
    await build({
      root: input.root,
      outDir: input.outDir,
      cacheDir: input.cacheDir,
      mode: 'production',
      logLevel: input.quiet ? 'error' : 'info',
    })
  } catch (error) {
    throw new Error(`站点构建失败 (Astro build failed):\n${describeAstroError(error)}`, { cause: error })
  }
  return null
}
