// A parsed notice as the drafts it proposes (粘贴通报, `npm run import -- cases 通报.txt`): one
// case per item with every field the text fills, in the words of the text, and what the editor
// must still decide said in Chinese. Nothing here is published: the drafts go through review.
import { measureOf, readPublishedDate } from '../../content/model/caseTerms'
import { foldForMatch, type ParsedCase, type ParsedNotice } from './parseNotice'
import { DISCIPLINE_PATTERNS, EIGHT_RULES_PATTERNS } from './vocabulary'

/** A case draft in the fields' own names (cms/collections/Cases.ts). */
export type CaseDraft = {
  title: string
  facts: string
  decisionDate: string | null
  /** 违纪类型 named in the text (option values); 违反中央八项规定精神 also when a 八项规定 problem is. */
  violationTypes: string[]
  /** 八项规定问题类型 read from the text's keywords (option values). */
  eightRulesTypes: string[]
  persons: {
    name: string
    unit: string | null
    position: string | null
    partySanction: string | null
    governmentSanction: string | null
    measures: string[]
    otherMeasures: string[]
    referred: boolean
  }[]
  source: { kind: 'own' | 'forwarded'; issuer: string | null; title: string | null; date: string | null }
}

export type ProposedCase = {
  draft: CaseDraft
  /** What the editor must check or add before submitting (中文). */
  notes: string[]
}

/** Longest title a case gets from an item without a headline (its first sentence, cut). */
const TITLE_CHARS = 60

const readable = (date: string | null) => (date && !('error' in readPublishedDate(date)) ? date : null)

/**
 * The case drafts of a parsed notice. `forwarded`: the notice is another office's, republished
 * for 警示教育 (its issuer, title and date become the case's 来源); otherwise they are kept as the
 * source too, but the case is this office's own.
 */
export function proposeCases(notice: ParsedNotice, options: { forwarded?: boolean } = {}): ProposedCase[] {
  const bulletin = notice.bulletin
  return notice.cases.map((item) => proposeCase(item, bulletin, Boolean(options.forwarded)))
}

function proposeCase(item: ParsedCase, bulletin: ParsedNotice['bulletin'], forwarded: boolean): ProposedCase {
  const notes: string[] = []
  let title = item.headline
  if (!title) {
    const first = item.text.split('。')[0]
    title = first.length > TITLE_CHARS ? `${first.slice(0, TITLE_CHARS)}…` : first
    notes.push('原文没有标题句，标题取自第一句，请修改')
  }
  // Who was referred is said per case: with one person it is that person; with several the editor decides.
  const referOne = item.referred && item.persons.length === 1
  if (item.referred && item.persons.length > 1) notes.push('原文写明移送检察机关，但涉及多人：请勾选被移送的人员')
  if (item.persons.length === 0) notes.push('未能识别被处分人：请按原文补充姓名、单位、职务和处分')
  const decisionDate = readable(item.decisionDate)
  if (item.decisionDate && !decisionDate) notes.push(`无法识别处分决定日期「${item.decisionDate}」，请手工填写`)
  if (!item.decisionDate) notes.push('原文没有写明处分决定日期')
  const folded = foldForMatch(item.text)
  const eightRulesTypes = Object.keys(EIGHT_RULES_PATTERNS).filter((key) => EIGHT_RULES_PATTERNS[key].test(folded))
  const violationTypes = Object.keys(DISCIPLINE_PATTERNS).filter(
    (key) => DISCIPLINE_PATTERNS[key].test(folded) || (key === 'eight-rules' && eightRulesTypes.length > 0),
  )
  if (eightRulesTypes.length) notes.push('八项规定问题类型按原文关键词识别，请核对')
  return {
    draft: {
      title,
      facts: item.text,
      decisionDate,
      violationTypes,
      eightRulesTypes,
      persons: item.persons.map((p) => ({
        name: p.name,
        unit: p.unit,
        position: p.position,
        partySanction: p.partySanction,
        governmentSanction: p.governmentSanction,
        measures: p.otherMeasures.filter((m) => measureOf(foldForMatch(m)) !== null),
        otherMeasures: p.otherMeasures.filter((m) => measureOf(foldForMatch(m)) === null),
        referred: referOne,
      })),
      source: {
        kind: forwarded ? 'forwarded' : 'own',
        issuer: bulletin?.issuer ?? null,
        title: bulletin?.title ?? null,
        date: readable(bulletin?.date ?? null),
      },
    },
    notes,
  }
}
