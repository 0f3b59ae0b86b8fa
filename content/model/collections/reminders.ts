import { z } from 'zod'
import type { CollectionModel } from '../define'
import { documentBase, optionalHtml, optionalText } from '../fields'
import { OCCASIONS, REMINDER_CHANNELS } from '../labels'
import { formatWeek } from '../../shared/dateText'

/** 每周提醒 (一周一提醒). */
export const reminderSchema = documentBase.extend({
  /** ISO 周 `YYYY-Www`; the home page shows the current week's reminder. */
  week: z.string().regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, '应为 YYYY-Www 格式的 ISO 周'),
  /** 标题, optional heading. */
  title: optionalText,
  /**
   * 提醒内容, the short (≤140 字) message. Counted in characters as the CMS counts them: `max(140)`
   * counts UTF-16 units, so 140 characters such as 𠮷 (two units each) would pass the CMS and then
   * fail every publish.
   */
  message: z
    .string()
    .min(1)
    .refine((text) => Array.from(text).length <= 140, '提醒内容不能超过 140 个字'),
  /** 正文 (HTML). */
  body: optionalHtml,
  /** 节点, the holiday the reminder is for. */
  occasion: z.enum(OCCASIONS).nullable().default(null),
  /** 发布渠道 the message was pushed to. */
  channels: z.array(z.enum(REMINDER_CHANNELS)).default([]),
})

export const reminders = {
  slug: 'reminders',
  name: '每周提醒',
  labels: { singular: '每周提醒', plural: '每周提醒' },
  column: {
    label: '每周提醒',
    intro: '一周一提醒：每周一条廉洁提醒，重要节日前专门提醒。',
    columnType: '专题专栏',
    section: 'culture',
    position: 2,
  },
  code: 'TX',
  schema: reminderSchema,
  title: { fields: ['title'], untitled: { field: 'week', text: (week) => `${formatWeek(week)}廉洁提醒` } },
  date: { field: 'week', precision: 'week' },
  year: (d) => d.week.slice(0, 4),
  order: 'date',
  summary: (d) => ({ meta: [d.occasion ?? ''].filter(Boolean), excerpt: d.message, group: `${d.week.slice(0, 4)}年` }),
} satisfies CollectionModel<'reminders', typeof reminderSchema>
