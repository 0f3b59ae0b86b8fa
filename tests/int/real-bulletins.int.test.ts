// The 73 real published case items (tests/fixtures/real-bulletins/, test-only: real names)
// imported as an editor would enter them: every fact as the item words it, nothing the item
// does not say. After publishing, each case page shows every sanction term and the decision
// date exactly as published, and never a negative nobody published.
import fs from 'node:fs/promises'
import path from 'node:path'

import * as cheerio from 'cheerio'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportContent } from '../../cms/export/exportContent'
import { runImport } from '../../cms/import/runImport'
import { measureOf } from '../../content/model/caseTerms'
import { buildSite } from '../../site/build/buildSite'
import realCases from '../fixtures/real-bulletins/cases.json'
import { startTestPayload, type TestPayload } from '../helpers/payload'

type RealPerson = {
  name: string
  unit: string | null
  position: string | null
  party_member: boolean | null
  party_sanction: string | null
  government_sanction: string | null
  other_measures: string[]
}
type RealCase = {
  id: string
  text: string
  headline: string | null
  subjects: RealPerson[]
  level: string | null
  region: { province: string | null; city: string | null; county: string | null }
  referral: boolean
  criminal_outcome: string | null
  decision_date_as_published: string | null
  source: { bulletin_title: string | null; bulletin_issuer: string | null }
}
const items = realCases as RealCase[]

/** An item as an import record: the columns an editor fills from it, and nothing else. */
const record = (c: RealCase) => ({
  标题: c.headline ?? c.text.split('。')[0],
  违纪事实: c.text,
  处分决定日期: c.decision_date_as_published,
  干部管理权限: c.level === '中管干部' ? '中管干部' : null,
  区域: [c.region.province, c.region.city, c.region.county].filter(Boolean).join('') || null,
  来源: c.source.bulletin_issuer ? '转发' : '本级查处',
  原发布机关: c.source.bulletin_issuer,
  原通报标题: c.source.bulletin_title,
  persons: c.subjects.map((p) => ({
    name: p.name,
    unit: p.unit,
    position: p.position,
    // 正处级, 厅局级以下: a rank the item states, kept as written (中管干部 is the management level).
    rank: c.level && c.level !== '中管干部' && c.subjects.length === 1 ? c.level : null,
    partyMember: p.party_member === false ? '非中共党员' : null,
    partySanction: p.party_sanction,
    governmentSanction: p.government_sanction,
    measures: p.other_measures.filter((m) => measureOf(m) !== null),
    otherMeasures: p.other_measures.filter((m) => measureOf(m) === null),
    // The items name the referral of a one-person case only.
    referred: c.referral && c.subjects.length === 1,
    criminalOutcome: c.subjects.length === 1 ? c.criminal_outcome : null,
  })),
})

let t: TestPayload
let payload: Payload
let outDir: string
let imported: { id: string; item: RealCase }[]

beforeAll(async () => {
  process.env.PAYLOAD_DB_TRANSACTIONS = '1'
  t = await startTestPayload()
  payload = t.payload
  const file = path.join(t.dataDir, 'real-cases.json')
  await fs.writeFile(file, JSON.stringify(items.map(record)))
  const report = await runImport(payload, { collection: 'cases', file, publish: true })
  expect(report.counts.created).toBe(items.length)
  const docs = await payload.find({ collection: 'cases', pagination: false, depth: 0, sort: 'id' })
  imported = docs.docs.map((doc, i) => ({ id: String(doc.id), item: items[i] }))
  const contentDir = path.join(t.dataDir, 'content')
  outDir = path.join(t.dataDir, 'site')
  await exportContent(payload, { contentDir })
  await buildSite({ contentDir, outDir, quiet: true })
}, 300_000)
afterAll(async () => t?.cleanup())

const page = async (id: string) => cheerio.load(await fs.readFile(path.join(outDir, 'cases', id, 'index.html'), 'utf8'))
const facts = ($: cheerio.CheerioAPI, label: string) =>
  $('table.facts tr')
    .filter((_, tr) => $(tr).find('th').text().trim() === label)
    .map((_, tr) => $(tr).find('td').text().trim())
    .get()

describe('the 73 real published items', () => {
  it('should import every item with every person', async () => {
    for (const { id, item } of imported) {
      const doc = await payload.findByID({ collection: 'cases', id, depth: 0 })
      expect(
        doc.persons.map((p) => p.name),
        item.id,
      ).toEqual(item.subjects.map((s) => s.name))
    }
  })

  it('should show every published sanction term and decision date on the case page, as published', async () => {
    for (const { id, item } of imported) {
      const $ = await page(id)
      const where = `${item.id} → /cases/${id}/`
      expect(facts($, '党纪处分'), where).toEqual(item.subjects.map((s) => s.party_sanction ?? '未公开'))
      expect(facts($, '政务处分'), where).toEqual(item.subjects.map((s) => s.government_sanction ?? '未公开'))
      expect(facts($, '处分决定日期'), where).toEqual([item.decision_date_as_published ?? '未公开'])
      if (item.level === '中管干部') expect(facts($, '干部管理权限'), where).toEqual(['中管干部'])
      else if (item.level) expect(facts($, '职级'), where).toEqual([item.level])
      const disposition = $('[data-testid="case-disposition"]').text()
      for (const s of item.subjects) for (const m of s.other_measures) expect(disposition, `${where} ${m}`).toContain(m)
    }
  })

  it('should never state a negative the items do not publish', async () => {
    for (const { id, item } of imported) {
      const $ = await page(id)
      const table = $('table.facts').text()
      expect(table, item.id).not.toMatch(/(^|\s)(无|否|未给予|未移送)(\s|$)/)
      if (!item.referral)
        expect(
          facts($, '移送检察机关').every((v) => v === '未公开'),
          item.id,
        ).toBe(true)
    }
  })

  it('should date a case by the precision it was published with', async () => {
    const byMonth = imported.find(({ item }) => item.decision_date_as_published === '2021年7月')!
    const $ = await page(byMonth.id)
    expect($('table.facts time').first().attr('datetime')).toBe('2021-07')
    const forwarded = imported.find(({ item }) => item.source.bulletin_issuer === '中央纪委国家监委')!
    expect(facts(await page(forwarded.id), '案例来源')).toEqual(['转发（中央纪委国家监委）'])
  })
})
