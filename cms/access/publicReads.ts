import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A reader who is not signed in reads the published documents, never the latest drafts: with
 * `?draft=true` Payload would look at the newest version of each document, which for a
 * published document with a pending edit is a draft, and the published document would vanish
 * from the public API's answer (the access rule keeps the draft itself out either way).
 */
export const publicReadsPublished: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  // System code (scheduler, export, tests) reads with overrideAccess and means what it asks.
  if (operation === 'read' && !overrideAccess && !req.user && (args as { draft?: boolean }).draft)
    return { ...args, draft: false }
  return args
}
