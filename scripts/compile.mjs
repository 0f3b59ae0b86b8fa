// Compiles the command-line entry points (TypeScript) into .build/scripts/*.mjs with esbuild.
// Why not `node --import tsx`: on Node 20 its off-thread module hooks left the import of the
// Payload config unsettled in about one run in five (exit 13, or a hang), so every command
// and the admin's publish runs start from plain JavaScript instead. Takes well under a second.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/**
 * Packages stay in node_modules (native modules, Astro, Payload) — except the Lexical rich-text
 * editor: Node 20's ESM loader deadlocks on about half of the loads of its module graph (the
 * import never settles), so it is bundled in and loaded as one file.
 */
const BUNDLED = /^(@payload-config$|@payloadcms\/richtext-lexical|@lexical\/|lexical$)/
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      BUNDLED.test(args.path) ? undefined : { path: args.path, external: true },
    )
  },
}

export const ENTRY_POINTS = [
  'start',
  'publish',
  'rollback',
  'export',
  'seed',
  'build-site',
  'check-payload-types',
  'import',
  'parse-notice',
  'backup',
  'restore',
  'unlock',
]
/** The site build's child processes (site/build/child.ts runs them): .build/scripts/children/<name>.mjs. */
export const CHILD_ENTRY_POINTS = ['astro-build', 'render-site', 'index-site']
/** Benchmarks written in TypeScript (bench/<name>.ts → .build/bench/<name>.mjs). */
export const BENCH_ENTRY_POINTS = [
  'search-quality',
  'search-browser',
  'search-pagefind',
  'libraries',
  'notices/accuracy',
]

export async function compileScripts({ bench = false } = {}) {
  await build({
    absWorkingDir: root,
    entryPoints: bench
      ? BENCH_ENTRY_POINTS.map((name) => `bench/${name}.ts`)
      : [
          ...ENTRY_POINTS.map((name) => ({ in: `scripts/${name}.ts`, out: name })),
          ...CHILD_ENTRY_POINTS.map((name) => ({ in: `site/build/children/${name}.ts`, out: `children/${name}` })),
        ],
    outdir: bench ? '.build/bench' : '.build/scripts',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [externalPackages],
    loader: { '.css': 'empty', '.scss': 'empty' },
    tsconfig: 'tsconfig.json',
    sourcemap: 'inline',
    logLevel: 'warning',
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await compileScripts({ bench: process.argv.includes('--bench') }).catch((error) => {
    console.error(`[编译] 命令行脚本编译失败：${error.message}`)
    process.exit(1)
  })
}
