import type { Field } from 'payload'

import { reviewersField } from '../access/byRole'
import { signedInField } from '../access/readContent'
import { CHANGE_KIND_OPTIONS, WORKFLOW_OPTIONS } from '../fields/options'

type Data = Record<string, unknown> | undefined

const wasPublished = (data: Data) => Boolean(data?.firstPublishedAt)

/** A copy starts without the source's review and publication history (see guard.ts). */
const resetOnDuplicate = (value: unknown) => ({ hooks: { beforeDuplicate: [() => value] } })

/**
 * The review workflow's fields, in the sidebar of every public collection. Only the change log
 * and the two public dates leave the CMS (docs/content-model.md); the rest is internal, and
 * hidden from anonymous API reads like it is from the export.
 */
export const workflowFields: Field[] = [
  {
    name: 'workflow',
    access: { read: signedInField },
    ...resetOnDuplicate('draft'),
    label: '状态',
    type: 'select',
    options: WORKFLOW_OPTIONS,
    defaultValue: 'draft',
    index: true,
    custom: { export: false },
    admin: {
      position: 'sidebar',
      description: '编辑保存草稿或“提交审核”；审核员发布、退回修改、定时发布或撤回。',
    },
  },
  {
    name: 'reviewComment',
    ...resetOnDuplicate(null),
    label: '审核意见',
    type: 'textarea',
    custom: { export: false },
    access: { read: signedInField, create: reviewersField, update: reviewersField },
    admin: { position: 'sidebar', description: '退回修改时必须填写，编辑据此修改。' },
  },
  {
    name: 'publishAt',
    ...resetOnDuplicate(null),
    label: '定时发布时间',
    type: 'date',
    custom: { export: false },
    access: { read: signedInField, create: reviewersField, update: reviewersField },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'yyyy-MM-dd HH:mm' },
      description: '状态为“已定时发布”时，到点自动发布并更新网站（北京时间）。',
    },
  },
  {
    name: 'changeKind',
    access: { read: signedInField },
    ...resetOnDuplicate(null),
    label: '修改类型',
    type: 'select',
    options: CHANGE_KIND_OPTIONS,
    custom: { export: false },
    admin: { position: 'sidebar', condition: (data) => wasPublished(data), description: '修改已发布的内容时必选。' },
  },
  {
    name: 'changeNote',
    access: { read: signedInField },
    ...resetOnDuplicate(null),
    label: '修改说明',
    type: 'textarea',
    custom: { export: false },
    admin: {
      position: 'sidebar',
      condition: (data) => wasPublished(data) && data?.changeKind === 'major',
      description: '重大修改的说明将随日期在网站上公开，例如“更正处分决定日期”。',
    },
  },
  {
    name: 'firstPublishedAt',
    ...resetOnDuplicate(null),
    label: '首次发布时间',
    type: 'date',
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.firstPublishedAt),
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
    },
  },
  {
    name: 'publicUpdatedAt',
    ...resetOnDuplicate(null),
    label: '公开更新时间',
    type: 'date',
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.publicUpdatedAt),
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
      description: '网站显示的更新日期：首次发布和每次重大修改时更新。',
    },
  },
  {
    name: 'changeLog',
    ...resetOnDuplicate([]),
    label: '修改记录',
    type: 'array',
    admin: {
      readOnly: true,
      initCollapsed: true,
      condition: (data) => Array.isArray(data?.changeLog) && data.changeLog.length > 0,
    },
    fields: [
      { name: 'date', label: '日期', type: 'date', required: true },
      { name: 'note', label: '修改说明', type: 'textarea', required: true },
    ],
  },
  {
    // A name, not a relationship: the record must outlive the account.
    name: 'workflowBy',
    access: { read: signedInField },
    ...resetOnDuplicate(null),
    label: '最近操作人',
    type: 'text',
    custom: { export: false },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.workflowBy) },
  },
]
