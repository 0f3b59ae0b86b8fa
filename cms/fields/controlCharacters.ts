import type { CollectionBeforeValidateHook, FlattenedField } from 'payload'

/**
 * Characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage return, and the
 * non-characters U+FFFE and U+FFFF. Nobody types them; they come with text pasted from Word or a
 * PDF. Kept, they do harm downstream: SQLite cuts a text at U+0000 without a word, and a feed or
 * sitemap holding any is unreadable as a whole.
 */
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

/** Word's manual line break (U+000B) and page break (U+000C) become line breaks; the rest go. */
export function stripControlCharacters(text: string): string {
  return text.replace(/[\u000b\u000c]/g, '\n').replace(XML_ILLEGAL, '')
}

type LexicalNode = { type?: string; text?: unknown; children?: unknown }

function cleanLexical(node: unknown): void {
  if (!node || typeof node !== 'object') return
  const n = node as LexicalNode
  if (n.type === 'text' && typeof n.text === 'string') n.text = stripControlCharacters(n.text)
  if (Array.isArray(n.children)) n.children.forEach(cleanLexical)
}

function cleanFields(fields: FlattenedField[], data: Record<string, unknown>): void {
  for (const field of fields) {
    const value = data[field.name]
    if (value === null || value === undefined) continue
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        if (typeof value === 'string') data[field.name] = stripControlCharacters(value)
        else if (Array.isArray(value))
          data[field.name] = value.map((v) => (typeof v === 'string' ? stripControlCharacters(v) : v))
        break
      case 'richText':
        if (typeof value === 'object' && 'root' in value) cleanLexical((value as { root: unknown }).root)
        break
      case 'group':
      case 'tab':
        if (typeof value === 'object') cleanFields(field.flattenedFields, value as Record<string, unknown>)
        break
      case 'array':
        if (Array.isArray(value))
          for (const row of value)
            if (row && typeof row === 'object') cleanFields(field.flattenedFields, row as Record<string, unknown>)
        break
    }
  }
}

/**
 * Removes those characters from every free-text field (rich-text text included) before the
 * document is validated and saved, so what is stored, reviewed and published is the same text.
 * Link URLs inside rich text are left alone: a control character there is refused outright.
 */
export const stripControlCharactersHook: CollectionBeforeValidateHook = ({ collection, data }) => {
  if (data) cleanFields(collection.flattenedFields, data as Record<string, unknown>)
  return data
}
