// Text for XML documents (Atom feeds, the sitemap), kept free of Astro imports so unit tests can load it.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/**
 * Text escaped for an XML element or attribute. Characters XML 1.0 forbids (C0 controls other
 * than tab and line breaks, U+FFFE, U+FFFF) are left out: one of them makes the whole feed
 * unreadable. The CMS strips them on input; content exported before that may still hold them.
 */
export const xmlText = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
