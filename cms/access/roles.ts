import type { Role } from '../fields/options'

type MaybeUser = { role?: Role | null; collection?: string } | null | undefined

/** Whether the signed-in admin user holds one of the roles (anonymous and API keys hold none). */
export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user && user.role && roles.includes(user.role))
}

/** The staff who write content in every collection: editors, reviewers and admins. */
export const isStaff = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor', 'reviewer')
