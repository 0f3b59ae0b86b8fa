// 粘贴通报: a published notice (or single items of one) as proposed drafts — the bulletin's
// title, issuer and date, and per item its headline, the persons with unit, position and
// sanctions, the decision date at the precision published, and whether it was referred to the
// procuratorate. Rule- and dictionary-based (vocabulary.ts): no network, no model, the same
// answer every time. Every string is cut from the text as published; what the text does not
// say is null, never a guess. Measured on 73 real items by bench/notices/accuracy.ts.
import { Converter } from 'opencc-js/t2cn'

import { GOVERNMENT_SANCTIONS, PARTY_SANCTIONS, POSITION_STARTS, POSITION_WORDS, UNIT_ENDINGS } from './vocabulary'

export type ParsedPerson = {
  /** The name as published (张某某, or a full name). */
  name: string
  unit: string | null
  position: string | null
  partySanction: string | null
  governmentSanction: string | null
  /** 组织处理, 第一种形态 and other measures as written (免职处理, 违纪所得予以收缴 …). */
  otherMeasures: string[]
}

export type ParsedCase = {
  /** The item as published, without its list number. */
  text: string
  /** Its title sentence (…问题), or null when it has none. */
  headline: string | null
  persons: ParsedPerson[]
  /** 2021年7月, 2021年7月5日 or 2021年 — as published. */
  decisionDate: string | null
  /** The text says 移送检察机关 (or 司法机关). */
  referred: boolean
}

export type ParsedNotice = {
  bulletin: { title: string; issuer: string | null; date: string | null } | null
  cases: ParsedCase[]
}

const toSimplified = Converter({ from: 't', to: 'cn' })

/**
 * A copy of the text to match on, of the same length, so every index found in it cuts the
 * original: traditional characters as simplified (黨內嚴重警告 is 党内严重警告; OpenCC), full-width
 * digits and letters as ASCII (２０２１年７月 is a date). Chinese punctuation (，；：（）) stays: the
 * rules split on it.
 */
export function foldForMatch(text: string): string {
  let simplified = toSimplified(text)
  // OpenCC converts some phrases as a whole; keep positions by converting character by character.
  if (simplified.length !== text.length)
    simplified = Array.from(text, (c) => {
      const s = toSimplified(c)
      return s.length === c.length ? s : c
    }).join('')
  return simplified.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  )
}

const LIST_LABEL =
  /^[ \t\u3000]*(?:\d{1,3}[.．、]|[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,3})[）)])[ \t\u3000]*/
/** A source named after an item by the page that copied it: （浙江省纪委省监委网）. */
const ATTRIBUTION = /[（(][^（）()]{2,30}(?:网|纪委|监委|日报)[^（）()]{0,10}[）)]\s*$/
const DATE = /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?(?:[和至、-]\d{1,2}月(?:\d{1,2}日)?)?)?/g
const DATE_LINE = /^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$/
const REFERRED = /移送(?:检察|司法)机关/
const ISSUER = /^(?:中共)?[\u4e00-\u9fa5]{2,24}?(?:纪委监委|纪委|监委|纪律检查委员会|监察委员会|纪委国家监委)/

/** Splits a pasted notice into its header and items, and reads each item. */
export function parseNotice(input: string): ParsedNotice {
  const text = input.replace(/\r\n?/g, '\n')
  const lines = text.split('\n')
  const folded = lines.map(foldForMatch)
  const firstItem = folded.findIndex((line) => LIST_LABEL.test(line))
  const items: string[] = []
  let header: string[] = []
  if (firstItem < 0) {
    // Single items: one per paragraph that reads like a case.
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
    const caseLike = paragraphs.filter((p) => /处分|处理|开除|移送/.test(p))
    if (caseLike.length) {
      const firstCase = paragraphs.indexOf(caseLike[0])
      header = paragraphs.slice(0, firstCase).flatMap((p) => p.split('\n'))
      items.push(...paragraphs.slice(firstCase).filter((p) => caseLike.includes(p)))
    }
  } else {
    header = lines.slice(0, firstItem)
    let current: string[] | null = null
    for (let i = firstItem; i < lines.length; i++) {
      const match = LIST_LABEL.exec(folded[i])
      if (match) {
        if (current) items.push(current.join('\n'))
        current = [lines[i].slice(match[0].length)]
      } else if (current && lines[i].trim()) current.push(lines[i].trim())
    }
    if (current) items.push(current.join('\n'))
  }
  return {
    bulletin: parseHeader(header),
    cases: items.map((item) => parseItem(item.trim().replace(ATTRIBUTION, '').trim())).filter((c) => c.text),
  }
}

function parseHeader(lines: string[]): ParsedNotice['bulletin'] {
  const kept = lines.map((l) => l.trim()).filter(Boolean)
  const folded = kept.map(foldForMatch)
  const titleAt = folded.findIndex((l) => /通报|典型|警示|案例/.test(l) && l.length <= 80)
  if (titleAt < 0) return null
  const title = kept[titleAt]
  const inTitle = ISSUER.exec(folded[titleAt])
  const issuerAt = folded.findIndex((l, i) => i !== titleAt && ISSUER.test(l) && l.length <= 40)
  const issuer = inTitle ? title.slice(0, inTitle[0].length) : issuerAt >= 0 ? kept[issuerAt] : null
  const dateAt = folded.findIndex((l) => DATE_LINE.test(l))
  return { title, issuer, date: dateAt >= 0 ? kept[dateAt] : null }
}

const SENTENCE = /[^。]+。?/g

/** A sentence that says what was decided: a sanction or a 处理 given, or 开除. */
const DECISION = new RegExp(
  `(?:受到|给予|被)[^。]*?(?:处分|处理)|被(?:开除|免去|责令)|${PARTY_SANCTIONS.join('|')}|开除公职`,
)

export function parseItem(item: string): ParsedCase {
  const text = item.trim()
  const folded = foldForMatch(text)
  const sentences = [...folded.matchAll(SENTENCE)].map((m) => ({ start: m.index, text: m[0] }))
  const first = sentences[0]?.text.replace(/。$/, '') ?? ''
  const headline =
    /(?:问题|受到责任追究|被查处)$/.test(first) && first.length <= 160 ? text.slice(0, first.length) : null
  const decisions = sentences.filter((s, i) => (i > 0 || !headline) && DECISION.test(s.text))
  const persons: ParsedPerson[] = []
  let decisionDate: string | null = null
  for (const sentence of decisions) {
    const found = readDecision(text, sentence.start, sentence.text, persons)
    decisionDate ??= found.date
  }
  for (const person of persons) placePerson(text, folded, headline, person, persons)
  // Names were read on the folded text: give them as the text writes them (劉某某, not 刘某某).
  for (const person of persons) {
    const at = folded.indexOf(person.name)
    if (at >= 0) person.name = text.slice(at, at + person.name.length)
  }
  return { text, headline, persons, decisionDate, referred: REFERRED.test(folded) }
}

const GIVEN = /(?:受到|给予|被)/g
const NOT_MEASURES = /移送|判处|立案|审查|调查|留置|查获|暂扣|吊销|罚款|拘留/

/** Reads one decision sentence into the persons it names (added to `persons`), and its date. */
function readDecision(
  text: string,
  offset: number,
  sentence: string,
  persons: ParsedPerson[],
): { date: string | null } {
  let date: string | null = null
  let last: ParsedPerson[] = []
  let cursor = 0
  const clauses = sentence.split(/(?<=；)/)
  let clauseStart = 0
  for (const clause of clauses) {
    cursor = 0
    const consumed: [number, number][] = []
    for (const m of clause.matchAll(GIVEN)) {
      const at = m.index
      if (at < cursor) continue
      const rest = clause.slice(at + m[0].length)
      const end = rest.search(/[，；。]/)
      const termsText = end < 0 ? rest : rest.slice(0, end)
      if (NOT_MEASURES.test(termsText)) {
        consumed.push([at, at + m[0].length + (end < 0 ? rest.length : end)])
        continue
      }
      const subjectText = clause.slice(cursor, at)
      // 违纪所得被收缴: a measure written in the passive, not a person given one.
      const lastPiece = subjectText
        .split(/[，；]/)
        .pop()!
        .replace(DATE, '')
        .trim()
      if (lastPiece && !isName(lastPiece) && !POSITION_WORD.test(lastPiece) && /收缴|追缴|退赔|退缴/.test(termsText))
        continue
      const dates = [...subjectText.matchAll(DATE)]
      if (dates.length) {
        const d = dates[dates.length - 1]
        date ??= text.slice(
          offset + clauseStart + cursor + d.index,
          offset + clauseStart + cursor + d.index + d[0].length,
        )
      }
      const names = namesIn(subjectText, text)
      let subjects = names.map((name) => personNamed(persons, name))
      if (!subjects.length) subjects = last.length ? last : leadingPerson(sentence, persons)
      const termStart = offset + clauseStart + at + (m[0] === '被' ? 0 : m[0].length)
      const termEnd = termStart + (m[0] === '被' ? 1 : 0) + termsText.length
      const terms = splitTerms(text.slice(termStart, termEnd), foldForMatch(text.slice(termStart, termEnd)))
      for (const person of subjects) for (const term of terms) give(person, term)
      last = subjects
      consumed.push([cursor, at + m[0].length + (end < 0 ? rest.length : end)])
      cursor = at + m[0].length + (end < 0 ? rest.length : end)
    }
    // Measures written without 受到/被 beside the sanction (违纪所得予以收缴, 相关费用已责令退赔).
    for (const part of clause.matchAll(/[^，；。]+/g)) {
      const [from, to] = [part.index, part.index + part[0].length]
      if (consumed.some(([a, b]) => from < b && to > a)) continue
      const lead = /^(?:并|两人|三人|\d+人)/.exec(part[0])?.[0] ?? ''
      const measure = part[0].slice(lead.length).trim()
      if (measure && /收缴|退赔|追缴|退缴|处置|降为/.test(measure) && !NOT_MEASURES.test(measure) && last.length) {
        const start = offset + clauseStart + from + lead.length
        const verbatim = text.slice(start, start + measure.length)
        for (const person of last) if (!person.otherMeasures.includes(verbatim)) person.otherMeasures.push(verbatim)
      }
    }
    clauseStart += clause.length
  }
  return { date }
}

/** A term as published and as matched (traditional characters folded). */
type Term = { text: string; key: string }

/** The sanctions and measures of `受到A、B处分和C处理` or `被A、B`: each as written. */
function splitTerms(original: string, folded: string): Term[] {
  const byPassive = folded.startsWith('被')
  const start = byPassive ? 1 : 0
  const terms: Term[] = []
  const separators = /、|(?<=处分|处理)[和及]|和(?=[^、]*(?:处分|处理)$)/g
  let from = start
  const cut = (to: number) => {
    if (to > from) {
      const key = folded.slice(from, to).replace(/处分$/, '')
      const text = original.slice(from, from + key.length)
      // 被免去副镇级工会主席 is a measure as a whole; 被开除党籍 is the sanction 开除党籍.
      const passive = byPassive && terms.length === 0 && !isSanction(key)
      terms.push(passive ? { text: original.slice(0, from + key.length), key: `被${key}` } : { text, key })
    }
  }
  for (const m of folded.slice(start).matchAll(separators)) {
    cut(start + m.index)
    from = start + m.index + m[0].length
  }
  cut(folded.length)
  return terms
}

const isSanction = (term: string) =>
  (PARTY_SANCTIONS as readonly string[]).includes(term) || (GOVERNMENT_SANCTIONS as readonly string[]).includes(term)

function give(person: ParsedPerson, term: Term) {
  if ((PARTY_SANCTIONS as readonly string[]).includes(term.key)) person.partySanction ??= term.text
  else if ((GOVERNMENT_SANCTIONS as readonly string[]).includes(term.key)) person.governmentSanction ??= term.text
  else if (term.text && !person.otherMeasures.includes(term.text)) person.otherMeasures.push(term.text)
}

function personNamed(persons: ParsedPerson[], name: string): ParsedPerson {
  let person = persons.find((p) => p.name === name)
  if (!person) {
    person = { name, unit: null, position: null, partySanction: null, governmentSanction: null, otherMeasures: [] }
    persons.push(person)
  }
  return person
}

/** `刘树生还存在其他严重违纪违法问题，被开除党籍`: the person the sentence starts with. */
function leadingPerson(sentence: string, persons: ParsedPerson[]): ParsedPerson[] {
  if (persons.length) return [persons[0]]
  const m = /^(?:\d{4}年[^，]*，)?([\u4e00-\u9fa5]{2,4}?)(?:还|身为|受到|被|（|，|因)/.exec(sentence)
  return m && isName(m[1]) ? [personNamed(persons, m[1])] : []
}

const NAME_AFTER_POSITION = new RegExp(`(?:${POSITION_WORDS})([\\u4e00-\\u9fa5]{2,4})$`)
const NOT_NAMES = /^(?:分别|均|先后|同时|两人|其|相关|还|并|对其|该|此|以上|上述)/

function isName(candidate: string): boolean {
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(candidate) || NOT_NAMES.test(candidate)) return false
  return !new RegExp(`(?:${POSITION_WORDS}|存在|问题|违纪|违法|所得|费用|工作|分别)`).test(candidate)
}

/** The names of `谢培荣、盛永刚分别` or `富良棚中学党支部书记、校长邱开文，…陈文顺`. */
function namesIn(subjectText: string, text: string): string[] {
  const bare = subjectText.replace(DATE, '').replace(/[（(][^）)]*[）)]/g, '')
  // 张锦华均受到 is 张锦华 + 均, but 陈孝均 is a name: kept when the text names it so elsewhere.
  const joined = /(?:分别|均|先后|同时|也|又)+$/.exec(bare)
  const keep = joined && text.split(bare.split(/[、，]/).pop()!).length > 2
  const cleaned = (keep ? bare : bare.replace(/(?:分别|均|先后|同时|也|又)+$/, ''))
    .replace(/(?:\d+|两|三|四|五|六)人$/, '')
    .replace(/等人$/, '')
  const names: string[] = []
  let pending = ''
  for (const piece of cleaned.split(/[、，,]/)) {
    const whole = (pending ? `${pending}、` : '') + piece.trim()
    const trimmed = piece.trim()
    if (!trimmed) continue
    const afterPosition = NAME_AFTER_POSITION.exec(whole)?.[1]
    if (afterPosition && isName(afterPosition)) {
      names.push(afterPosition)
      pending = ''
    } else if (isName(trimmed)) {
      names.push(trimmed)
      pending = ''
    } else pending = whole
  }
  return names
}

const POSITION_START = new RegExp(POSITION_STARTS, 'g')
const UNIT_END = new RegExp(`(?:${UNIT_ENDINGS})`, 'g')
const POSITION_WORD = new RegExp(POSITION_WORDS)

/**
 * The unit and position written before a person's name (贵州省政协原党组书记、主席王富玉):
 * in the headline first, else where the text first names the person with a prefix.
 */
function placePerson(
  text: string,
  folded: string,
  headline: string | null,
  person: ParsedPerson,
  persons: ParsedPerson[],
): void {
  const others = new Set(persons.map((p) => p.name))
  for (let from = 0; from < folded.length;) {
    const at = folded.indexOf(person.name, from)
    if (at < 0) break
    from = at + person.name.length
    const prefix = prefixBefore(folded, at, others)
    if (!prefix || !POSITION_WORD.test(prefix.text)) continue
    const split = splitUnitPosition(prefix.text)
    person.position = text.slice(prefix.start + split.positionStart, at)
    person.unit = split.positionStart > 0 ? text.slice(prefix.start, prefix.start + split.positionStart) : null
    if (!person.unit) {
      // 应志坚、总务主任张锦华: the unit of the person listed before.
      const before = persons[persons.indexOf(person) - 1]
      person.unit = before?.unit ?? null
    }
    return
  }
  void headline
}

/** The run of text before a name back to the clause start (or the name listed before it). */
function prefixBefore(folded: string, at: number, names: Set<string>): { start: number; text: string } | null {
  let start = at
  while (start > 0) {
    const c = folded[start - 1]
    if (c === '，' && extendsPosition(folded, start - 1)) {
      start--
      continue
    }
    if ('。；：，,:;\n'.includes(c)) break
    if (c === '、' && [...names].some((n) => folded.slice(0, start - 1).endsWith(n))) break
    start--
  }
  const raw = folded.slice(start, at)
  // Drop a leading date (2023年7月，…) and connecting words.
  const lead = /^(?:\d{4}年[^，]*，)?(?:对|经查，|其中，|时任)?/.exec(raw)?.[0] ?? ''
  const textPart = raw.slice(lead.length)
  if (!textPart || textPart.length > 60) return null
  return { start: start + lead.length, text: textPart }
}

/**
 * 甘肃省委原常委，省政府原党组副书记、副省长宋亮: one person's posts, listed with a comma. The
 * comma joins when the segment before it is itself unit + position, ending with a post.
 */
function extendsPosition(folded: string, comma: number): boolean {
  let from = comma
  while (from > 0 && !'。；：，\n'.includes(folded[from - 1])) from--
  const segment = folded.slice(from, comma)
  return new RegExp(`(?:${POSITION_WORDS})$`).test(segment) && !/\d{4}年/.test(segment)
}

/** Where the position starts in `unit + position`: after the unit's last ending before it. */
function splitUnitPosition(prefix: string): { positionStart: number } {
  let token = -1
  for (const m of prefix.matchAll(POSITION_START)) {
    if (m[0] === '原' && startsUnit(prefix.slice(m.index + 1))) continue
    token = m.index
    break
  }
  if (token < 0) return { positionStart: 0 }
  let unitEnd = -1
  for (const m of prefix.slice(0, token).matchAll(UNIT_END)) unitEnd = m.index + m[0].length
  return { positionStart: unitEnd > 0 ? unitEnd : token }
}

/** 原 in 北京市原密云经济开发区管理委员会: a former unit's name follows, not a position. */
function startsUnit(rest: string): boolean {
  const position = rest.search(POSITION_WORD)
  const unit = rest.search(UNIT_END)
  // 原区委副书记: a party committee named by its level alone is part of the post.
  return unit >= 2 && (position < 0 || unit < position)
}

/**
 * 市住建局原局长 → unit 市住建局, position 原局长: a 单位及职务 as one text, split where the
 * parser splits the words before a name. A text with no position word is all unit.
 */
export function splitUnitAndPosition(text: string): { unit: string | null; position: string | null } {
  const trimmed = text.trim()
  const folded = foldForMatch(trimmed)
  if (!POSITION_WORD.test(folded)) return { unit: trimmed || null, position: null }
  const { positionStart } = splitUnitPosition(folded)
  return { unit: trimmed.slice(0, positionStart) || null, position: trimmed.slice(positionStart) || null }
}
