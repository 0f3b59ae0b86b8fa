import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '../access/byRole'
import { adminsOrSelf } from '../access/self'
import { secureCookies } from '../auth/origins'
import { enforcePasswordPolicy, rememberResetPassword } from '../auth/passwordPolicy'
import { ROLE_OPTIONS } from '../fields/options'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'

/**
 * 用户 of the admin. Only admins create, delete or re-role accounts; everyone else may read
 * and edit their own account, but the role field stays out of their reach, so nobody can
 * promote themselves. Passwords follow cms/auth/passwordPolicy.ts however they are set.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '用户', plural: '用户' },
  admin: { group: '系统', useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'updatedAt'] },
  auth: {
    // Per account; cms/api/ also limits failed logins per IP, across accounts.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { secure: secureCookies(), sameSite: 'Lax' },
  },
  // Unlocking is an admin's answer to a locked account, not a way around the lockout.
  access: { read: adminsOrSelf, create: admins, update: adminsOrSelf, delete: admins, unlock: admins },
  hooks: {
    beforeOperation: [rememberResetPassword],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    { name: 'name', label: '姓名', type: 'text' },
    {
      name: 'role',
      label: '角色',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: ROLE_OPTIONS,
      saveToJWT: true,
      access: { create: adminsField, update: adminsField },
      admin: {
        description:
          '管理员管理账号；编辑撰写内容并提交审核；审核员审核、发布、撤回和删除；单位联络员只维护本单位的目录事项和公开信息。',
      },
    },
    {
      name: 'department',
      label: '所属单位',
      type: 'relationship',
      relationTo: 'departments',
      saveToJWT: true,
      access: { create: adminsField, update: adminsField },
      admin: {
        description: '单位联络员必填：只能维护该单位的目录事项和公开信息。',
        condition: (data) => data?.role === 'liaison',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.role === 'liaison' && !value ? '单位联络员须选择所属单位。' : true,
    },
  ],
}
