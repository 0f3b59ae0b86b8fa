// How a case's persons read on the portal: every fact in the words it was published in, and
// only what was published — a sanction nobody published is not turned into 无.
import { unitPositionOf, type CasePerson } from '../../content/model/collections/cases'

/** Everything decided about one person, as published, in the bulletins' order. */
export function dispositionOf(p: CasePerson): string[] {
  return [
    p.partySanction?.published,
    p.governmentSanction?.published,
    ...p.measures.map((m) => m.published),
    ...p.otherMeasures,
    p.referred ? '涉嫌犯罪问题移送检察机关依法审查起诉' : null,
    p.criminalOutcome,
  ].filter((v): v is string => Boolean(v))
}

/** 张某某，市住建局原局长：留党察看一年、政务撤职 — one line of a bulletin's list. */
export function personLine(p: CasePerson): string {
  const who = [p.name, unitPositionOf(p)].filter(Boolean).join('，')
  const decided = dispositionOf(p)
  return decided.length ? `${who}：${decided.join('、')}` : `${who}：处理结果未公开`
}
