import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import type { SanitizedCollectionConfig } from 'payload'

import { rootDir } from '../../content/shared/paths'
import { writeIfChanged } from '../../content/shared/writeAtomic'

/**
 * What the last export wrote, kept in `<contentDir>/.export-state.json` (a dot-file: the site's
 * loaders, the content hash and the search never see it), so the next export serialises only
 * the documents that changed. Written after the files it describes: a failed export leaves
 * the previous state, and the next one redoes its work.
 */
export interface ExportState {
  v: 1
  /** Digest of the export code and the collections' fields: any change means a full export. */
  code: string
  /** The day (Asia/Shanghai) of the last full export: the first export of a day is full. */
  day: string
  collections: Record<string, CollectionState>
  /** Digest of the media documents (file names, alt texts, types, sizes). */
  media: string
}

export interface CollectionState {
  /** Published document id → its updatedAt and the media files its content file uses. */
  docs: Record<string, [updatedAt: string, media: string[]]>
  /** Digest of what other documents show of this collection: ids and display names. */
  names: string
}

const stateFile = (contentDir: string) => path.join(contentDir, '.export-state.json')

export function readExportState(contentDir: string): ExportState | null {
  try {
    const state = JSON.parse(readFileSync(stateFile(contentDir), 'utf8')) as ExportState
    return state.v === 1 ? state : null
  } catch {
    return null
  }
}

export async function writeExportState(contentDir: string, state: ExportState): Promise<void> {
  await writeIfChanged(stateFile(contentDir), JSON.stringify(state))
}

/**
 * The sources that decide what an exported file holds: the export itself, the collections and
 * their fields, and the locked dependencies (the rich-text converter is Payload's).
 */
const CODE_SOURCES = [
  'cms/export',
  'cms/collections',
  'cms/fields',
  'cms/globals',
  'content/shared',
  'content/model',
  'package-lock.json',
]

let sourcesDigest: string | null = null

function digestSources(): string {
  const hash = createHash('sha256')
  for (const source of CODE_SOURCES) {
    const full = path.join(rootDir, source)
    let files: string[]
    try {
      files = statSync(full).isDirectory()
        ? readdirSync(full, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => path.join(e.parentPath, e.name))
        : [full]
    } catch {
      hash.update(`${source}\0missing\0`)
      continue
    }
    for (const file of files.sort()) hash.update(`${path.relative(rootDir, file)}\0`).update(readFileSync(file))
  }
  return hash.digest('hex')
}

/** Digest of the export's code and dependencies and of the exported collections' fields. */
export function exportCodeKey(collections: SanitizedCollectionConfig[]): string {
  sourcesDigest ??= digestSources()
  const fields = JSON.stringify(collections.map((c) => [c.slug, c.flattenedFields]))
  return createHash('sha256').update(sourcesDigest).update(fields).digest('hex')
}

/** A digest of a list of strings. */
export function digestOf(parts: string[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}
