import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EIGHT_RULES_OPTIONS, LEVEL_OPTIONS, VIOLATION_OPTIONS } from '../../cms/fields/options'
import type { Case } from '../../cms/payload-types'
import { isWellFormedCreditCode } from '../../cms/seed/codes'
import { seed, SEEDED_COLLECTIONS, type SeedResult } from '../../cms/seed'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { governmentSanctionOf, partySanctionOf, readPublishedDate } from '../../content/model/caseTerms'
import { GOVERNMENT_SANCTIONS, PARTY_SANCTIONS } from '../../content/model/labels'
import { addDays, isoWeekOf, shanghaiDay, shanghaiMonth } from '../../content/shared/shanghai'

const values = (options: { value: string }[]) => options.map((o) => o.value).sort()
const published = { _status: { equals: 'published' } } as const
const DRAFT_MARK = '【草稿'

/** A case's decision as the value it names (`2024年1月18日` → `2024-01-18`). */
const decided = (c: Case): string => {
  const date = readPublishedDate(c.decisionDate ?? '')
  return 'error' in date ? '' : date.value
}
const quarterOf = (c: Case) => Math.floor((Number(decided(c).slice(5, 7)) - 1) / 3) + 1

describe('demo seed', () => {
  let test: TestPayload
  let payload: Payload
  let first: SeedResult
  let second: SeedResult
  const now = new Date()

  const all = async <T>(collection: (typeof SEEDED_COLLECTIONS)[number], where = {}) =>
    (await payload.find({ collection, where, pagination: false, depth: 0, overrideAccess: true })).docs as T[]

  beforeAll(async () => {
    test = await startTestPayload()
    payload = test.payload
    first = await seed(payload, { now })
    second = await seed(payload, { now })
  })

  afterAll(async () => {
    await test?.cleanup()
  })

  it('should create at least 200 documents on an empty database', () => {
    expect(first.skipped).toBe(false)
    expect(first.created).toBeGreaterThanOrEqual(200)
  })

  it('should create nothing when run again', async () => {
    expect(second).toMatchObject({ created: 0, skipped: true })
    for (const slug of SEEDED_COLLECTIONS) {
      expect(second.collections[slug].existing, slug).toBe(first.collections[slug].created)
      const { totalDocs } = await payload.count({ collection: slug, overrideAccess: true })
      expect(totalDocs, slug).toBe(first.collections[slug].created)
    }
  })

  it('should publish documents in every collection', async () => {
    for (const slug of SEEDED_COLLECTIONS) {
      const { totalDocs } = await payload.count({ collection: slug, where: published, overrideAccess: true })
      expect(totalDocs, slug).toBeGreaterThan(0)
    }
  })

  it('should keep only a few drafts, each marked as a draft in its title', async () => {
    const drafts: { title?: string | null }[] = []
    for (const slug of SEEDED_COLLECTIONS) {
      drafts.push(...(await all<{ title?: string | null }>(slug, { _status: { equals: 'draft' } })))
    }
    expect(drafts.length).toBeGreaterThanOrEqual(2)
    expect(drafts.length).toBeLessThanOrEqual(3)
    for (const draft of drafts) expect(draft.title).toContain(DRAFT_MARK)
    for (const slug of SEEDED_COLLECTIONS) {
      const visible = await all<{ title?: string | null; name?: string }>(slug, published)
      for (const doc of visible) expect(doc.title ?? doc.name ?? '').not.toContain(DRAFT_MARK)
    }
  })

  it('should give units at all four levels unique, well-formed codes', async () => {
    const departments = await all<{ code: string; level: string }>('departments')
    expect([...new Set(departments.map((d) => d.level))].sort()).toEqual(values(LEVEL_OPTIONS))
    expect(new Set(departments.map((d) => d.code)).size).toBe(departments.length)
    for (const d of departments) expect(isWellFormedCreditCode(d.code), d.code).toBe(true)
  })

  it('should cover every discipline, eight-rules sub-type and sanction among published cases', async () => {
    const cases = await all<Case>('cases', published)
    expect(cases.length).toBeGreaterThanOrEqual(40)
    const seen = (pick: (c: Case) => (string | null | undefined)[]) =>
      [...new Set(cases.flatMap(pick).filter((v): v is string => Boolean(v)))].sort()
    expect(seen((c) => c.violationTypes ?? [])).toEqual(values(VIOLATION_OPTIONS))
    expect(seen((c) => c.eightRulesTypes ?? [])).toEqual(values(EIGHT_RULES_OPTIONS))
    // Every kind of sanction, in the words bulletins use (党内严重警告, 政务撤职, 降低岗位等级 …).
    const persons = cases.flatMap((c) => c.persons)
    const kinds = (words: (string | null | undefined)[], kindOf: (w: string) => string | null) =>
      [...new Set(words.flatMap((w) => (w ? [kindOf(w)] : [])))].sort()
    expect(
      kinds(
        persons.map((p) => p.partySanction),
        (w) => partySanctionOf(w).value,
      ),
    ).toEqual([...PARTY_SANCTIONS].sort())
    expect(
      kinds(
        persons.map((p) => p.governmentSanction),
        governmentSanctionOf,
      ),
    ).toEqual([...GOVERNMENT_SANCTIONS].sort())
    expect(seen((c) => [c.level])).toEqual(values(LEVEL_OPTIONS))
    expect(persons.some((p) => p.referred)).toBe(true)
    expect(persons.some((p) => p.otherMeasures?.length)).toBe(true)
    expect(persons.some((p) => p.measures?.length)).toBe(true)
    expect(cases.some((c) => c.accountability)).toBe(true)
    // The shapes real bulletins have: several persons, a date by month or year only, none at all, a forwarded case.
    expect(cases.some((c) => c.persons.length > 1)).toBe(true)
    expect(cases.some((c) => decided(c).length === 7)).toBe(true)
    expect(cases.some((c) => decided(c).length === 4)).toBe(true)
    expect(cases.some((c) => !c.decisionDate)).toBe(true)
    expect(cases.some((c) => c.source?.kind === 'forwarded' && c.source.issuer)).toBe(true)
    expect(new Set(cases.map((c) => c.region)).size).toBeGreaterThanOrEqual(5)
    const quarters = new Set(
      cases.filter((c) => decided(c).length >= 7).map((c) => `${decided(c).slice(0, 4)}-Q${quarterOf(c)}`),
    )
    for (const year of ['2024', '2025']) for (const q of [1, 2, 3, 4]) expect(quarters.has(`${year}-Q${q}`)).toBe(true)
  })

  it('should publish four quarterly bulletins, each grouping 4–8 cases of its quarter', async () => {
    const quarterly = await payload.find({
      collection: 'bulletins',
      where: { and: [published, { kind: { equals: 'quarterly' } }] },
      pagination: false,
      depth: 1,
      overrideAccess: true,
    })
    expect(quarterly.docs).toHaveLength(4)
    expect(new Set(quarterly.docs.map((b) => `${b.year}-${b.quarter}`)).size).toBe(4)
    for (const bulletin of quarterly.docs) {
      const cases = (bulletin.cases ?? []) as Case[]
      expect(cases.length).toBeGreaterThanOrEqual(4)
      expect(cases.length).toBeLessThanOrEqual(8)
      for (const c of cases) {
        expect(decided(c).slice(0, 4)).toBe(String(bulletin.year))
        expect(quarterOf(c)).toBe(bulletin.quarter)
      }
      expect(bulletin.causeAnalysis).toBeTruthy()
      expect(bulletin.requirements).toBeTruthy()
    }
    const others = await payload.count({
      collection: 'bulletins',
      where: { kind: { not_equals: 'quarterly' } },
      overrideAccess: true,
    })
    expect(others.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('should publish twelve monthly themes ending with the current month', async () => {
    const themes = await all<{
      month: string
      activities?: { venueType: string }[] | null
      materials?: unknown[] | null
    }>('themes', published)
    const months = themes.map((t) => t.month).sort()
    expect(months).toHaveLength(12)
    expect(new Set(months).size).toBe(12)
    expect(months.at(-1)).toBe(shanghaiMonth(now))
    for (const theme of themes) {
      expect(theme.activities?.length).toBeGreaterThanOrEqual(2)
      expect(theme.activities?.length).toBeLessThanOrEqual(4)
      expect(theme.materials?.length).toBeGreaterThanOrEqual(1)
    }
    const venues = new Set(themes.flatMap((t) => t.activities?.map((a) => a.venueType) ?? []))
    expect([...venues].sort()).toEqual(['community', 'enterprise', 'market', 'school', 'village'])
  })

  it('should publish consecutive weekly reminders up to the current week, holidays included', async () => {
    const reminders = await all<{ week: string; message: string; occasion?: string | null }>('reminders', published)
    expect(reminders.length).toBeGreaterThanOrEqual(26)
    const weeks = reminders.map((r) => r.week).sort()
    const today = shanghaiDay(now)
    expect(weeks.at(-1)).toBe(isoWeekOf(today))
    // Consecutive: walking back one week at a time from the current week meets every one.
    for (let k = 0; k < weeks.length; k++) {
      expect(weeks[weeks.length - 1 - k]).toBe(isoWeekOf(addDays(today, -7 * k)))
    }
    for (const r of reminders) expect(Array.from(r.message).length).toBeLessThanOrEqual(140)
    const occasions = new Set(reminders.map((r) => r.occasion).filter(Boolean))
    for (const o of ['newyear', 'spring', 'qingming', 'labor', 'dragon', 'midautumn', 'national'])
      expect(occasions.has(o), o).toBe(true)
  })

  it('should give every disclosure a unique generated index number', async () => {
    const disclosures = await all<{ indexNumber?: string | null }>('disclosures')
    expect(disclosures.length).toBeGreaterThanOrEqual(40)
    for (const d of disclosures) expect(d.indexNumber).toMatch(/^[0-9A-Z]{18}\/20\d\d-\d{5}$/)
    expect(new Set(disclosures.map((d) => d.indexNumber)).size).toBe(disclosures.length)
  })

  it('should cover all three disclosure categories and every public-resource-trading field', async () => {
    const items = await all<{ category: string; domain: string }>('catalog-items', published)
    expect(new Set(items.map((i) => i.category))).toEqual(new Set(['party', 'government', 'service']))
    const domains = new Set(items.map((i) => i.domain))
    for (const d of [
      'engineering',
      'procurement',
      'land',
      'mining',
      'state-assets',
      'medical',
      'admin-power',
      'budget',
      'three-public',
      'five-lists',
      'evaluation',
      'rectification',
    ]) {
      expect(domains.has(d), d).toBe(true)
    }
  })

  it('should store rich text that renders to HTML', async () => {
    const [kase] = await all<Case>('cases', {
      title: { equals: '清风市住房和城乡建设局原副局长张某某严重违纪违法问题' },
    })
    const html = convertLexicalToHTML({ data: kase.facts })
    expect(html).toContain('<p>经查，张某某')
    expect(html).toContain('涉嫌犯罪问题被移送检察机关依法审查起诉')
    const [bulletin] = await all<{ causeAnalysis: Case['facts'] }>('bulletins', { quarter: { equals: 3 } })
    const analysis = convertLexicalToHTML({ data: bulletin.causeAnalysis })
    expect(analysis).toContain('<ol')
    expect(analysis).toMatch(/<li[^>]*>涉农资金/)
  })
})
