import type { Access, FieldAccess } from 'payload'

import { hasRole, isStaff } from './roles'

/** Writing content in every collection: editors, reviewers and admins (drafts; see workflow/guard). */
export const staff: Access = ({ req: { user } }) => isStaff(user)

/** Uploading attachments: staff and unit liaisons (a disclosure needs its PDF). */
export const uploaders: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer', 'liaison')

/** Publishing, unpublishing and deleting what the public sees: reviewers and admins. */
export const reviewers: Access = ({ req: { user } }) => hasRole(user, 'admin', 'reviewer')

/** Managing accounts. */
export const admins: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Field-level form of `admins`, e.g. for the role field. */
export const adminsField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** Field-level: reviewers and admins, e.g. the 审核意见 a reviewer writes. */
export const reviewersField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'reviewer')
