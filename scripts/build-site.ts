// `npm run build:site -- [--content DIR] [--out DIR] [--engine renderer|static]`: builds the
// portal from a content folder into any output folder and indexes it (see lib/buildSite.ts),
// with the page renderer (default) or `astro build`. The publish pipeline uses the same
// function and then switches the live site.
import { buildSite, type BuildEngine } from '../site/build'

function parseArgs(argv: string[]): { contentDir?: string; outDir?: string; engine?: BuildEngine } {
  const out: { contentDir?: string; outDir?: string; engine?: BuildEngine } = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [flag, inline] = arg.split('=', 2)
    const value = () => inline ?? argv[++i]
    if (flag === '--content') out.contentDir = value()
    else if (flag === '--out') out.outDir = value()
    else if (flag === '--engine') {
      const engine = value()
      if (engine !== 'renderer' && engine !== 'static')
        throw new Error(`--engine 应为 renderer 或 static，而不是 ${engine}`)
      out.engine = engine
    } else
      throw new Error(
        `unknown argument: ${arg} (usage: build-site.ts [--content DIR] [--out DIR] [--engine renderer|static])`,
      )
  }
  return out
}

{
  try {
    const args = parseArgs(process.argv.slice(2))
    const result = await buildSite({
      contentDir: args.contentDir ?? process.env.CONTENT_DIR ?? 'content',
      outDir: args.outDir ?? process.env.SITE_OUT_DIR ?? 'dist-build',
      engine: args.engine,
    })
    if (result.fallback) console.error(`页面渲染器未能生成网站，已改用 astro build：${result.fallback}`)
    console.log(
      `built ${result.pages} pages (${result.engine}), indexed ${result.indexedPages} into ${result.outDir} in ${(result.durationMs / 1000).toFixed(1)}s`,
    )
    console.log(
      `steps: ${Object.entries(result.steps)
        .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}s`)
        .join(', ')}`,
    )
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  }
}
