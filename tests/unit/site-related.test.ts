// Related cases on a case page: same kind of violation first, then level and region, newer first.
import { describe, expect, it } from 'vitest'
import type { Entry } from '../../site/lib/collections'
import { relatedCaseLists, relatedness } from '../../site/lib/related'
import { caseListDate } from '../../content/model/collections/cases'

/** The definition, case by case: every other related case, most related first, newer first, then list order. */
function bruteForce(entry: Entry<'cases'>, all: Entry<'cases'>[], limit = 5): string[] {
  return all
    .map((other, at) => ({ other, at, score: other.id === entry.id ? 0 : relatedness(entry.data, other.data) }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (caseListDate(a.other.data) < caseListDate(b.other.data)
          ? 1
          : caseListDate(a.other.data) > caseListDate(b.other.data)
            ? -1
            : a.at - b.at),
    )
    .slice(0, limit)
    .map(({ other }) => other.id)
}

const relatedCases = (entry: Entry<'cases'>, all: Entry<'cases'>[], limit = 5) =>
  relatedCaseLists(all, limit).get(entry.id)!

let n = 0
const kase = (
  violationTypes: string[],
  eightRulesTypes: string[],
  level: string | null,
  region: string | null,
  decisionDate: string,
) =>
  ({
    id: String(++n),
    collection: 'cases',
    data: {
      violationTypes,
      eightRulesTypes,
      level,
      region,
      decisionDate: { value: decisionDate, published: decisionDate },
      source: { kind: '本级查处' },
    },
  }) as unknown as Entry<'cases'>

describe('related cases', () => {
  const self = kase(['违反中央八项规定精神', '违反廉洁纪律'], ['违规收受礼品礼金'], '市级', '松溪县', '2025-05-01')
  const sameRule = kase(['违反中央八项规定精神'], ['违规收受礼品礼金'], '县(市、区)级', '青莲区', '2024-01-01')
  const sameRuleNewer = kase(['违反中央八项规定精神'], ['违规收受礼品礼金'], '县(市、区)级', '青莲区', '2025-01-01')
  const sameKindHere = kase(['违反廉洁纪律'], [], '市级', '松溪县', '2023-01-01')
  const unrelated = kase(['违反生活纪律'], [], '市级', '松溪县', '2025-06-01')
  const all = [self, sameRule, sameKindHere, unrelated, sameRuleNewer]

  it('should score shared kinds of violation, and nothing without one', () => {
    expect(relatedness(self.data, sameRule.data)).toBe(3 + 2)
    expect(relatedness(self.data, sameKindHere.data)).toBe(2 + 1 + 1)
    expect(relatedness(self.data, unrelated.data)).toBe(0)
  })

  it('should not count an unstated level or region as shared', () => {
    const unstated = kase(['违反廉洁纪律'], [], null, null, '2023-01-01')
    const alsoUnstated = kase(['违反廉洁纪律'], [], null, null, '2023-02-01')
    expect(relatedness(unstated.data, alsoUnstated.data)).toBe(2)
    expect(relatedCases(unstated, [unstated, alsoUnstated, sameKindHere]).map((c) => c.id)).toEqual([
      alsoUnstated.id,
      sameKindHere.id,
    ])
  })

  it('should list the most related first, newer first among equals, never itself or an unrelated case', () => {
    expect(relatedCases(self, all).map((c) => c.id)).toEqual([sameRuleNewer.id, sameRule.id, sameKindHere.id])
    expect(relatedCases(self, all, 2).map((c) => c.id)).toEqual([sameRuleNewer.id, sameRule.id])
  })

  it('should keep the best five of many', () => {
    const many = Array.from({ length: 50 }, (_, i) =>
      kase(['违反廉洁纪律'], [], '市级', '松溪县', `2020-01-${String((i % 28) + 1).padStart(2, '0')}`),
    )
    const top = relatedCases(self, [self, ...many])
    expect(top).toHaveLength(5)
    const dates = top.map((c) => c.data.decisionDate!.value)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(dates[0]).toBe('2020-01-28')
  })

  it('should give every case of a large random set exactly what scoring every pair gives', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
    const kinds = [
      '违反政治纪律',
      '违反组织纪律',
      '违反廉洁纪律',
      '违反群众纪律',
      '违反工作纪律',
      '违反中央八项规定精神',
    ]
    const rules = ['违规收受礼品礼金', '公款旅游', '违规公款吃喝', '公车私用']
    const cases = Array.from({ length: 600 }, () => {
      const violations = [...new Set([pick(kinds), pick(kinds)])]
      const eight = violations.includes('违反中央八项规定精神') ? [...new Set([pick(rules), pick(rules)])] : []
      // Few distinct dates, so ties on score and date (decided by list order) are common.
      return kase(
        violations,
        eight,
        pick(['市级', '县(市、区)级', null]),
        pick(['松溪县', '青莲区', '清风市本级', null]),
        `202${Math.floor(random() * 3)}-0${1 + Math.floor(random() * 3)}-01`,
      )
    })
    const lists = relatedCaseLists(cases)
    for (const entry of cases)
      expect(
        lists.get(entry.id)!.map((c) => c.id),
        entry.id,
      ).toEqual(bruteForce(entry, cases))
  })
})
