// Reads the searchable part of a built page: the element marked `data-search-body` (detail pages
// and hand-written pages), without anything inside `data-search-ignore`, scripts or styles.
// Block elements end a line, so no term matches across a table cell or a paragraph; inline
// elements (links, <strong>) do not. The marked element carries the page's filters and dates:
//   data-search-type, data-search-year, data-search-date (YYYY-MM[-DD]), data-search-date-label;
// the title is the element marked `data-search-title`. The text of an element marked
// `data-search-label` (a fact table's 党纪处分) becomes the label of the line after it: shown
// in excerpts, not searchable (searchText.ts, LABEL_END). `data-search-names` on the body lists
// a unit's 全称, 简称 and 别称 (a JSON array of strings): the search treats them as one name.
import { LABEL_END } from './searchText'

export interface SearchRecord {
  url: string
  title: string
  /** Visible text of the searchable part, title included; lines end at block boundaries. */
  text: string
  type: string
  year: string
  /** Sortable date (`YYYY-MM` or `YYYY-MM-DD`), '' when the page has none. */
  date: string
  dateLabel: string
  /** A unit's names (全称 first), when the page is a unit's. */
  names?: string[]
}

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'ins',
  'del',
  'label',
])
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])
const TOKENS = /<!--[\s\S]*?-->|<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[a-zA-Z][^>]*>|[^<]+|</g
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : all
    }
    return ENTITIES[name.toLowerCase()] ?? all
  })
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=[\\s/>])`, 'i').exec(tag)
  if (!match) return null
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '')
}

/** `cases/12/index.html` → `/cases/12/`. */
export function urlOfFile(relative: string): string {
  return (
    '/' +
    relative
      .split(/[\\/]/)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')
  )
}

/** The page's search record, or null when it has no searchable part. */
export function extractSearchRecord(html: string, url: string): SearchRecord | null {
  const start = html.search(/<[a-zA-Z][^>]*\sdata-search-body[\s>=]/)
  if (start < 0) return null
  const tokens = html.slice(start).match(TOKENS) ?? []
  const open = tokens[0] ?? ''
  const bodyName = (/^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(open)?.[1] ?? '').toLowerCase()
  const record: SearchRecord = {
    url,
    title: '',
    text: '',
    type: attribute(open, 'data-search-type') ?? '',
    year: attribute(open, 'data-search-year') ?? '',
    date: attribute(open, 'data-search-date') ?? '',
    dateLabel: attribute(open, 'data-search-date-label') ?? '',
  }
  const names = namesOf(attribute(open, 'data-search-names'))
  if (names.length) record.names = names
  // Open elements below the body: name, whether it starts ignored text, the title, a label.
  const stack: { name: string; ignore: boolean; title: boolean; label: boolean }[] = []
  let ignored = 0
  let inTitle = 0
  let inLabel = 0
  let label = ''
  let pendingLabel = ''
  let pendingDepth = 0
  let text = ''
  let title = ''
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]
    if (token[0] !== '<' || token === '<') {
      if (!ignored) {
        // A page's own text never holds the label mark (it could forge a label).
        const value = decodeEntities(token).replaceAll(LABEL_END, ' ')
        if (inLabel) label += value
        else {
          // A label's value is the first text after it in the same row (or list item).
          if (pendingLabel && value.trim()) {
            text += `\n${pendingLabel}${LABEL_END}${value.trimStart()}`
            pendingLabel = ''
          } else text += value
        }
        if (inTitle) title += value
      }
      continue
    }
    if (token.startsWith('<!--') || /^<(script|style|template)\b/i.test(token)) continue
    const closing = token[1] === '/'
    const name = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(token)![1].toLowerCase()
    if (!INLINE.has(name)) text += '\n'
    if (closing) {
      // Close up to the matching element (tolerates unclosed <p>/<li>); the body's own end stops.
      let k = stack.length - 1
      while (k >= 0 && stack[k].name !== name) k--
      if (k < 0) {
        if (name === bodyName) break
        continue
      }
      for (const el of stack.splice(k)) {
        if (el.ignore) ignored--
        if (el.title) inTitle--
        if (el.label && !--inLabel) {
          pendingLabel = label.replace(/\s+/g, ' ').trim()
          pendingDepth = k
          label = ''
        }
      }
      // A label whose row ends without a value (nobody published it) labels nothing.
      if (pendingLabel && stack.length < pendingDepth) pendingLabel = ''
      continue
    }
    if (VOID.has(name) || token.endsWith('/>')) continue
    const el = {
      name,
      ignore: /\sdata-search-ignore[\s>=]/.test(token),
      title: /\sdata-search-title[\s>=]/.test(token),
      label: /\sdata-search-label[\s>=]/.test(token),
    }
    if (el.ignore) ignored++
    if (el.title) inTitle++
    if (el.label) inLabel++
    stack.push(el)
  }
  record.title = title.replace(/\s+/g, ' ').trim()
  record.text = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
  return record
}

/** A unit's names from its page: a JSON array of strings; anything else is no names. */
function namesOf(json: string | null): string[] {
  if (!json) return []
  try {
    const parsed: unknown = JSON.parse(json)
    if (!Array.isArray(parsed)) return []
    return parsed
      .filter((n): n is string => typeof n === 'string')
      .map((n) => n.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
  } catch {
    return []
  }
}
