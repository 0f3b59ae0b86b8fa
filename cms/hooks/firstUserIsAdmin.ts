import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../payload-types'

/**
 * The account made on the admin's 创建首个用户 screen must be able to manage everyone else,
 * yet that form cannot set `role` (only admins may). So the very first account is an admin.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
