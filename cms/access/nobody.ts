import type { Access } from 'payload'

/** Nobody through the API: records written only by the system (审核记录, 发布记录). */
export const nobody: Access = () => false
