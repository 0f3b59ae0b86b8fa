// The proposed drafts of a parsed notice, written for a person to read (npm run parse-notice).
import type { ParsedNotice } from './parseNotice'

const shown = (value: string | null) => value ?? '（原文未写明）'

export function formatNotice(notice: ParsedNotice): string {
  const lines: string[] = []
  if (notice.bulletin) {
    lines.push(`通报：${notice.bulletin.title}`)
    lines.push(`  发布单位：${shown(notice.bulletin.issuer)}`)
    lines.push(`  发布日期：${shown(notice.bulletin.date)}`)
    lines.push('')
  }
  notice.cases.forEach((item, i) => {
    lines.push(`案例 ${i + 1}：${item.headline ?? '（没有标题句，请编辑补写）'}`)
    if (!item.persons.length) lines.push('  被处分人：（没有识别出，请对照原文填写）')
    for (const person of item.persons) {
      lines.push(`  被处分人：${person.name}`)
      lines.push(`    单位：${shown(person.unit)}\u3000职务：${shown(person.position)}`)
      lines.push(`    党纪处分：${shown(person.partySanction)}\u3000政务处分：${shown(person.governmentSanction)}`)
      if (person.otherMeasures.length) lines.push(`    其他处理：${person.otherMeasures.join('；')}`)
    }
    lines.push(`  处分决定时间：${shown(item.decisionDate)}\u3000移送检察机关：${item.referred ? '是' : '原文未提及'}`)
    lines.push('')
  })
  return lines.join('\n')
}
