// Traditional characters read as simplified, for search on both sides (the index builder and the
// query): 禮品禮金 finds 礼品礼金. The table is OpenCC's character dictionary (TSCharacters,
// through opencc-js), not a hand-made list; only pairs of the same length in UTF-16 units are
// taken, so a folded text keeps every offset (the search page marks matches by offset). Phrase
// rules are not applied: search needs the same fold on both sides, not the best reading.
//
// The search page loads this module (≈ 17 KB gzipped) with the index on first use, not up front.
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters'
import { normalizeSearchText } from './searchText'

let table: Uint16Array | null = null
let astral: Map<string, string> | null = null

function load(): Uint16Array {
  if (table) return table
  table = new Uint16Array(0x10000)
  astral = new Map()
  for (const pair of TS_CHARACTERS.split('|')) {
    const [from, to] = pair.split(' ')
    if (!from || !to || from.length !== to.length) continue
    if (from.length === 1) table[from.charCodeAt(0)] = to.charCodeAt(0)
    else astral.set(from, to)
  }
  return table
}

/** `text` with traditional characters as simplified ones; the same length. */
export function foldTraditional(text: string): string {
  const map = load()
  let out: string[] | null = null
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // Most texts hold no traditional character: nothing is copied until one is found.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const to = astral!.get(text.slice(i, i + 2))
      if (to) {
        ;(out ??= []).push(text.slice(from, i), to)
        from = i + 2
      }
      i++
      continue
    }
    const to = map[c]
    if (to) {
      ;(out ??= []).push(text.slice(from, i), String.fromCharCode(to))
      from = i + 1
    }
  }
  if (!out) return text
  out.push(text.slice(from))
  return out.join('')
}

/** What search compares: `normalizeSearchText` (fullwidth, case), then traditional → simplified. */
export const foldSearchText = (text: string): string => foldTraditional(normalizeSearchText(text))
