// Related cases on a case page: same kind of violation first, then level and region, newer first.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../site/lib/collections';
import { relatedCases, relatedness } from '../../site/lib/related';

let n = 0;
const kase = (violationTypes: string[], eightRulesTypes: string[], level: string, region: string, decisionDate: string) =>
  ({ id: String(++n), collection: 'cases', data: { violationTypes, eightRulesTypes, level, region, decisionDate } }) as unknown as Entry<'cases'>;

describe('related cases', () => {
  const self = kase(['违反中央八项规定精神', '违反廉洁纪律'], ['违规收受礼品礼金'], '市级', '松溪县', '2025-05-01');
  const sameRule = kase(['违反中央八项规定精神'], ['违规收受礼品礼金'], '县(市、区)级', '青莲区', '2024-01-01');
  const sameRuleNewer = kase(['违反中央八项规定精神'], ['违规收受礼品礼金'], '县(市、区)级', '青莲区', '2025-01-01');
  const sameKindHere = kase(['违反廉洁纪律'], [], '市级', '松溪县', '2023-01-01');
  const unrelated = kase(['违反生活纪律'], [], '市级', '松溪县', '2025-06-01');
  const all = [self, sameRule, sameKindHere, unrelated, sameRuleNewer];

  it('should score shared kinds of violation, and nothing without one', () => {
    expect(relatedness(self.data, sameRule.data)).toBe(3 + 2);
    expect(relatedness(self.data, sameKindHere.data)).toBe(2 + 1 + 1);
    expect(relatedness(self.data, unrelated.data)).toBe(0);
  });

  it('should list the most related first, newer first among equals, never itself or an unrelated case', () => {
    expect(relatedCases(self, all).map((c) => c.id)).toEqual([sameRuleNewer.id, sameRule.id, sameKindHere.id]);
    expect(relatedCases(self, all, 2).map((c) => c.id)).toEqual([sameRuleNewer.id, sameRule.id]);
  });

  it('should keep the best five of many', () => {
    const many = Array.from({ length: 50 }, (_, i) => kase(['违反廉洁纪律'], [], '市级', '松溪县', `2020-01-${String((i % 28) + 1).padStart(2, '0')}`));
    const top = relatedCases(self, [self, ...many]);
    expect(top).toHaveLength(5);
    const dates = top.map((c) => c.data.decisionDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2020-01-28');
  });
});
