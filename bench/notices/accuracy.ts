// Accuracy of 粘贴通报 (cms/notices/parseNotice.ts) on the 73 real published case items
// (tests/fixtures/real-bulletins/cases.json, annotated by hand): per field, exact match of the
// wording as published. Sanctions also report precision: a value the parser gives must be the
// one annotated — it may say nothing, never something false.
//
//   node scripts/compile.mjs --bench && node .build/bench/notices/accuracy.mjs [--show]
import fs from 'node:fs'
import path from 'node:path'

import { parseItem } from '../../cms/notices/parseNotice'
import { rootDir } from '../../content/shared/paths'
import { scoreNotices, type AnnotatedItem } from './score'

const items = JSON.parse(
  fs.readFileSync(path.join(rootDir, 'tests/fixtures/real-bulletins/cases.json'), 'utf8'),
) as AnnotatedItem[]
const report = scoreNotices(items, (text) => parseItem(text))
for (const [field, s] of Object.entries(report.fields))
  console.log(`${field.padEnd(20)} ${s.correct}/${s.total} = ${(s.correct / s.total).toFixed(3)}`)
for (const [field, s] of Object.entries(report.precision))
  console.log(
    `${`${field} precision`.padEnd(20)} ${s.correct}/${s.total} = ${s.total ? (s.correct / s.total).toFixed(3) : '—'}`,
  )
console.log(`overall              ${report.overall.toFixed(3)}`)
if (process.argv.includes('--show')) for (const miss of report.misses) console.log(miss)
