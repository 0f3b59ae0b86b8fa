#!/usr/bin/env node
// Turns a generated corpus (bench/corpus/generate.mjs, content/ export format) into the import
// files `npm run import` reads (docs/import.md): one JSON array per collection, relationships by
// natural key (unit names, 一级事项/二级事项, case titles), rich text as plain paragraphs, only
// importable fields. So the benchmark corpus enters the CMS through the project's own write path
// (validation, hooks, workflow, versions) and leaves it through the real export.
//
//   node bench/corpus/to-import.mjs --corpus DIR --out DIR
//
// Rows the importer would refuse as duplicates of a natural key (the generator draws names at
// random, so two cases can share 被处分人 + 单位及职务 + 处分决定日期) are left out and counted.
import fs from 'node:fs'
import path from 'node:path'

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
)
if (!args.corpus || !args.out) throw new Error('usage: to-import.mjs --corpus DIR --out DIR')

const read = (collection) => {
  const dir = path.join(args.corpus, collection)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
    .sort((a, b) => Number(a.id) - Number(b.id))
}

/** HTML of the export → one line per paragraph or list item. */
const text = (html) =>
  html == null
    ? null
    : String(html)
        .replace(/<\/(p|li|h[1-6])>|<br\s*\/?>/g, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .trim()
const name = (ref) => (ref ? ref.name : null)
const pick = (doc, fields) => Object.fromEntries(fields.filter((f) => doc[f] !== undefined).map((f) => [f, doc[f]]))

const dropped = {}
/** Keeps the first row of each natural key. */
function unique(collection, rows, keyOf) {
  const seen = new Set()
  return rows.filter((row) => {
    const key = keyOf(row)
    if (seen.has(key)) {
      dropped[collection] = (dropped[collection] ?? 0) + 1
      return false
    }
    seen.add(key)
    return true
  })
}

const departments = read('departments').map((d) => ({
  ...pick(d, ['name', 'aliases', 'code', 'level', 'region', 'description']),
  parent: name(d.parent),
}))

const itemsRaw = read('catalog-items')
const items = unique(
  'catalog-items',
  itemsRaw.map((d) => ({
    ...pick(d, [
      'primaryItem',
      'secondaryItem',
      'category',
      'domain',
      'basis',
      'procedure',
      'channels',
      'audience',
      'mode',
      'updateCycle',
    ]),
    content: text(d.content),
    'timeLimit.text': d.timeLimit?.text ?? null,
    'timeLimit.workingDays': d.timeLimit?.workingDays ?? null,
    department: name(d.department),
  })),
  (row) => `${row.department}|${row.primaryItem}|${row.secondaryItem}`,
)
const itemById = new Map(itemsRaw.map((d) => [d.id, d]))
const itemOwners = new Map()
for (const row of items) {
  const key = `${row.primaryItem}/${row.secondaryItem}`
  itemOwners.set(key, [...(itemOwners.get(key) ?? []), row.department])
}

const disclosures = read('disclosures').map((d) => {
  const item = itemById.get(d.catalogItem.id)
  const reference = `${item.primaryItem}/${item.secondaryItem}`
  const owners = itemOwners.get(reference) ?? []
  // The importer looks for the item among the 发文机关's own items first, then across all units
  // when that finds exactly one; otherwise the record is filed under the item's own unit.
  const department =
    owners.includes(name(d.department)) || owners.length === 1 ? name(d.department) : name(item.department)
  return {
    ...pick(d, [
      'indexNumber',
      'title',
      'subject',
      'documentNumber',
      'writtenDate',
      'publishDate',
      'keywords',
      'validity',
    ]),
    department,
    catalogItem: reference,
    body: text(d.body),
  }
})

const caseRows = unique(
  'cases',
  read('cases').map((d) => ({
    ...pick(d, ['title', 'level', 'region', 'violationTypes', 'eightRulesTypes', 'accountability']),
    // 被处分人 as the field takes them in a JSON file (docs/import.md): each fact in its published words.
    persons: d.persons.map((p) => ({
      name: p.name,
      unit: p.unit,
      position: p.position,
      partySanction: p.partySanction?.published ?? null,
      governmentSanction: p.governmentSanction?.published ?? null,
      measures: p.measures.map((m) => m.published),
      otherMeasures: p.otherMeasures,
      referred: p.referred,
    })),
    decisionDate: d.decisionDate?.published ?? null,
    department: name(d.department),
    facts: text(d.facts),
  })),
  (row) => `${row.persons.map((p) => `${p.name}|${p.unit}|${p.position}`).join('；')}|${row.decisionDate}`,
)
const titleCount = new Map()
for (const row of caseRows) titleCount.set(row.title, (titleCount.get(row.title) ?? 0) + 1)

const bulletins = unique(
  'bulletins',
  read('bulletins').map((d) => ({
    ...pick(d, ['title', 'kind', 'year', 'quarter', 'publishDate']),
    issuer: name(d.issuer),
    // A title two cases share cannot name one of them.
    cases: d.cases.map((c) => c.name).filter((title) => titleCount.get(title) === 1),
    causeAnalysis: text(d.causeAnalysis),
    requirements: text(d.requirements),
  })),
  (row) => (row.kind === '季度警示通报' ? `q|${row.year}|${row.quarter}` : `${row.kind}|${row.year}|${row.title}`),
)

const themes = read('themes').map((d) => ({
  ...pick(d, ['month', 'title', 'summary', 'activities']),
  body: text(d.body),
  materials: (d.materials ?? []).map((m) => ({ title: m.title, url: m.url })),
}))
const reminders = read('reminders').map((d) => ({
  ...pick(d, ['week', 'title', 'message', 'occasion', 'channels']),
  body: text(d.body),
}))
const brands = unique(
  'brands',
  read('brands').map((d) => ({
    ...pick(d, ['name', 'region', 'summary']),
    department: name(d.department),
    body: text(d.body),
  })),
  (row) => row.name,
)
const exemplars = unique(
  'exemplars',
  read('exemplars').map((d) => ({ ...pick(d, ['name', 'unitPosition', 'year', 'summary']), body: text(d.body) })),
  (row) => `${row.name}|${row.unitPosition}`,
)
const articles = unique(
  'articles',
  read('articles').map((d) => ({
    ...pick(d, ['title', 'kind', 'publishDate', 'source', 'summary']),
    body: text(d.body),
  })),
  (row) => `${row.title}|${row.publishDate}`,
)

const files = {
  departments,
  'catalog-items': items,
  disclosures,
  cases: caseRows,
  bulletins,
  themes,
  reminders,
  brands,
  exemplars,
  articles,
}
fs.mkdirSync(args.out, { recursive: true })
let total = 0
// `files` lists the collections in the import's dependency order; order.json tells the
// benchmark that order (content/model/collections/index.ts is TypeScript, bench is plain Node).
for (const [collection, rows] of Object.entries(files)) {
  fs.writeFileSync(path.join(args.out, `${collection}.json`), JSON.stringify(rows))
  total += rows.length
}
fs.writeFileSync(path.join(args.out, 'order.json'), JSON.stringify(Object.keys(files)))
console.log(
  `wrote ${total} rows to ${args.out}${
    Object.keys(dropped).length
      ? `; left out as duplicate natural keys: ${Object.entries(dropped)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`
      : ''
  }`,
)
