#!/usr/bin/env node
// The Hugo reference of the publish benchmark (issue 5): turns a content/ folder (the export
// format) into a Hugo source folder that builds the same kinds of pages as the portal — one
// page per document, paginated lists per collection (20 per page), one paginated page per
// facet value (as Hugo taxonomies) with the browse-by sidebar (top 12 values per facet), and
// one page of all values per facet. Layouts: bench/hugo/site/.
//
//   node bench/hugo/convert.mjs --content DIR --out HUGO_SRC
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
)
if (!args.content || !args.out) throw new Error('usage: convert.mjs --content DIR --out HUGO_SRC')

const LABELS = {
  departments: '责任单位',
  'catalog-items': '公开目录',
  disclosures: '公开信息',
  cases: '典型案例',
  bulletins: '警示通报',
  themes: '月度主题',
  reminders: '每周提醒',
  brands: '廉洁文化品牌',
  exemplars: '廉洁典型',
  articles: '文章',
}
const year = (d) => (d ? String(d).slice(0, 4) : null)
const quarter = (d) => (d ? `${d.slice(0, 4)}年第${Math.ceil(Number(d.slice(5, 7)) / 3)}季度` : null)
/** Facets as Hugo taxonomies (global in Hugo, hence the collection prefix). */
const FACETS = {
  cases: {
    c_year: (d) => [d.decisionDate ? year(d.decisionDate.value) + '年' : null],
    c_quarter: (d) => [d.decisionDate?.value.length >= 7 ? quarter(d.decisionDate.value) : null],
    c_violation: (d) => [...(d.violationTypes ?? []), ...(d.eightRulesTypes ?? [])],
    c_party: (d) => d.persons.map((p) => p.partySanction?.value ?? '未公开'),
    c_gov: (d) => d.persons.map((p) => p.governmentSanction?.value ?? '未公开'),
    c_referred: (d) => [d.persons.some((p) => p.referred) ? '已移送检察机关' : '未公开'],
    c_level: (d) => [d.level ?? '未公开'],
    c_source: (d) => [d.source?.kind],
    c_region: (d) => [d.region],
  },
  disclosures: {
    d_year: (d) => [year(d.publishDate) + '年'],
    d_unit: (d) => [d.department?.name],
    d_item: (d) => [d.catalogItem?.name],
    d_subject: (d) => [d.subject],
    d_validity: (d) => [d.validity],
  },
  'catalog-items': {
    ci_category: (d) => [d.category],
    ci_domain: (d) => [d.domain],
    ci_unit: (d) => [d.department?.name],
    ci_audience: (d) => [d.audience],
  },
}
const titleOf = (d) =>
  d.title ??
  d.name ??
  (d.primaryItem ? `${d.primaryItem} / ${d.secondaryItem}` : null) ??
  d.week ??
  d.month ??
  String(d.id)
const dateOf = (d) =>
  (d.decisionDate?.value.length === 10 ? d.decisionDate.value : null) ??
  (d.decisionDate ? `${d.decisionDate.value}-01-01`.slice(0, 10) : null) ??
  d.publishDate ??
  d.writtenDate ??
  d.firstPublishedAt ??
  (d.month ? `${d.month}-01` : null) ??
  '2026-01-01'

fs.rmSync(args.out, { recursive: true, force: true })
fs.cpSync(path.join(here, 'site'), args.out, { recursive: true })
const taxonomies = Object.fromEntries(
  Object.values(FACETS)
    .flatMap((f) => Object.keys(f))
    .map((k) => [k, k]),
)
const config = [
  'baseURL = "http://localhost/"',
  'languageCode = "zh-CN"',
  'title = "崇德倡廉"',
  'paginate = 20',
  'disableKinds = ["RSS"]',
  'enableRobotsTXT = true',
  '[taxonomies]',
  ...Object.keys(taxonomies).map((k) => `  ${k} = "${k}"`),
].join('\n')
fs.writeFileSync(path.join(args.out, 'hugo.toml'), config + '\n')
fs.mkdirSync(path.join(args.out, 'data'), { recursive: true })
fs.writeFileSync(
  path.join(args.out, 'data', 'facets.json'),
  JSON.stringify(Object.fromEntries(Object.entries(FACETS).map(([c, f]) => [c, Object.keys(f)]))),
)
fs.writeFileSync(path.join(args.out, 'data', 'labels.json'), JSON.stringify(LABELS))

let pages = 0
for (const collection of Object.keys(LABELS)) {
  const dir = path.join(args.content, collection)
  if (!fs.existsSync(dir)) continue
  const out = path.join(args.out, 'content', collection)
  fs.mkdirSync(out, { recursive: true })
  fs.writeFileSync(path.join(out, '_index.md'), JSON.stringify({ title: LABELS[collection] }) + '\n')
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const d = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
    const html = []
    const facts = []
    for (const [key, value] of Object.entries(d)) {
      if (['id', 'createdAt', 'updatedAt', 'changeLog'].includes(key)) continue
      if (typeof value === 'string' && value.startsWith('<')) html.push(value)
      else if (value && typeof value === 'object' && !Array.isArray(value) && value.name) facts.push([key, value.name])
      else if (Array.isArray(value))
        facts.push([key, value.map((v) => (typeof v === 'object' ? (v?.name ?? v?.filename ?? '') : v)).join('、')])
      else if (value !== null && value !== '') facts.push([key, String(value)])
    }
    const front = { title: titleOf(d), date: dateOf(d), facts }
    for (const [tax, fn] of Object.entries(FACETS[collection] ?? {})) front[tax] = fn(d).filter(Boolean)
    fs.writeFileSync(path.join(out, `${d.id}.html`), `${JSON.stringify(front)}\n${html.join('\n')}\n`)
    pages++
  }
}
console.log(`wrote ${pages} documents to ${args.out}`)
