import type { Access } from 'payload'

/** Staff see drafts too; everyone else sees only what has been approved and published. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) =>
  user ? true : { _status: { equals: 'published' } }
