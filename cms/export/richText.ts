import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConvertersFunction,
} from '@payloadcms/richtext-lexical/html'
import { isAllowedUrl } from '../fields/safeUrl'
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

type LinkArgs = {
  node: { type: string; children: unknown[]; fields?: { url?: unknown } }
  nodesToHTML: (args: { nodes: unknown[] }) => string[]
}

/**
 * A custom link, when its URL is one the portal allows (http, https, mailto, tel, a path on the
 * site) — checked again here because Payload's converter lets `//evil.example` through and a
 * document may reach the database without the editor's checks (an old import, a restore).
 * Otherwise only its text.
 */
function externalLink(args: LinkArgs, convert: unknown): string {
  const url = args.node.fields?.url
  if (typeof url !== 'string' || !isAllowedUrl(url)) return args.nodesToHTML({ nodes: args.node.children }).join('')
  return typeof convert === 'function' ? (convert as (a: LinkArgs) => string)(args) : ''
}

const converters =
  (ctx: ExportContext): HTMLConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    link: (args) => {
      const fields = (args.node as { fields?: { linkType?: string; doc?: { relationTo?: string; value?: unknown } } })
        .fields
      if (fields?.linkType === 'internal') {
        const relationTo = fields.doc?.relationTo
        const target = relationTo ? publishedTarget(ctx, relationTo, fields.doc?.value) : null
        const children = args.nodesToHTML({ nodes: args.node.children }).join('')
        if (!target || !relationTo) return children
        return `<a href="/${escapeHTML(relationTo)}/${escapeHTML(String(target.id))}/">${children}</a>`
      }
      return externalLink(args as never, defaultHTMLConverters.link)
    },
    autolink: (args) => externalLink(args as never, defaultHTMLConverters.autolink),
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
