// Page-weight budgets (issue 3). Measures, for one representative page of each type in a built
// site, the gzipped weight of the HTML plus the stylesheets it links and every script it loads,
// prints a table and checks the budgets:
//
//   - case and disclosure pages: HTML + CSS at most 25 KB gzipped (1 KB = 1024 bytes, zlib gzip
//     level 9, each file compressed on its own as a server would send it);
//   - case and disclosure pages: no JavaScript except the 适老化 (accessibility) script, which is
//     recognised by the marker string `cdql-a11y` in its URL or its content;
//   - the search page: the search index (`/search-index/…`) is not loaded eagerly — not by a
//     `<script src>`, not by a `<link rel="modulepreload|preload|prefetch">` and not by a static
//     `import` (the page's own small search script fetches it when the box is used).
//
//   node bench/page-budgets.mjs [SITE_DIR] [--json FILE]
//
// SITE_DIR defaults to the live `dist` symlink of this repository. Exit code 1 if a budget is
// exceeded (or a page it needs is missing), 2 on a usage error. No timing: it only prints numbers.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

import * as cheerio from 'cheerio'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const KB = 1024
export const HTML_CSS_BUDGET = 25 * KB
export const A11Y_MARKER = 'cdql-a11y'
/** Above this the 适老化 script is no longer "small": reported as a warning, not a failure. */
export const A11Y_SCRIPT_WARN = 4 * KB

/** Page types measured; `budget` marks the ones the issue gives budgets for. */
export const PAGE_TYPES = [
  { key: 'home', label: '首页', find: () => '/' },
  {
    key: 'case',
    label: '典型案例',
    find: (dir) => firstDetail(dir, 'cases'),
    budget: 'detail',
    all: (dir) => allDetails(dir, 'cases'),
  },
  {
    key: 'disclosure',
    label: '公开信息',
    find: (dir) => firstDetail(dir, 'disclosures'),
    budget: 'detail',
    all: (dir) => allDetails(dir, 'disclosures'),
  },
  { key: 'catalog-item', label: '公开目录条目', find: (dir) => firstDetail(dir, 'catalog-items') },
  { key: 'bulletin', label: '警示通报', find: (dir) => firstDetail(dir, 'bulletins') },
  { key: 'search', label: '搜索', find: () => '/search/', budget: 'search' },
  { key: 'cases-list', label: '案例列表', find: () => '/cases/' },
]

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length
const fileCache = new Map()
/** A site file's bytes and gzipped size, read once (stylesheets are shared by every page). */
function readSized(file) {
  let hit = fileCache.get(file)
  if (!hit) {
    const buf = fs.readFileSync(file)
    hit = { buf, raw: buf.length, gz: gz(buf) }
    fileCache.set(file, hit)
  }
  return hit
}
const fmtKB = (bytes) => (bytes / KB).toFixed(1)

/**
 * The detail page with the smallest id of a collection (`/<collection>/<id>/index.html`; ids are
 * compared numerically when they are numbers).
 */
export function firstDetail(siteDir, collection) {
  return allDetails(siteDir, collection)[0] ?? null
}

/**
 * Document ids as Payload makes them: numbers (SQLite/Postgres), ObjectIds (MongoDB) or UUIDs.
 * Other folders under a collection are list pages (`page/`, facets such as `year/2025/`).
 */
const ID = /^(?:\d+|[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i

/** Every detail page of a collection, ids in ascending order. */
export function allDetails(siteDir, collection) {
  const dir = path.join(siteDir, collection)
  let names
  try {
    names = fs.readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  return names
    .filter((e) => e.isDirectory() && ID.test(e.name) && fs.existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((id) => `/${collection}/${id}/`)
}

/** The file a site-relative URL path is served from (directories → index.html), or null. */
export function fileForPath(siteDir, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const file = path.join(siteDir, path.normalize(decoded))
  if (file !== siteDir && !file.startsWith(siteDir + path.sep)) return null
  try {
    const stat = fs.statSync(file)
    if (stat.isDirectory()) {
      const index = path.join(file, 'index.html')
      return fs.existsSync(index) ? index : null
    }
    return stat.isFile() ? file : null
  } catch {
    return null
  }
}

const BASE = 'http://site.invalid'

/**
 * Resolves a reference in a page (or in a file at `fromPath`) to a path on this site, or null if
 * it points to another origin. `selfOrigins` are origins that mean "this site" (the canonical's).
 */
function sitePath(ref, fromPath, selfOrigins) {
  let url
  try {
    url = new URL(ref, BASE + fromPath)
  } catch {
    return null
  }
  if (url.origin !== BASE && !selfOrigins.has(url.origin)) return null
  return url.pathname
}

const JS_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
])

/** Static `import … from '…'` / `import '…'` / `export … from '…'` specifiers (not `import()`). */
function staticImports(code) {
  const out = []
  const re = /(?:^|[;\s}])(?:import\s*(?:[\w*{}\s,$]+\s*from\s*)?|export\s*(?:[\w*{}\s,$]+\s*)from\s*)["']([^"']+)["']/g
  for (const m of code.matchAll(re)) out.push(m[1])
  return out
}

const isSearchIndex = (p) => /(?:^|\/)search-index\//.test(p)

/** Measures one page: HTML, linked stylesheets (with their @imports) and scripts. */
export function measurePage(siteDir, pagePath) {
  const htmlFile = fileForPath(siteDir, pagePath)
  if (!htmlFile) return { path: pagePath, missing: true }
  const html = fs.readFileSync(htmlFile)
  const $ = cheerio.load(html.toString('utf8'))
  const selfOrigins = new Set()
  const canonical = $('link[rel="canonical"]').attr('href')
  if (canonical) {
    try {
      selfOrigins.add(new URL(canonical).origin)
    } catch {
      // A canonical that is not a URL names no origin of the site's own.
    }
  }
  const problems = [] // references that could not be measured
  const relOf = (el) => ($(el).attr('rel') || '').toLowerCase().split(/\s+/)

  // Stylesheets, following @import inside them.
  const stylesheets = []
  const seenCss = new Set()
  const addCss = (ref, fromPath, via) => {
    const p = sitePath(ref, fromPath, selfOrigins)
    if (!p) {
      problems.push(`stylesheet on another origin, not measured: ${ref}`)
      return
    }
    if (seenCss.has(p)) return
    seenCss.add(p)
    const file = fileForPath(siteDir, p)
    if (!file) {
      problems.push(`stylesheet not found in the site: ${p}`)
      return
    }
    const { buf, raw, gz: gzSize } = readSized(file)
    stylesheets.push({ name: p, raw, gz: gzSize, via })
    for (const m of buf.toString('utf8').matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g))
      addCss(m[1], p, `@import in ${p}`)
  }
  $('link[href]').each((_, el) => {
    if (relOf(el).includes('stylesheet')) addCss($(el).attr('href'), pagePath, 'link')
  })

  // Scripts: external, inline, modulepreload/preload'ed, and static imports of module scripts.
  const scripts = []
  const seenJs = new Set()
  const addExternal = (ref, fromPath, via, isModule) => {
    const p = sitePath(ref, fromPath, selfOrigins)
    if (!p) {
      scripts.push({
        name: ref,
        kind: 'external (other origin)',
        raw: null,
        gz: null,
        via,
        allowed: ref.includes(A11Y_MARKER),
        index: false,
      })
      problems.push(`script on another origin, size not measured: ${ref}`)
      return
    }
    if (seenJs.has(p)) return
    seenJs.add(p)
    const file = fileForPath(siteDir, p)
    const buf = file ? readSized(file).buf : null
    if (!file) problems.push(`script not found in the site: ${p}`)
    const code = buf ? buf.toString('utf8') : ''
    scripts.push({
      name: p,
      kind: 'external',
      raw: buf ? buf.length : null,
      gz: buf ? readSized(file).gz : null,
      via,
      allowed: p.includes(A11Y_MARKER) || code.includes(A11Y_MARKER),
      index: isSearchIndex(p),
    })
    if (isModule && buf)
      for (const spec of staticImports(code))
        if (/^[./]|^https?:/.test(spec)) addExternal(spec, p, `static import in ${p}`, true)
  }
  let inlineCount = 0
  $('script').each((_, el) => {
    const type = ($(el).attr('type') || '').trim().toLowerCase()
    const src = $(el).attr('src')
    if (!JS_TYPES.has(type)) return // JSON-LD, import maps, templates: data, not executed code
    if (src) {
      addExternal(src, pagePath, type === 'module' ? '<script type=module src>' : '<script src>', type === 'module')
      return
    }
    const code = $(el).text()
    if (!code.trim()) return
    inlineCount++
    const buf = Buffer.from(code, 'utf8')
    const imports = staticImports(code)
    scripts.push({
      name: `inline #${inlineCount}${type === 'module' ? ' (module)' : ''}: ${code.trim().replace(/\s+/g, ' ').slice(0, 60)}`,
      kind: 'inline',
      raw: buf.length,
      gz: gz(buf),
      via: 'inline <script>',
      allowed: code.includes(A11Y_MARKER),
      index: imports.some((s) => isSearchIndex(s.split(/[?#]/)[0])),
    })
    if (type === 'module')
      for (const spec of imports)
        if (/^[./]|^https?:/.test(spec)) addExternal(spec, pagePath, `static import in inline #${inlineCount}`, true)
  })
  $('link[href]').each((_, el) => {
    const rel = relOf(el)
    const as = ($(el).attr('as') || '').toLowerCase()
    if (rel.includes('modulepreload')) addExternal($(el).attr('href'), pagePath, '<link rel=modulepreload>', true)
    else if (rel.includes('preload') && as === 'script')
      addExternal($(el).attr('href'), pagePath, '<link rel=preload as=script>', false)
  })
  // Prefetches are not loaded for this page, but one of the search index would defeat "only when used".
  const prefetched = []
  $('link[href]').each((_, el) => {
    if (relOf(el).includes('prefetch')) prefetched.push($(el).attr('href'))
  })

  const htmlGz = gz(html)
  const cssGz = stylesheets.reduce((s, c) => s + c.gz, 0)
  // Inline scripts travel inside the HTML; the JS column counts external files only.
  const jsGz = scripts.reduce((s, c) => s + (c.kind === 'inline' ? 0 : (c.gz ?? 0)), 0)
  return {
    path: pagePath,
    file: path.relative(siteDir, htmlFile),
    html: { raw: html.length, gz: htmlGz },
    stylesheets,
    cssGz,
    htmlCssGz: htmlGz + cssGz,
    scripts,
    jsGz,
    inlineJsRaw: scripts.filter((s) => s.kind === 'inline').reduce((s, c) => s + c.raw, 0),
    prefetched,
    problems,
  }
}

/** Checks the budgets of one measured page; returns { failures, warnings }. */
export function checkBudgets(type, m) {
  const failures = []
  const warnings = [...m.problems]
  const where = `${type.label} ${m.path}`
  if (type.budget === 'detail') {
    if (m.htmlCssGz > HTML_CSS_BUDGET) {
      const parts = [`HTML ${fmtKB(m.html.gz)} KB`, ...m.stylesheets.map((s) => `${s.name} ${fmtKB(s.gz)} KB`)].join(
        ' + ',
      )
      failures.push(
        `${where}: HTML + CSS is ${fmtKB(m.htmlCssGz)} KB gzipped (${m.htmlCssGz} B), over the ${fmtKB(HTML_CSS_BUDGET)} KB budget by ${m.htmlCssGz - HTML_CSS_BUDGET} B (${parts})`,
      )
    }
    for (const s of m.scripts) {
      if (!s.allowed)
        failures.push(
          `${where}: JavaScript other than the 适老化 script (no "${A11Y_MARKER}" marker in its URL or content): ${s.name} [${s.via}${s.raw != null ? `, ${s.raw} B raw, ${s.gz} B gz` : ''}]`,
        )
      else if ((s.gz ?? 0) > A11Y_SCRIPT_WARN)
        warnings.push(
          `${where}: the 适老化 script ${s.name} is ${fmtKB(s.gz)} KB gzipped — not "small" any more (> ${fmtKB(A11Y_SCRIPT_WARN)} KB)`,
        )
    }
  }
  if (type.budget === 'search') {
    for (const s of m.scripts) {
      if (s.index)
        failures.push(
          `${where}: the search index is loaded eagerly: ${s.name} via ${s.via} — fetch it when the search box is used`,
        )
    }
    for (const ref of m.prefetched)
      if (isSearchIndex(ref.split(/[?#]/)[0]))
        warnings.push(`${where}: the search index is prefetched (<link rel=prefetch href="${ref}">)`)
  }
  return { failures, warnings }
}

function pad(s, n, right = false) {
  s = String(s)
  // CJK characters take two columns in a terminal.
  const width = [...s].reduce(
    (w, ch) =>
      w +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1),
    0,
  )
  const fill = ' '.repeat(Math.max(0, n - width))
  return right ? fill + s : s + fill
}

export async function main(argv = process.argv.slice(2)) {
  let dirArg
  let jsonOut
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--json') jsonOut = argv[++i]
    else if (a.startsWith('--json=')) jsonOut = a.slice(7)
    else if (a === '-h' || a === '--help') {
      console.log('usage: node bench/page-budgets.mjs [SITE_DIR (default: dist)] [--json FILE]')
      return 0
    } else if (a.startsWith('-')) {
      console.error(`unknown option: ${a}`)
      return 2
    } else dirArg = a
  }
  const given = dirArg ? path.resolve(dirArg) : path.join(ROOT, 'dist')
  let siteDir
  try {
    siteDir = fs.realpathSync(given)
  } catch {
    console.error(
      `site directory not found: ${given}${dirArg ? '' : ' (build or publish the site first: npm start / npm run publish, or pass a directory)'}`,
    )
    return 2
  }
  if (!fs.existsSync(path.join(siteDir, 'index.html'))) {
    console.error(`not a built site (no index.html): ${siteDir}`)
    return 2
  }

  const results = []
  const failures = []
  const warnings = []
  for (const type of PAGE_TYPES) {
    const pagePath = type.find(siteDir)
    if (!pagePath) {
      const msg = `${type.label}: no page of this type in ${siteDir}`
      if (type.budget) failures.push(`${msg} — its budget cannot be checked`)
      else warnings.push(msg)
      results.push({ type: type.key, label: type.label, missing: true })
      continue
    }
    const m = measurePage(siteDir, pagePath)
    if (m.missing) {
      const msg = `${type.label}: ${pagePath} not found in ${siteDir}`
      if (type.budget) failures.push(`${msg} — its budget cannot be checked`)
      else warnings.push(msg)
      results.push({ type: type.key, label: type.label, missing: true, path: pagePath })
      continue
    }
    const checked = checkBudgets(type, m)
    failures.push(...checked.failures)
    warnings.push(...checked.warnings)
    const row = {
      type: type.key,
      label: type.label,
      ...m,
      budget: type.budget ?? null,
      failures: checked.failures,
      warnings: checked.warnings,
    }
    results.push(row)
    if (type.all) {
      // The budget holds for every page of the type, not only the representative one.
      const pages = type.all(siteDir)
      let heaviest = null
      const others = new Map() // failure, without the page → the other pages it occurs on
      for (const p of pages) {
        if (p === pagePath) continue
        const mp = measurePage(siteDir, p)
        if (mp.missing) continue
        if (!heaviest || mp.htmlCssGz > heaviest.htmlCssGz)
          heaviest = { path: p, htmlCssGz: mp.htmlCssGz, htmlGz: mp.html.gz }
        for (const f of checkBudgets(type, mp).failures) {
          const key = f.replace(`${type.label} ${p}: `, '')
          others.set(key, [...(others.get(key) ?? []), p])
        }
      }
      if (!heaviest || m.htmlCssGz >= heaviest.htmlCssGz)
        heaviest = { path: pagePath, htmlCssGz: m.htmlCssGz, htmlGz: m.html.gz }
      row.all = { pages: pages.length, heaviest, otherFailures: Object.fromEntries(others) }
      for (const [msg, where] of others) {
        const list = where.length > 3 ? `${where.slice(0, 3).join(', ')} … (${where.length} pages)` : where.join(', ')
        failures.push(`${type.label} ${list}: ${msg}`)
      }
    }
  }

  console.log(`Page weight — ${siteDir}`)
  console.log(
    `gzip level 9 per file; 1 KB = 1024 B; budget: case & disclosure HTML+CSS ≤ ${fmtKB(HTML_CSS_BUDGET)} KB, JS only the 适老化 script ("${A11Y_MARKER}"); search: index not eager\n`,
  )
  const cols = [
    ['page', 14],
    ['path', 22],
    ['HTML', 7, true],
    ['CSS', 7, true],
    ['HTML+CSS', 9, true],
    ['budget', 7, true],
    ['JS ext', 7, true],
    ['JS inl', 7, true],
    ['scripts', 8, true],
    ['status', 6],
  ]
  console.log(cols.map(([h, n, r]) => pad(h, n, r)).join('  '))
  console.log(cols.map(([, n]) => '-'.repeat(n)).join('  '))
  for (const r of results) {
    if (r.missing) {
      console.log([pad(r.label, 14), pad(r.path ?? '—', 22), 'missing'].join('  '))
      continue
    }
    const row = [
      r.label,
      r.path,
      fmtKB(r.html.gz),
      fmtKB(r.cssGz),
      fmtKB(r.htmlCssGz),
      r.budget === 'detail' ? fmtKB(HTML_CSS_BUDGET) : '—',
      fmtKB(r.jsGz),
      r.inlineJsRaw ? `${r.inlineJsRaw} B` : '0',
      r.scripts.length,
      r.failures.length ? 'FAIL' : r.budget ? 'ok' : '—',
    ]
    console.log(row.map((v, i) => pad(v, cols[i][1], cols[i][2])).join('  '))
  }
  console.log(
    '\n(KB gzipped; "JS ext" = script files, "JS inl" = raw bytes of inline scripts, already inside the HTML)',
  )
  for (const r of results) {
    if (r.all?.heaviest)
      console.log(
        `${r.label}: all ${r.all.pages} pages checked; heaviest ${r.all.heaviest.path}: HTML+CSS ${fmtKB(r.all.heaviest.htmlCssGz)} KB gz (HTML ${fmtKB(r.all.heaviest.htmlGz)} KB)`,
      )
  }

  console.log('\nFiles per page:')
  for (const r of results) {
    if (r.missing) continue
    console.log(`  ${r.label} ${r.path}  (${r.file})`)
    console.log(`    html  ${r.file}  ${r.html.raw} B raw, ${r.html.gz} B gz`)
    for (const s of r.stylesheets)
      console.log(`    css   ${s.name}  ${s.raw} B raw, ${s.gz} B gz${s.via !== 'link' ? `  (${s.via})` : ''}`)
    for (const s of r.scripts) {
      const size =
        s.raw == null
          ? 'size unknown'
          : `${s.raw} B raw, ${s.gz} B gz${s.kind === 'inline' ? ' alone (inside the HTML)' : ''}`
      const flags = [s.allowed ? `${A11Y_MARKER}: allowed` : null, s.index ? 'SEARCH-INDEX' : null]
        .filter(Boolean)
        .join(', ')
      console.log(`    js    ${s.name}  ${size}  [${s.via}]${flags ? `  ${flags}` : ''}`)
    }
    if (!r.scripts.length) console.log('    js    (none)')
  }

  if (warnings.length) {
    console.log('\nWarnings:')
    for (const w of warnings) console.log(`  - ${w}`)
  }
  if (jsonOut) {
    fs.writeFileSync(
      jsonOut,
      JSON.stringify(
        {
          siteDir,
          kb: KB,
          budgets: { htmlCssGz: HTML_CSS_BUDGET, a11yMarker: A11Y_MARKER },
          results,
          failures,
          warnings,
        },
        null,
        2,
      ) + '\n',
    )
    console.log(`\nJSON written to ${jsonOut}`)
  }
  if (failures.length) {
    console.error(`\nBudget exceeded (${failures.length}):`)
    for (const f of failures) console.error(`  ✗ ${f}`)
    return 1
  }
  console.log('\nAll budgets met.')
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main()
}
