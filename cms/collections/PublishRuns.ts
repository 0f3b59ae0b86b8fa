import type { CollectionConfig } from 'payload'

import { reviewers } from '../access/byRole'
import { nobody } from '../access/nobody'

/**
 * 发布记录: every publish run (from the admin, the scheduler, `npm run publish` or
 * `npm run rollback`), written by the pipeline (scripts/lib/publishRun.ts) so editors see in
 * the admin whether their change is live, and why not when a run failed.
 */
export const PublishRuns: CollectionConfig = {
  slug: 'publish-runs',
  labels: { singular: '发布记录', plural: '发布记录' },
  admin: {
    group: '系统',
    useAsTitle: 'runId',
    defaultColumns: ['startedAt', 'kind', 'trigger', 'result', 'durationMs', 'error'],
    description: '网站发布（导出 → 构建 → 检索索引 → 切换上线）的记录，只读。失败的发布不影响线上网站。',
  },
  access: { read: reviewers, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-startedAt',
  fields: [
    { name: 'runId', label: '编号', type: 'text', required: true, unique: true },
    {
      name: 'kind',
      label: '类型',
      type: 'select',
      required: true,
      defaultValue: 'publish',
      options: [
        { label: '发布', value: 'publish' },
        { label: '回滚', value: 'rollback' },
      ],
    },
    { name: 'trigger', label: '触发原因', type: 'text' },
    {
      name: 'startedAt',
      label: '开始时间',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } },
    },
    {
      name: 'finishedAt',
      label: '结束时间',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } },
    },
    { name: 'durationMs', label: '用时(毫秒)', type: 'number' },
    {
      name: 'result',
      label: '结果',
      type: 'select',
      required: true,
      options: [
        { label: '成功', value: 'success' },
        { label: '无变化，未重建', value: 'skipped' },
        { label: '失败', value: 'failure' },
      ],
    },
    { name: 'error', label: '错误信息', type: 'textarea' },
    { name: 'pages', label: '页面数', type: 'number' },
    { name: 'documents', label: '导出文档数', type: 'number' },
    { name: 'build', label: '上线构建', type: 'text', admin: { description: '.publish/builds/ 下的目录名。' } },
  ],
}
