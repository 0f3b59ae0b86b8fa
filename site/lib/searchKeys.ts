// Key numbers for the index builder (searchIndex.ts). At 10,000 documents it files about 20
// million grams; making a string of each and hashing it in a Map was a quarter of the index
// build. A gram of up to three characters of the Basic Multilingual Plane is its character
// codes packed into one number, found in an open-addressing table without allocating; any
// other key (code runs, rare characters) goes through a Map as before.
import { TITLE_KEY } from './searchText'

const TITLE_BIT = 2 ** 48
const EMPTY = -1

export class SearchKeys {
  /** The key strings, by key number. */
  readonly keys: string[] = []
  private codes = new Float64Array(1 << 16)
  private slots = new Int32Array(1 << 16).fill(EMPTY)
  private strings = new Map<string, number>()

  /** The number of `text.slice(start, end)` as a body key, or as a title key. */
  idOf(text: string, start: number, end: number, title: boolean): number {
    if (end - start <= 3) {
      let code = 0
      let scale = 1
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i)
        if (c >= 0xd800 && c <= 0xdfff) return this.idOfString(text, start, end, title)
        code += c * scale
        scale *= 0x10000
      }
      // Characters of a gram are never whitespace (never 0), so the length is implied.
      return this.idOfCode(title ? code + TITLE_BIT : code, text, start, end, title)
    }
    return this.idOfString(text, start, end, title)
  }

  private add(key: string): number {
    this.keys.push(key)
    return this.keys.length - 1
  }

  private idOfString(text: string, start: number, end: number, title: boolean): number {
    const key = (title ? TITLE_KEY : '') + text.slice(start, end)
    let id = this.strings.get(key)
    if (id === undefined) this.strings.set(key, (id = this.add(key)))
    return id
  }

  private idOfCode(code: number, text: string, start: number, end: number, title: boolean): number {
    let mask = this.slots.length - 1
    let slot = hash(code) & mask
    for (;;) {
      const id = this.slots[slot]
      if (id === EMPTY) break
      if (this.codes[slot] === code) return id
      slot = (slot + 1) & mask
    }
    const id = this.add((title ? TITLE_KEY : '') + text.slice(start, end))
    this.codes[slot] = code
    this.slots[slot] = id
    // Keep the table at most half full.
    if (this.keys.length * 2 > this.slots.length) {
      const codes = this.codes
      const slots = this.slots
      this.codes = new Float64Array(codes.length * 2)
      this.slots = new Int32Array(slots.length * 2).fill(EMPTY)
      mask = this.slots.length - 1
      for (let i = 0; i < slots.length; i++) {
        if (slots[i] === EMPTY) continue
        let at = hash(codes[i]) & mask
        while (this.slots[at] !== EMPTY) at = (at + 1) & mask
        this.codes[at] = codes[i]
        this.slots[at] = slots[i]
      }
    }
    return id
  }
}

/** Mixes both halves of a code (up to 49 bits) into 32. */
function hash(code: number): number {
  const low = code >>> 0
  const high = Math.floor(code / 0x100000000)
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b)
  h ^= h >>> 13
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16)
}
