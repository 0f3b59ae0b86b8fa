import { richText, type LexicalRoot } from '../seed/lexical'
import { shanghaiDay } from '../../content/shared/shanghai'

/** Rich text from a cell: one paragraph per line, blank lines dropped (how a spreadsheet cell holds 正文). */
export function textToLexical(text: string): LexicalRoot {
  return richText(
    ...text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
}

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** The text of stored rich text, one line per block: what a cell would have to hold to produce it. */
export function lexicalToText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return ''
  const inline = (node: LexicalNode): string =>
    node.type === 'linebreak' ? '\n' : (node.text ?? '') + (node.children ?? []).map(inline).join('')
  const blocks: string[] = []
  const walk = (node: LexicalNode) => {
    if (node.type === 'list') node.children?.forEach(walk)
    else blocks.push(inline(node))
  }
  root.children?.forEach(walk)
  return blocks
    .map((block) => block.trim())
    .filter(Boolean)
    .join('\n')
}

/** Whether a JSON value is already Lexical editor state (a JSON import of exported rich text). */
export const isLexical = (value: unknown): value is LexicalRoot =>
  typeof value === 'object' && value !== null && typeof (value as { root?: { type?: unknown } }).root?.type === 'string'

/** The day (YYYY-MM-DD, Asia/Shanghai) of a stored date, or of a day string as planned. */
export function dayOf(value: unknown): string {
  if (typeof value !== 'string' || value === '') return ''
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? '' : shanghaiDay(date)
}
