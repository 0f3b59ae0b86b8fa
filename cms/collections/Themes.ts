import { MODEL } from '../../content/model/collections'
import { dateOnlyField } from '../fields/dateOnly'
import { VENUE_OPTIONS } from '../fields/options'
import { richTextField } from '../fields/richText'
import { validateLinkUrl } from '../fields/safeUrl'
import { validateMonth } from '../fields/validators'
import { ensureUnique } from '../hooks/ensureUnique'
import { publicCollection } from './publicCollection'
import type { ImportRules } from '../import/rules'
import { join, text } from '../import/keys'

/** How `npm run import` reads this collection's rows (docs/import.md). */
const importRules: ImportRules = {
  aliases: { title: ['主题名称', '标题'], summary: ['摘要', '简介'], body: ['内容'] },
  keyLabel: '月份',
  keyOf: (doc) => join(text(doc.month)),
}

/** 月度主题: 一月一主题, the month's education theme with its 宣讲 activities and materials. */
export const Themes = publicCollection(
  MODEL.themes,
  {
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['month', 'title', '_status', 'updatedAt'],
    },
    defaultSort: '-month',
    hooks: {
      beforeChange: [
        ensureUnique('themes', [
          { fields: ['month'], path: 'month', message: (data) => `月份「${data.month}」已有月度主题，每月只能有一个` },
        ]),
      ],
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'month',
            label: '月份',
            type: 'text',
            required: true,
            unique: true,
            validate: validateMonth,
            admin: { placeholder: '2026-11', description: '格式 YYYY-MM，每月只能有一个主题' },
          },
          { name: 'title', label: '主题', type: 'text', required: true },
        ],
      },
      { name: 'summary', label: '主题摘要', type: 'textarea', required: true },
      richTextField({ name: 'body', label: '正文' }),
      {
        name: 'activities',
        label: '宣讲活动',
        labels: { singular: '宣讲活动', plural: '宣讲活动' },
        type: 'array',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'venueType', label: '宣讲场所', type: 'select', required: true, options: VENUE_OPTIONS },
              dateOnlyField({ name: 'date', label: '日期' }),
              { name: 'place', label: '地点', type: 'text' },
            ],
          },
          { name: 'description', label: '活动说明', type: 'textarea' },
        ],
      },
      {
        name: 'materials',
        label: '学习资料',
        labels: { singular: '学习资料', plural: '学习资料' },
        type: 'array',
        fields: [
          { name: 'title', label: '资料标题', type: 'text', required: true },
          {
            type: 'row',
            fields: [
              { name: 'file', label: '文件', type: 'upload', relationTo: 'media' },
              {
                name: 'url',
                label: '链接',
                type: 'text',
                validate: validateLinkUrl('学习资料链接'),
                admin: { description: 'http(s) 网址或以 / 开头的站内路径' },
              },
            ],
          },
        ],
      },
    ],
  },
  { import: importRules },
)
