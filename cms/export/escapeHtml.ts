const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for an HTML attribute or text node. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c])
