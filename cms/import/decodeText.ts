import { ImportRejected, type ImportIssue } from './issues'

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le'

/** Names accepted by `--encoding` (GBK and GB2312 are subsets of GB18030). */
const ENCODING_NAMES: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
}

export function parseEncodingName(name: string): TextEncoding {
  const encoding = ENCODING_NAMES[name.trim().toLowerCase()]
  if (!encoding) throw new Error(`不支持的编码「${name}」：可用 utf-8、gb18030（含 GBK、GB2312）或 utf-16le`)
  return encoding
}

export type DecodedText = { text: string; encoding: TextEncoding }

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

type LineKind = 'ascii' | 'utf-8' | 'ambiguous' | 'not-utf-8'

/**
 * How one physical line reads as UTF-8. Chinese and its punctuation in UTF-8 are three bytes per
 * character (lead byte E2–EF); about 900 common GBK characters (学 D1A7, 水 CBAE …) also happen to be valid
 * two-byte UTF-8, so a valid line without a three-byte character proves nothing either way.
 */
function lineKind(bytes: Uint8Array): LineKind {
  let ascii = true
  let threeByte = false
  for (const byte of bytes) {
    if (byte >= 0x80) ascii = false
    if (byte >= 0xe2 && byte <= 0xef) threeByte = true
  }
  if (ascii) return 'ascii'
  try {
    strictUtf8.decode(bytes)
    return threeByte ? 'utf-8' : 'ambiguous'
  } catch {
    return 'not-utf-8'
  }
}

/** Physical lines (split at LF, which is never part of a multi-byte character in UTF-8 or GB18030). */
function* lines(bytes: Uint8Array): Generator<{ line: number; bytes: Uint8Array }> {
  let start = 0
  let line = 1
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (i > start || i < bytes.length) yield { line, bytes: bytes.subarray(start, i) }
      start = i + 1
      line += 1
    }
  }
}

/**
 * Text of a CSV file. Excel on Chinese Windows saves "CSV" in GB18030 (GBK) and "Unicode text"
 * in UTF-16 with a BOM; everything else writes UTF-8, with or without a BOM. Without a BOM a
 * file whose Chinese reads as UTF-8 is UTF-8, otherwise GB18030. A file whose lines disagree — some
 * Chinese in UTF-8, some not — was pasted together from two sources and would import as
 * 乱码 on one side, so it is refused with the lines of the minority encoding.
 */
export function decodeText(bytes: Uint8Array, forced?: TextEncoding): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (forced === 'utf-16le') return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes

  const utf8Lines: number[] = []
  const otherLines: number[] = []
  let nonAscii = false
  for (const { line, bytes: lineBytes } of lines(body)) {
    const kind = lineKind(lineBytes)
    if (kind !== 'ascii') nonAscii = true
    if (kind === 'utf-8') utf8Lines.push(line)
    else if (kind === 'not-utf-8') otherLines.push(line)
  }
  // An encoding the user names is taken as it is.
  if (forced) return { text: new TextDecoder(forced).decode(body), encoding: forced }
  // Mixed files are read in the encoding most of their lines use, so the report names the few odd
  // lines; Chinese text without a single three-byte UTF-8 character is GB18030.
  const encoding: TextEncoding =
    bom || !nonAscii || (utf8Lines.length > 0 && utf8Lines.length >= otherLines.length) ? 'utf-8' : 'gb18030'

  if (utf8Lines.length > 0 && otherLines.length > 0) {
    const [minority, minorityName] =
      encoding === 'utf-8' ? [otherLines, '不是 UTF-8（可能是 GB18030/GBK）'] : [utf8Lines, '是 UTF-8']
    const issues: ImportIssue[] = minority.slice(0, 20).map((line) => ({
      row: line,
      message: `这一行的编码与文件其余部分不一致：文件按 ${encoding === 'utf-8' ? 'UTF-8' : 'GB18030'} 读取，这一行${minorityName}。请在表格软件中统一另存为“CSV UTF-8”后重新导入`,
    }))
    if (minority.length > 20) issues.push({ message: `另有 ${minority.length - 20} 行编码不一致，未逐一列出` })
    throw new ImportRejected(issues)
  }
  if (encoding === 'utf-8' && otherLines.length > 0) {
    throw new ImportRejected(
      otherLines.slice(0, 20).map((line) => ({
        row: line,
        message:
          '文件开头有 UTF-8 标记（BOM），但这一行不是有效的 UTF-8；GBK/GB18030 文件请去掉 BOM 或用 --encoding gb18030',
      })),
    )
  }
  return { text: new TextDecoder(encoding).decode(body), encoding }
}
