import type { Access } from 'payload'

/** Any signed-in admin user. */
export const authenticated: Access = ({ req: { user } }) => Boolean(user)
