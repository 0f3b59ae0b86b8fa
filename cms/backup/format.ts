/**
 * The backup archive's layout and manifest (format version 1). A .tar.gz holding:
 *
 *   manifest.json                  what follows, with counts and a SHA-256 per file
 *   collections/<slug>.jsonl       the collection's documents, one JSON object a line, by id
 *   versions/<slug>.jsonl          its versions and drafts (collections with versions)
 *   globals/<slug>.json            a global's document (absent when it was never saved)
 *   global-versions/<slug>.jsonl   a global's versions (globals with versions)
 *   media/<path>                   every file of the media folder, generated sizes included
 *
 * Documents are stored as the database adapter returns them (no hooks, no access control,
 * relationships as ids), so a restore writes back exactly what was read.
 */

export const FORMAT = 'chongde-changlian-backup'
/** Raised whenever a reader of the previous version could misread an archive. */
export const FORMAT_VERSION = 1

export type FileEntry = { size: number; sha256: string }

export type Manifest = {
  format: typeof FORMAT
  formatVersion: number
  /** When the backup was made, in China time (e.g. 2026-11-27T15:30:00+08:00). */
  createdAt: string
  payloadVersion: string
  /** `sqlite` or `mongoose` (Payload's adapter name): ids differ in kind between the two. */
  database: string
  /** Migrations the source database had run, oldest first: the schema the documents fit. */
  migrations: string[]
  /** True only for `npm run backup -- --with-password-hashes`. */
  passwordHashes: boolean
  collections: Record<string, { documents: number; versions: number | null }>
  globals: Record<string, { document: boolean; versions: number | null }>
  media: { files: number; bytes: number }
  /** Every file of the archive except manifest.json, by its path in the archive. */
  files: Record<string, FileEntry>
}

export const MANIFEST_FILE = 'manifest.json'
export const documentsFile = (slug: string) => `collections/${slug}.jsonl`
export const versionsFile = (slug: string) => `versions/${slug}.jsonl`
export const globalFile = (slug: string) => `globals/${slug}.json`
export const globalVersionsFile = (slug: string) => `global-versions/${slug}.jsonl`
export const MEDIA_PREFIX = 'media/'

const CHINA = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

function chinaParts(date: Date): Record<string, string> {
  return Object.fromEntries(CHINA.formatToParts(date).map((p) => [p.type, p.value]))
}

/** 2026-11-27T15:30:00+08:00 — China keeps no daylight saving time, so +08:00 always holds. */
export function chinaIso(date: Date): string {
  const p = chinaParts(date)
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+08:00`
}

/** backup-20261127-153000.tar.gz, in China time like everything the office reads. */
export function defaultArchiveName(date: Date): string {
  const p = chinaParts(date)
  return `backup-${p.year}${p.month}${p.day}-${p.hour}${p.minute}${p.second}.tar.gz`
}
