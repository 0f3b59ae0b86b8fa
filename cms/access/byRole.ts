import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Writing content: every staff role (review happens through drafts, not through write rights). */
export const staff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer')

/** Deleting content is irreversible on the portal, so only reviewers and admins may do it. */
export const reviewers: Access = ({ req: { user } }) => hasRole(user, 'admin', 'reviewer')

/** Managing accounts. */
export const admins: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Field-level form of `admins`, e.g. for the role field. */
export const adminsField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
