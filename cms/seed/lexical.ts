/**
 * A tiny builder for Lexical rich text, in the JSON shape @payloadcms/richtext-lexical stores.
 *
 * A block is a string (a paragraph), `{ h2 | h3: text }` (a heading), `{ ul: [...] }` or
 * `{ ol: [...] }` (a list). The seed data stays readable plain text; this turns it into the
 * editor state.
 */
export type Block = string | { h2: string } | { h3: string } | { ul: string[] } | { ol: string[] }

type TextNode = {
  type: 'text'
  text: string
  version: 1
  format: 0
  detail: 0
  mode: 'normal'
  style: ''
}

type ElementBase = { direction: 'ltr'; format: ''; indent: 0; version: 1 }

/** A block-level node: what Payload's generated rich-text type asks of each child. */
type BlockNode = { type: string; version: number; [key: string]: unknown }

export type LexicalRoot = {
  root: ElementBase & { type: 'root'; children: BlockNode[] }
}

const base: ElementBase = { direction: 'ltr', format: '', indent: 0, version: 1 }

const text = (value: string): TextNode => ({
  type: 'text',
  text: value,
  version: 1,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})

const paragraph = (value: string) => ({ type: 'paragraph', children: [text(value)], ...base, textFormat: 0 })

const heading = (tag: 'h2' | 'h3', value: string) => ({ type: 'heading', tag, children: [text(value)], ...base })

const list = (listType: 'bullet' | 'number', items: string[]) => ({
  type: 'list',
  listType,
  tag: listType === 'bullet' ? 'ul' : 'ol',
  start: 1,
  children: items.map((item, index) => ({ type: 'listitem', value: index + 1, children: [text(item)], ...base })),
  ...base,
})

function node(block: Block): BlockNode {
  if (typeof block === 'string') return paragraph(block)
  if ('h2' in block) return heading('h2', block.h2)
  if ('h3' in block) return heading('h3', block.h3)
  if ('ul' in block) return list('bullet', block.ul)
  return list('number', block.ol)
}

/** Rich text from blocks; a single string becomes one paragraph. */
export function richText(...blocks: Block[]): LexicalRoot {
  return { root: { type: 'root', children: blocks.map(node), ...base } }
}
