import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { TextFieldSingleValidation } from 'payload'

import { PUBLIC_COLLECTIONS } from '../../content/model/collections'
import { disallowedUrlMessage, isAllowedUrl } from './safeUrl'

/** Collections a rich-text link may point at: the export turns these into portal URLs. */
export const LINKABLE_COLLECTIONS = PUBLIC_COLLECTIONS

const validateLinkDrawerUrl: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { linkType?: string }).linkType === 'internal') return true
  if (!value) return '链接地址不能为空'
  return isAllowedUrl(value) ? true : disallowedUrlMessage('链接地址', value)
}

/**
 * The Lexical editor of every rich-text field. The link drawer refuses unsafe URLs while the
 * editor types; `richTextField` checks the saved document again, because the API accepts
 * Lexical JSON that never went through the drawer.
 */
export const portalEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    // Relationship blocks have no public rendering; internal links cover pointing at a document.
    ...defaultFeatures.filter((feature) => feature.key !== 'link' && feature.key !== 'relationship'),
    LinkFeature({
      enabledCollections: [...LINKABLE_COLLECTIONS],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          field.type === 'text' && field.name === 'url'
            ? ({ ...field, validate: validateLinkDrawerUrl } as typeof field)
            : field,
        ),
    }),
  ],
})
