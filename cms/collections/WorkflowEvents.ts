import type { CollectionConfig } from 'payload'

import { reviewers } from '../access/byRole'
import { nobody } from '../access/nobody'
import { WORKFLOW_ACTION_OPTIONS, CHANGE_KIND_OPTIONS } from '../fields/options'

/**
 * 审核记录: who submitted, returned, scheduled, published, withdrew or deleted what, and when.
 * Written only by the workflow hooks (cms/workflow/audit.ts); nobody edits or deletes an entry,
 * so it answers "who published this, when, and what changed".
 */
export const WorkflowEvents: CollectionConfig = {
  slug: 'workflow-events',
  labels: { singular: '审核记录', plural: '审核记录' },
  admin: {
    group: '系统',
    useAsTitle: 'title',
    defaultColumns: ['at', 'action', 'title', 'collectionLabel', 'actor', 'comment'],
    description: '内容提交、退回、定时发布、发布、撤回和删除的记录，只读。',
  },
  access: { read: reviewers, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  timestamps: true,
  fields: [
    {
      name: 'at',
      label: '时间',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
    },
    { name: 'action', label: '操作', type: 'select', required: true, options: WORKFLOW_ACTION_OPTIONS, index: true },
    { name: 'collectionSlug', label: '集合', type: 'text', required: true, index: true },
    { name: 'collectionLabel', label: '栏目', type: 'text' },
    { name: 'docId', label: '文档编号', type: 'text', required: true, index: true },
    { name: 'title', label: '标题', type: 'text' },
    // Names and ids, not relationships: the record must outlive the accounts it mentions.
    { name: 'actor', label: '操作人', type: 'text', admin: { description: '“系统”表示定时发布、导入等自动操作。' } },
    { name: 'actorId', label: '操作人编号', type: 'number', index: true },
    { name: 'changeKind', label: '修改类型', type: 'select', options: CHANGE_KIND_OPTIONS },
    { name: 'comment', label: '意见或说明', type: 'textarea' },
    {
      name: 'publishAt',
      label: '定时发布时间',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
    },
  ],
}
