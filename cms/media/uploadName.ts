/** The file types the portal accepts, by the type detected from the bytes, with the extension stored. */
export const UPLOAD_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
} as const

export type UploadType = keyof typeof UPLOAD_TYPES

export const isUploadType = (mime: string | undefined): mime is UploadType => Boolean(mime && mime in UPLOAD_TYPES)

// Control characters, bidi overrides and isolates, zero-width characters: they make a name show
// as something other than what it is (report‮fdp.exe) or break the paths and headers it goes into.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/
// Path and URL syntax, shell and Windows-reserved characters, whitespace.
const SEPARATORS = /[\\/:*?"<>|%#&;=+'`$!{}[\]~^\s]+/g

/**
 * The stored name of an upload: the editor's name without anything that could act as a path,
 * URL syntax or a hidden character (Chinese kept, readable), and the extension of the type
 * detected from the bytes — never the extension the client sent, so `report.html` holding a
 * PDF is stored as `report.pdf` and can only ever be served as a PDF.
 */
export function uploadFileName(clientName: string, mime: UploadType): string {
  // Only the last segment: a client may send a path (C:\\Users\\…\\a.pdf, ../../x).
  const last = clientName.normalize('NFC').split(/[\\/]/).pop() ?? ''
  const withoutExtension = last.replace(/\.[^.]*$/, '')
  const base = withoutExtension
    .replace(new RegExp(INVISIBLE.source, 'g'), '')
    .replace(SEPARATORS, '-')
    // Dots would make a second extension (x.html.pdf) or a `..` segment.
    .replace(/\.+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${base || 'file'}.${UPLOAD_TYPES[mime]}`
}

/**
 * Whether a stored name is one this portal could have made: a plain file name in the media
 * folder with an accepted extension. The export refuses to copy anything else (a name written
 * into the database by other means, e.g. `../cms.db`).
 */
export function isSafeStoredName(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) return false
  if (INVISIBLE.test(name) || /[\\/]/.test(name) || name.startsWith('.') || name.includes('..')) return false
  const extension = /\.([a-z0-9]+)$/.exec(name)?.[1]
  return Boolean(extension && (Object.values(UPLOAD_TYPES) as string[]).includes(extension))
}
