// Related cases for a case page: a cadre reading one case of 违规收受礼品礼金 wants the others
// of the same kind first, then those from the same level or region.
import type { Entry } from './collections'
import { caseListDate } from '../../content/model/collections/cases'

type CaseData = Entry<'cases'>['data']

/**
 * Bit per kind of violation (the 7 + 8 fixed options of content/model/labels.ts), so counting
 * shared kinds needs no arrays: relatedness is computed for every pair of cases.
 */
const bits = new Map<string, number>()
const masks = new WeakMap<CaseData, [number, number]>()
function maskOf(list: readonly string[]): number {
  let mask = 0
  for (const kind of list) {
    if (!bits.has(kind)) bits.set(kind, 2 ** bits.size)
    mask += (mask & bits.get(kind)!) === 0 ? bits.get(kind)! : 0
  }
  return mask
}
function masksOf(data: CaseData): [number, number] {
  let m = masks.get(data)
  if (!m) {
    m = [maskOf(data.eightRulesTypes), maskOf(data.violationTypes)]
    masks.set(data, m)
  }
  return m
}
function popcount(x: number): number {
  let n = 0
  for (let v = x; v; v = Math.floor(v / 2)) n += v % 2
  return n
}

/** How closely two cases are related; 0 when they share no kind of violation. */
export function relatedness(a: CaseData, b: CaseData): number {
  const [a8, av] = masksOf(a)
  const [b8, bv] = masksOf(b)
  const kinds = 3 * popcount(a8 & b8) + 2 * popcount(av & bv)
  if (kinds === 0) return 0
  // An unstated level or region is shared with nobody.
  return (
    kinds + (a.level !== null && a.level === b.level ? 1 : 0) + (a.region !== null && a.region === b.region ? 1 : 0)
  )
}

type Ranked = { entry: Entry<'cases'>; at: number }

/** Newer first, then list order: what a reader expects among equally related cases. */
const newerFirst = (a: Ranked, b: Ranked) => {
  const [x, y] = [caseListDate(a.entry.data), caseListDate(b.entry.data)]
  return x < y ? 1 : x > y ? -1 : a.at - b.at
}

/** A small integer per distinct value, so signatures compare as numbers. */
function numbering<T>() {
  const ids = new Map<T, number>()
  return (value: T) => {
    let id = ids.get(value)
    if (id === undefined) ids.set(value, (id = ids.size))
    return id
  }
}

/**
 * Each case's up to `limit` related cases, most related first, newer first among equals (then
 * list order), never itself or an unrelated case — the ranking `relatedness` defines.
 *
 * Relatedness depends only on a case's kinds of violation, level and region, so cases are
 * grouped by those (a signature) and the ranking is worked out once per pair of signatures,
 * with the kinds' score looked up in a table per pair of kind masks: at 3,000 cases that is a
 * few million integer comparisons, where scoring every pair of cases was 9 million calls
 * (2.8 s of the 10,000-document build).
 */
export function relatedCaseLists(all: Entry<'cases'>[], limit = 5): Map<string, Entry<'cases'>[]> {
  const maskId = numbering<string>()
  const levelId = numbering<string>()
  const regionId = numbering<string>()
  const masks: [number, number][] = []
  const signatureId = numbering<string>()
  const signatures: { mask: number; level: number; region: number; cases: Ranked[] }[] = []
  const signatureOf: number[] = []

  all.forEach((entry, at) => {
    const [eight, kinds] = masksOf(entry.data)
    const mask = maskId(`${eight}|${kinds}`)
    if (mask === masks.length) masks.push([eight, kinds])
    // -1: not stated, shared with nobody.
    const level = entry.data.level === null ? -1 : levelId(entry.data.level)
    const region = entry.data.region === null ? -1 : regionId(entry.data.region)
    const id = signatureId(`${mask}|${level}|${region}`)
    if (id === signatures.length) signatures.push({ mask, level, region, cases: [] })
    signatures[id].cases.push({ entry, at })
    signatureOf.push(id)
  })

  // Score of shared kinds for every pair of masks (0: unrelated).
  const kindScore = new Int16Array(masks.length * masks.length)
  masks.forEach(([a8, av], i) =>
    masks.forEach(([b8, bv], j) => (kindScore[i * masks.length + j] = 3 * popcount(a8 & b8) + 2 * popcount(av & bv))),
  )
  // Within a signature the best candidates are simply its newest; one more than `limit` in case
  // a case meets itself.
  const heads = signatures.map((signature) => signature.cases.sort(newerFirst).slice(0, limit + 1))

  const byScore: number[][] = []
  const ranking = signatures.map((a) => {
    byScore.length = 0
    signatures.forEach((b, j) => {
      const kinds = kindScore[a.mask * masks.length + b.mask]
      if (kinds === 0) return
      const score =
        kinds + (a.level >= 0 && a.level === b.level ? 1 : 0) + (a.region >= 0 && a.region === b.region ? 1 : 0)
      ;(byScore[score] ??= []).push(j)
    })
    const list: Entry<'cases'>[] = []
    for (let score = byScore.length - 1; score > 0 && list.length <= limit; score--) {
      const bucket = byScore[score]
      if (!bucket) continue
      const candidates = bucket.flatMap((j) => heads[j]).sort(newerFirst)
      for (const { entry } of candidates.slice(0, limit + 1 - list.length)) list.push(entry)
    }
    return list
  })

  const lists = new Map<string, Entry<'cases'>[]>()
  all.forEach((entry, at) => {
    lists.set(entry.id, ranking[signatureOf[at]].filter((other) => other.id !== entry.id).slice(0, limit))
  })
  return lists
}
