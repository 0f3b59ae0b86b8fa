// Slugs of facet values that come from editors' text (区域, 主题分类) or from ids: each becomes a
// path segment of a static page (`/cases/region/<slug>/`) and a folder of the build, so it may
// hold letters and digits of any script (Chinese stays readable), Chinese punctuation (、（）：·),
// `-` and `_`, and nothing that means something in a path or a URL (`/`, `\`, `.`, `%`, `?`,
// `#`), no control, bidi or zero-width character, no whitespace (the ideographic space included).

/** Any run of characters a slug may not hold. */
const UNSAFE = /[^\p{L}\p{N}\p{M}_\u3001-\u303f\uff08\uff09\uff0c\uff1a\uff1b\u00b7-]+/gu
/** What a slug ends with when its text had to be changed: `-` and 10 hex digits (or only those). */
const HASHED = /(?:^|-)[0-9a-f]{10}$/
/** Code points kept of a long value (a folder name stays far below 255 bytes). */
const MAX_LENGTH = 48

/**
 * The value itself when it is already safe; otherwise its safe characters plus a hash of the
 * whole original text, so two distinct values never share a slug (青莲区 → 青莲区,
 * `a/../b` → `a-b-<hash>`, `..` → `<hash>`). The same text always gives the same slug.
 */
export function facetSlug(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/^-+|-+$/g, '')
  const kept = [...cleaned].slice(0, MAX_LENGTH).join('').replace(/-+$/, '')
  // A value that already looks hashed gets a hash too: it cannot collide with a changed one.
  if (kept === text && kept !== '' && !HASHED.test(text)) return text
  const hash = fnv1a64(text).toString(16).padStart(16, '0').slice(0, 10)
  return kept ? `${kept}-${hash}` : hash
}

/** FNV-1a, 64 bits, of the UTF-16 code units: small, stable across runs and platforms. */
function fnv1a64(text: string): bigint {
  let hash = 0xcbf29ce484222325n
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i))
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return hash
}
