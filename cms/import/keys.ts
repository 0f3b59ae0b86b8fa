// Parts of natural keys (rules.ts `keyOf`): the same key from a planned row and a stored document.

export { dayOf } from './richTextCell'

/** The id of a relationship value, populated or not. */
export const idOf = (value: unknown): string =>
  String(value && typeof value === 'object' ? (value as { id: unknown }).id : (value ?? ''))

/** A value as trimmed text ('' when empty). */
export const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : value == null ? '' : String(value)

/** The parts joined, or null when one is empty: a row without its whole key matches nothing. */
export const join = (...parts: string[]) => (parts.every(Boolean) ? parts.join('\u0000') : null)
