import { isAllowedUrl } from './safeUrl'

type LexicalNode = { type?: string; children?: unknown; fields?: { linkType?: string; url?: unknown } }

/**
 * Every external URL of link and autolink nodes in a Lexical document, in document order.
 * Internal links point at a document, not a URL, and are left out.
 */
export function lexicalLinkUrls(value: unknown): string[] {
  const urls: string[] = []
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const { type, children, fields } = node as LexicalNode
    if ((type === 'link' || type === 'autolink') && fields?.linkType !== 'internal') {
      urls.push(typeof fields?.url === 'string' ? fields.url : '')
    }
    if (Array.isArray(children)) children.forEach(visit)
  }
  if (value && typeof value === 'object' && 'root' in value) visit((value as { root: unknown }).root)
  return urls
}

/** The first link URL the portal refuses, or null when all are allowed. */
export function firstDisallowedLink(value: unknown): string | null {
  return lexicalLinkUrls(value).find((url) => !isAllowedUrl(url)) ?? null
}
