import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import { escapeHtml as escapeHTML } from './escapeHtml'

import { type ExportContext, exportUpload, publishedTarget } from './context'

/**
 * Lexical → HTML for the static site. The converter escapes text and sanitises link URLs;
 * on top of that, internal links point at the portal's own URL only when their target is
 * published (otherwise the text stays, without a link), and uploads resolve to exported files.
 */
export function richTextToHTML(ctx: ExportContext, value: unknown): string | null {
  if (!value || typeof value !== 'object' || !('root' in value)) return null
  const html = convertLexicalToHTML({
    data: value as SerializedEditorState,
    disableContainer: true,
    converters: converters(ctx),
  })
  return html.trim() === '' ? null : html
}

const converters =
  (ctx: ExportContext): HTMLConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    link: (args) => {
      const fields = (args.node as { fields?: { linkType?: string; doc?: { relationTo?: string; value?: unknown } } }).fields
      if (fields?.linkType === 'internal') {
        const relationTo = fields.doc?.relationTo
        const target = relationTo ? publishedTarget(ctx, relationTo, fields.doc?.value) : null
        const children = args.nodesToHTML({ nodes: args.node.children }).join('')
        if (!target || !relationTo) return children
        return `<a href="/${escapeHTML(relationTo)}/${escapeHTML(String(target.id))}/">${children}</a>`
      }
      const convert = defaultHTMLConverters.link
      return typeof convert === 'function' ? convert(args) : ''
    },
    // The default converter writes `<li class="" style="" value="N">`, and `value` is not
    // allowed inside <ul> (Nu HTML Checker); list order is the document order anyway.
    listitem: ({ node, nodesToHTML }) => `<li>${nodesToHTML({ nodes: node.children }).join('')}</li>`,
    upload: ({ node }) => {
      const upload = exportUpload(ctx, (node as { value?: unknown }).value)
      if (!upload) return ''
      const url = escapeHTML(upload.url)
      const alt = escapeHTML(upload.alt || upload.filename)
      if (upload.mimeType?.startsWith('image/')) return `<img src="${url}" alt="${alt}" loading="lazy">`
      return `<a href="${url}">${escapeHTML(upload.alt || upload.filename)}</a>`
    },
  })
