/**
 * 索引号 templates such as `{unitCode}/{year}-{serial:5}` → `11441700007280420Y/2026-00001`.
 * Provinces number differently, so the template is configuration (INDEX_NUMBER_FORMAT);
 * this module only fills it in and reads a serial back out of an existing number.
 */
export const DEFAULT_INDEX_NUMBER_FORMAT = '{unitCode}/{year}-{serial:5}'

export type IndexNumberScope = { unitCode: string; year: number }

type Token = { kind: 'literal'; text: string } | { kind: 'unitCode' | 'year' } | { kind: 'serial'; width: number }

const PLACEHOLDER = /\{([A-Za-z]+)(?::(\d+))?\}/g

function tokenize(format: string): Token[] {
  const tokens: Token[] = []
  let last = 0
  let serials = 0
  for (const match of format.matchAll(PLACEHOLDER)) {
    if (match.index > last) tokens.push({ kind: 'literal', text: format.slice(last, match.index) })
    const [, name, width] = match
    if (name === 'serial') {
      serials += 1
      tokens.push({ kind: 'serial', width: width ? Number(width) : 1 })
    } else if ((name === 'unitCode' || name === 'year') && width === undefined) {
      tokens.push({ kind: name })
    } else {
      throw new Error(`索引号格式 INDEX_NUMBER_FORMAT「${format}」含有无法识别的占位符 ${match[0]}`)
    }
    last = match.index + match[0].length
  }
  if (last < format.length) tokens.push({ kind: 'literal', text: format.slice(last) })
  // Without exactly one serial the numbers of a unit and year could not be told apart.
  if (serials !== 1)
    throw new Error(`索引号格式 INDEX_NUMBER_FORMAT「${format}」必须恰好包含一个 {serial} 或 {serial:位数}`)
  return tokens
}

/** The format in force: INDEX_NUMBER_FORMAT when set, otherwise the default. */
export function indexNumberFormat(env: Record<string, string | undefined> = process.env): string {
  return env.INDEX_NUMBER_FORMAT?.trim() || DEFAULT_INDEX_NUMBER_FORMAT
}

export function formatIndexNumber(format: string, scope: IndexNumberScope & { serial: number }): string {
  return render(tokenize(format), scope)
}

/** The fixed text before the serial for a unit and year, to narrow the search for used serials. */
export function indexNumberPrefix(format: string, scope: IndexNumberScope): string {
  const tokens = tokenize(format)
  return render(
    tokens.slice(
      0,
      tokens.findIndex((token) => token.kind === 'serial'),
    ),
    { ...scope, serial: 0 },
  )
}

function render(tokens: Token[], scope: IndexNumberScope & { serial: number }): string {
  return tokens
    .map((token) => {
      switch (token.kind) {
        case 'literal':
          return token.text
        case 'unitCode':
          return scope.unitCode
        case 'year':
          return String(scope.year)
        case 'serial':
          return String(scope.serial).padStart(token.width, '0')
      }
    })
    .join('')
}

/** The serial of `indexNumber` when it belongs to this unit and year, otherwise null. */
export function parseSerial(format: string, scope: IndexNumberScope, indexNumber: string): number | null {
  const pattern = tokenize(format)
    .map((token) => {
      switch (token.kind) {
        case 'literal':
          return escapeRegExp(token.text)
        case 'unitCode':
          return escapeRegExp(scope.unitCode)
        case 'year':
          return String(scope.year)
        case 'serial':
          return '(\\d+)'
      }
    })
    .join('')
  const match = new RegExp(`^${pattern}$`).exec(indexNumber)
  return match ? Number(match[1]) : null
}

/** The next serial after those already used for the unit and year (1 when none). */
export function nextSerial(format: string, scope: IndexNumberScope, existing: Iterable<string>): number {
  let highest = 0
  for (const number of existing) {
    const serial = parseSerial(format, scope, number)
    if (serial !== null && serial > highest) highest = serial
  }
  return highest + 1
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
