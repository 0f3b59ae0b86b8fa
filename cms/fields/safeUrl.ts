/**
 * Links the portal may carry: web pages, e-mail, telephone, and paths on the portal itself.
 * Everything else (javascript:, data:, vbscript:, file:, protocol-relative //host, bare
 * words) is refused on input, so that no stored document can ever render a script URL.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

export function isAllowedUrl(raw: string): boolean {
  // Browsers skip control characters and whitespace inside a scheme ("java\tscript:"), so a
  // URL containing any is refused rather than interpreted.
  if (/[\u0000-\u0020\u007f-\u009f]/.test(raw)) return false
  if (raw.startsWith('/')) return !raw.startsWith('//') && !raw.startsWith('/\\')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase()
  if (!scheme || !ALLOWED_SCHEMES.has(scheme)) return false
  if (scheme === 'mailto' || scheme === 'tel') return raw.length > scheme.length + 1
  try {
    return new URL(raw).hostname.includes('.')
  } catch {
    return false
  }
}

/** The message an editor sees, naming the field and the refused value. */
export function disallowedUrlMessage(fieldLabel: string, raw: string): string {
  const shown = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw
  return `${fieldLabel}「${shown}」不是允许的链接：只能使用 http:// 或 https:// 网址、mailto: 邮箱、tel: 电话，或以 / 开头的站内路径`
}

/** Field `validate` for a text field holding a link; empty is left to `required`. */
export function validateLinkUrl(fieldLabel: string) {
  return (value: null | string | undefined): string | true => {
    if (value == null || value === '') return true
    return isAllowedUrl(value) ? true : disallowedUrlMessage(fieldLabel, value)
  }
}
