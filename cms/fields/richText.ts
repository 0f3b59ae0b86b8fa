import { ValidationError, type FieldHook, type RichTextField } from 'payload'

import { portalEditor } from './editor'
import { firstDisallowedLink } from './richTextLinks'
import { disallowedUrlMessage } from './safeUrl'

/**
 * Refuses a document whose rich text links to a URL the portal does not allow. Runs as a
 * hook, not as `validate`, so drafts are checked too and the message names the field.
 */
const rejectUnsafeLinks =
  (label: string): FieldHook =>
  ({ value, path, collection, req }) => {
    const bad = firstDisallowedLink(value)
    if (bad === null) return value
    throw new ValidationError(
      {
        collection: collection?.slug,
        errors: [{ path: path.join('.'), message: disallowedUrlMessage(`${label}中的链接`, bad) }],
        req,
      },
      req.t,
    )
  }

/** A rich-text field using the portal editor, with its links checked on every save. */
export function richTextField(field: {
  name: string
  label: string
  required?: boolean
  admin?: RichTextField['admin']
}): RichTextField {
  return {
    ...field,
    type: 'richText',
    editor: portalEditor,
    hooks: { beforeValidate: [rejectUnsafeLinks(field.label)] },
  }
}
