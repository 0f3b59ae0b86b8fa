// CSV cells for the open-data files, kept free of Astro imports so unit tests can load it.
// Not csv-stringify: it quotes like this but leaves formulas live (=HYPERLINK(…) runs when the
// file is opened), so its output would need this guard anyway, and it was slower on 10,000 rows
// (bench/libraries.ts, docs/benchmarks.md).

export type CsvValue = string | number | boolean | string[] | null

/**
 * A CSV cell. Text that a spreadsheet would run as a formula (= + - @ at the start) gets a
 * leading apostrophe, so opening the file can never execute anything.
 */
export function csvCell(value: CsvValue): string {
  const text =
    value === null
      ? ''
      : Array.isArray(value)
        ? value.join('、')
        : typeof value === 'boolean'
          ? value
            ? '是'
            : '否'
          : String(value)
  const safe = (typeof value === 'string' || Array.isArray(value)) && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
