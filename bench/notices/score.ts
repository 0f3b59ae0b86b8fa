// Scores parsed items against the hand annotations of the real bulletins (per field, exact).
import type { ParsedCase } from '../../cms/notices/parseNotice'

/** One annotated item of tests/fixtures/real-bulletins/cases.json (the fields scored here). */
export type AnnotatedItem = {
  id: string
  text: string
  headline: string | null
  subjects: {
    name: string
    unit: string | null
    position: string | null
    party_sanction: string | null
    government_sanction: string | null
    other_measures: string[]
  }[]
  referral: boolean | null
  decision_date_as_published: string | null
}

type Tally = { correct: number; total: number }
export type NoticeScore = {
  fields: Record<string, Tally>
  precision: Record<string, Tally>
  overall: number
  misses: string[]
}

const FIELDS = [
  'headline',
  'persons',
  'name',
  'unit+position',
  'partySanction',
  'governmentSanction',
  'otherMeasures',
  'decisionDate',
  'referred',
] as const

export function scoreNotices(items: AnnotatedItem[], parse: (text: string) => ParsedCase): NoticeScore {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as Record<string, Tally>
  const precision: Record<string, Tally> = {
    partySanction: { correct: 0, total: 0 },
    governmentSanction: { correct: 0, total: 0 },
  }
  const misses: string[] = []
  const count = (field: string, ok: boolean, id: string, got: unknown, want: unknown) => {
    fields[field].total++
    if (ok) fields[field].correct++
    else misses.push(`${id} ${field}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`)
  }
  for (const item of items) {
    const parsed = parse(item.text)
    count('headline', parsed.headline === item.headline, item.id, parsed.headline, item.headline)
    count(
      'persons',
      parsed.persons.length === item.subjects.length,
      item.id,
      parsed.persons.length,
      item.subjects.length,
    )
    count(
      'decisionDate',
      parsed.decisionDate === item.decision_date_as_published,
      item.id,
      parsed.decisionDate,
      item.decision_date_as_published,
    )
    // Not stated (null) is not referred: the draft says 移送检察机关 only when the text does.
    count('referred', parsed.referred === (item.referral ?? false), item.id, parsed.referred, item.referral)
    for (const subject of item.subjects) {
      const person = parsed.persons.find((p) => p.name === subject.name)
      count(
        'name',
        Boolean(person),
        item.id,
        parsed.persons.map((p) => p.name),
        subject.name,
      )
      const place = (u: string | null | undefined, p: string | null | undefined) => `${u ?? '∅'} | ${p ?? '∅'}`
      count(
        'unit+position',
        place(person?.unit, person?.position) === place(subject.unit, subject.position),
        item.id,
        place(person?.unit, person?.position),
        place(subject.unit, subject.position),
      )
      count(
        'partySanction',
        (person?.partySanction ?? null) === subject.party_sanction,
        item.id,
        person?.partySanction,
        subject.party_sanction,
      )
      count(
        'governmentSanction',
        (person?.governmentSanction ?? null) === subject.government_sanction,
        item.id,
        person?.governmentSanction,
        subject.government_sanction,
      )
      const measures = (xs: string[]) => [...xs].sort().join('；')
      count(
        'otherMeasures',
        measures(person?.otherMeasures ?? []) === measures(subject.other_measures),
        item.id,
        person?.otherMeasures,
        subject.other_measures,
      )
      for (const key of ['partySanction', 'governmentSanction'] as const) {
        const given = person?.[key] ?? null
        const want = key === 'partySanction' ? subject.party_sanction : subject.government_sanction
        if (given !== null) {
          precision[key].total++
          if (given === want) precision[key].correct++
        }
      }
    }
  }
  const tallies = Object.values(fields)
  const overall = tallies.reduce((a, t) => a + t.correct, 0) / tallies.reduce((a, t) => a + t.total, 0)
  return { fields, precision, overall, misses }
}
