import { MODEL } from '../../content/model/collections'
import { AUDIENCE_OPTIONS, CATEGORY_OPTIONS, CHANNEL_OPTIONS, DOMAIN_OPTIONS, MODE_OPTIONS } from '../fields/options'
import { richTextField } from '../fields/richText'
import { validatePositiveInteger } from '../fields/validators'
import { publicCollection } from './publicCollection'
import type { ImportRules } from '../import/rules'
import { idOf, join, text } from '../import/keys'

/** How `npm run import` reads this collection's rows (docs/import.md). */
const importRules: ImportRules = {
  aliases: {
    department: ['责任单位', '公开单位', '单位'],
    content: ['公开内容', '公开要素'],
    channels: ['公开渠道和载体', '公开载体'],
    domain: ['所属领域'],
    'timeLimit.workingDays': ['时限工作日', '公开时限（工作日）'],
  },
  keyLabel: '公开主体 + 一级事项 + 二级事项',
  keyOf: (doc) => join(idOf(doc.department), text(doc.primaryItem), text(doc.secondaryItem)),
}

/** 公开目录清单事项: what a unit must disclose, when, how and to whom. */
export const CatalogItems = publicCollection(
  MODEL['catalog-items'],
  {
    admin: {
      useAsTitle: 'secondaryItem',
      defaultColumns: ['primaryItem', 'secondaryItem', 'category', 'domain', 'department', 'updatedAt'],
      listSearchableFields: ['primaryItem', 'secondaryItem'],
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'primaryItem', label: '一级事项', type: 'text', required: true },
          { name: 'secondaryItem', label: '二级事项', type: 'text', required: true },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'category', label: '公开类别', type: 'select', required: true, options: CATEGORY_OPTIONS },
          { name: 'domain', label: '领域', type: 'select', required: true, options: DOMAIN_OPTIONS },
        ],
      },
      richTextField({ name: 'content', label: '公开内容(要素)', required: true }),
      { name: 'basis', label: '公开依据', type: 'textarea' },
      {
        name: 'timeLimit',
        label: '公开时限',
        type: 'group',
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'text',
                label: '公开时限',
                type: 'text',
                required: true,
                admin: { description: '例如：信息形成或变更之日起 20 个工作日内' },
              },
              {
                name: 'workingDays',
                label: '时限(工作日)',
                type: 'number',
                min: 1,
                validate: validatePositiveInteger('时限(工作日)'),
                admin: { description: '可选，按工作日计算的天数' },
              },
            ],
          },
        ],
      },
      { name: 'procedure', label: '公开程序', type: 'textarea' },
      { name: 'department', label: '公开主体', type: 'relationship', relationTo: 'departments', required: true },
      { name: 'channels', label: '公开渠道', type: 'select', hasMany: true, options: CHANNEL_OPTIONS },
      {
        type: 'row',
        fields: [
          {
            name: 'audience',
            label: '公开对象',
            type: 'select',
            required: true,
            defaultValue: 'public',
            options: AUDIENCE_OPTIONS,
          },
          {
            name: 'mode',
            label: '公开方式',
            type: 'select',
            required: true,
            defaultValue: 'proactive',
            options: MODE_OPTIONS,
          },
          {
            name: 'updateCycle',
            label: '更新周期',
            type: 'text',
            admin: { description: '例如：实时更新、每季度、每年' },
          },
        ],
      },
    ],
  },
  { unitField: 'department', import: importRules },
)
