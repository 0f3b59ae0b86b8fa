// Related cases for a case page: a cadre reading one case of 违规收受礼品礼金 wants the others
// of the same kind first, then those from the same level or region.
import type { Entry } from './collections';

const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;

/** How closely two cases are related; 0 when they share no kind of violation. */
export function relatedness(a: Entry<'cases'>['data'], b: Entry<'cases'>['data']): number {
  const kinds = 3 * shared(a.eightRulesTypes, b.eightRulesTypes) + 2 * shared(a.violationTypes, b.violationTypes);
  if (kinds === 0) return 0;
  return kinds + (a.level === b.level ? 1 : 0) + (a.region === b.region ? 1 : 0);
}

/** Up to `limit` related cases, most related first, newer first among equals. */
export function relatedCases(entry: Entry<'cases'>, all: Entry<'cases'>[], limit = 5): Entry<'cases'>[] {
  return all
    .filter((other) => other.id !== entry.id)
    .map((other) => ({ other, score: relatedness(entry.data, other.data) }))
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score || (x.other.data.decisionDate < y.other.data.decisionDate ? 1 : -1))
    .slice(0, limit)
    .map(({ other }) => other);
}
