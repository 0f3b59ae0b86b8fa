// Example queries for the empty search page, from what is published: the most common 八项规定
// and 违纪 types of the cases, a sanction they name, and a unit's 简称 — so every example finds
// something on this portal.
import type { Entry } from './collections'

/** At most five examples, most common first; none when nothing is published. */
export function searchExamples(cases: Entry<'cases'>[], departments: Entry<'departments'>[]): string[] {
  const counts = new Map<string, number>()
  const add = (value: string | null | undefined) => value && counts.set(value, (counts.get(value) ?? 0) + 1)
  for (const c of cases) c.data.eightRulesTypes.forEach(add)
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v)
  const sanctions = new Map<string, number>()
  for (const c of cases)
    for (const p of c.data.persons) {
      const kind = p.partySanction?.value
      if (kind) sanctions.set(kind, (sanctions.get(kind) ?? 0) + 1)
    }
  const sanction = [...sanctions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0]
  const alias = departments.find((d) => d.data.aliases.length)?.data.aliases[0]
  const examples = [
    ...top.slice(0, 2),
    cases.some((c) => c.data.violationTypes.includes('违反中央八项规定精神')) ? '八项规定' : null,
    sanction,
    alias,
  ]
  return [...new Set(examples.filter((e): e is string => Boolean(e)))].slice(0, 5)
}
