// What an uploaded file under /media/ is sent as. Uploads come from editors' computers: only
// the images the site shows may display in the browser; anything else — a PDF, or an .html,
// .svg or unknown file that slipped through — is downloaded, never rendered as a page of this
// origin. docs/nginx.conf.example (`location /media/`) applies the same rules.

/** Shown inline, with their own type. */
export const INLINE_IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
}

/** Downloaded with their own type (a browser never runs script from these when saving them). */
const DOWNLOAD_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
}

export const isMediaPath = (relative: string) => relative.startsWith('media/')

/** Content-Type of a /media/ file by its extension; `inline` only for the allow-listed images. */
export function mediaType(extension: string): { type: string; inline: boolean } {
  const ext = extension.toLowerCase()
  if (ext in INLINE_IMAGE_TYPES) return { type: INLINE_IMAGE_TYPES[ext], inline: true }
  return { type: DOWNLOAD_TYPES[ext] ?? 'application/octet-stream', inline: false }
}

/**
 * `attachment` with the name twice: an ASCII stand-in for old clients and the real name as
 * RFC 8187 `filename*`, so quotes, semicolons, line breaks or non-ASCII in a name can never
 * break out of the header.
 */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || 'download'
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
