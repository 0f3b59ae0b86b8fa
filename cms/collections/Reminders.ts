import { MODEL } from '../../content/model/collections'
import { OCCASION_OPTIONS, REMINDER_CHANNEL_OPTIONS } from '../fields/options'
import { richTextField } from '../fields/richText'
import { REMINDER_MAX_CHARS, validateIsoWeek, validateReminderMessage } from '../fields/validators'
import { ensureUnique } from '../hooks/ensureUnique'
import { publicCollection } from './publicCollection'
import type { ImportRules } from '../import/rules'
import { join, text } from '../import/keys'

/** How `npm run import` reads this collection's rows (docs/import.md). */
const importRules: ImportRules = {
  aliases: { week: ['周次', '周', 'ISO周'], message: ['内容', '提醒'], occasion: ['节日', '时间节点'] },
  keyLabel: 'ISO 周',
  keyOf: (doc) => join(text(doc.week)),
}

/** 每周提醒: 一周一提醒, short enough to go out by SMS and 微博 unchanged. */
export const Reminders = publicCollection(
  MODEL.reminders,
  {
    admin: {
      useAsTitle: 'week',
      defaultColumns: ['week', 'title', 'occasion', 'channels', '_status'],
    },
    defaultSort: '-week',
    hooks: {
      beforeChange: [
        ensureUnique('reminders', [
          { fields: ['week'], path: 'week', message: (data) => `ISO 周「${data.week}」已有每周提醒，每周只能有一个` },
        ]),
      ],
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'week',
            label: 'ISO 周',
            type: 'text',
            required: true,
            unique: true,
            validate: validateIsoWeek,
            admin: { placeholder: '2026-W48', description: '格式 YYYY-Www（ISO 8601 周），每周只能有一条提醒' },
          },
          { name: 'title', label: '标题', type: 'text' },
        ],
      },
      {
        name: 'message',
        label: '提醒内容',
        type: 'textarea',
        required: true,
        validate: validateReminderMessage,
        admin: { description: `不超过 ${REMINDER_MAX_CHARS} 个字，将原样用于短信和微博` },
      },
      richTextField({ name: 'body', label: '正文' }),
      {
        type: 'row',
        fields: [
          { name: 'occasion', label: '节点', type: 'select', options: OCCASION_OPTIONS },
          {
            name: 'channels',
            label: '发布渠道',
            type: 'select',
            hasMany: true,
            defaultValue: ['web'],
            options: REMINDER_CHANNEL_OPTIONS,
          },
        ],
      },
    ],
  },
  { import: importRules },
)
