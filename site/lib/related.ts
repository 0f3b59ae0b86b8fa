// Related cases for a case page: a cadre reading one case of 违规收受礼品礼金 wants the others
// of the same kind first, then those from the same level or region.
import type { Entry } from './collections';

type CaseData = Entry<'cases'>['data'];

/**
 * Bit per kind of violation (the 7 + 8 fixed options of site/schemas/options.ts), so counting
 * shared kinds needs no arrays: relatedness is computed for every pair of cases.
 */
const bits = new Map<string, number>();
const masks = new WeakMap<CaseData, [number, number]>();
function maskOf(list: readonly string[]): number {
  let mask = 0;
  for (const kind of list) {
    if (!bits.has(kind)) bits.set(kind, 2 ** bits.size);
    mask += (mask & bits.get(kind)!) === 0 ? bits.get(kind)! : 0;
  }
  return mask;
}
function masksOf(data: CaseData): [number, number] {
  let m = masks.get(data);
  if (!m) {
    m = [maskOf(data.eightRulesTypes), maskOf(data.violationTypes)];
    masks.set(data, m);
  }
  return m;
}
function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v = Math.floor(v / 2)) n += v % 2;
  return n;
}

/** How closely two cases are related; 0 when they share no kind of violation. */
export function relatedness(a: CaseData, b: CaseData): number {
  const [a8, av] = masksOf(a);
  const [b8, bv] = masksOf(b);
  const kinds = 3 * popcount(a8 & b8) + 2 * popcount(av & bv);
  if (kinds === 0) return 0;
  return kinds + (a.level === b.level ? 1 : 0) + (a.region === b.region ? 1 : 0);
}

/**
 * Up to `limit` related cases, most related first, newer first among equals (then list order).
 * Keeps a running top `limit` instead of scoring, mapping and sorting every other case: called
 * once per case page, the full sort made the case pages quadratic (1.2 s of allocations and
 * GC at 3,000 cases).
 */
export function relatedCases(entry: Entry<'cases'>, all: Entry<'cases'>[], limit = 5): Entry<'cases'>[] {
  const top: { other: Entry<'cases'>; score: number }[] = [];
  const before = (a: { other: Entry<'cases'>; score: number }, b: { other: Entry<'cases'>; score: number }) =>
    a.score > b.score || (a.score === b.score && a.other.data.decisionDate > b.other.data.decisionDate);
  for (const other of all) {
    if (other.id === entry.id) continue;
    const score = relatedness(entry.data, other.data);
    if (score === 0) continue;
    const candidate = { other, score };
    if (top.length === limit && !before(candidate, top[limit - 1])) continue;
    let at = top.length;
    while (at > 0 && before(candidate, top[at - 1])) at--;
    top.splice(at, 0, candidate);
    if (top.length > limit) top.pop();
  }
  return top.map(({ other }) => other);
}
