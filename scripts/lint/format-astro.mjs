// Prettier for the code of .astro components: formats each file's frontmatter (TypeScript) with
// the project's Prettier options and leaves the template alone.
//
//   node scripts/lint/format-astro.mjs --check | --write
//
// Why not prettier-plugin-astro: it prints `{…}` expressions in the template with JSX's rules,
// where a line break around text is insignificant, but Astro renders that whitespace. Measured
// on the fixture site: 195 of 260 files changed — `<a> 首页 </a>` in every page's navigation,
// breadcrumbs, labels. `htmlWhitespaceSensitivity: 'strict'` does not reach those expressions.
// The template's markup is therefore kept as written (the page bytes are the contract).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(\r?\n|$)/

function astroFiles(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory() && entry.name !== 'node_modules') astroFiles(full, out)
    else if (entry.isFile() && entry.name.endsWith('.astro')) out.push(full)
  }
  return out
}

/** The file with its frontmatter formatted, or the same text when it has none. */
export async function formatAstroFrontmatter(text, file) {
  const match = FRONTMATTER.exec(text)
  if (!match) return text
  const options = (await prettier.resolveConfig(file)) ?? {}
  const code = await prettier.format(match[1], { ...options, parser: 'typescript', filepath: `${file}.ts` })
  const body = code.trimEnd()
  return `---\n${body}${body ? '\n' : ''}---${match[2]}${text.slice(match[0].length)}`
}

const mode = process.argv[2]
if (mode !== '--check' && mode !== '--write') {
  console.error('usage: format-astro.mjs --check | --write')
  process.exit(2)
}
const unformatted = []
for (const file of astroFiles(path.join(root, 'site')).sort()) {
  const text = fs.readFileSync(file, 'utf8')
  let formatted
  try {
    formatted = await formatAstroFrontmatter(text, file)
  } catch (error) {
    console.error(`[format-astro] ${path.relative(root, file)}: ${error instanceof Error ? error.message : error}`)
    process.exitCode = 2
    continue
  }
  if (formatted === text) continue
  unformatted.push(path.relative(root, file))
  if (mode === '--write') fs.writeFileSync(file, formatted)
}
if (mode === '--check' && unformatted.length > 0) {
  for (const file of unformatted) console.error(`[warn] ${file}`)
  console.error(`[warn] frontmatter of ${unformatted.length} .astro files is not formatted: run npm run format`)
  process.exitCode = 1
} else if (mode === '--write') console.log(`formatted the frontmatter of ${unformatted.length} .astro files`)
else if (!process.exitCode) console.log('All .astro frontmatter uses Prettier code style!')
