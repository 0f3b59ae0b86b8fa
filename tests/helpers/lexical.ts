import type { Article } from '../../cms/payload-types'

/** Minimal Lexical documents, as the editor would save them. */

type RichText = NonNullable<Article['body']>

const textNode = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

const root = (children: unknown[]): RichText => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: children as RichText['root']['children'],
  },
})

const paragraphNode = (children: unknown[]) => ({
  type: 'paragraph',
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  version: 1,
  children,
})

export function paragraph(text: string) {
  return root([paragraphNode([textNode(text)])])
}

/** A paragraph holding one custom link, as the link drawer stores it. */
export function paragraphWithLink(text: string, url: string, type: 'autolink' | 'link' = 'link') {
  const link = {
    type,
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 3,
    fields: { linkType: 'custom', newTab: false, url },
    id: 'link-under-test',
    children: [textNode(text)],
  }
  return root([paragraphNode([textNode('详见'), link])])
}
