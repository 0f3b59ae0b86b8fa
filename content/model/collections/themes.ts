import { z } from 'zod'
import type { CollectionModel } from '../define'
import { dateOnly, documentBase, optionalHtml, optionalText, optionalUpload, SAFE_URL } from '../fields'
import { VENUE_TYPES } from '../labels'

/** 月度主题 (一月一主题). */
export const themeSchema = documentBase.extend({
  /** 月份 `YYYY-MM`; the home page shows the current month's theme. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '应为 YYYY-MM 格式的月份'),
  /** 主题, the heading. */
  title: z.string().min(1),
  /** 主题摘要, shown in lists and on the home page. */
  summary: z.string().min(1),
  /** 正文 (HTML). */
  body: optionalHtml,
  /** 宣讲活动 held for the theme. */
  activities: z
    .array(
      z.object({
        /** 场所类型 (企业/学校/社区/市场/农村). */
        venueType: z.enum(VENUE_TYPES),
        /** 日期 of the activity. */
        date: dateOnly.nullable().default(null),
        /** 地点. */
        place: optionalText,
        /** 活动内容. */
        description: optionalText,
      }),
    )
    .default([]),
  /** 学习资料: files or links to study. */
  materials: z
    .array(
      z.object({
        /** 资料名称, the link text. */
        title: z.string().min(1),
        /** 文件 to download. */
        file: optionalUpload,
        /** 链接 to an external page; checked again here so a bad URL can never become a live link. */
        url: optionalText.refine(
          (url) => url == null || SAFE_URL.test(url),
          '链接只能是 http(s)、mailto、tel 或站内地址',
        ),
      }),
    )
    .default([]),
})

export const themes = {
  slug: 'themes',
  name: '月度主题',
  labels: { singular: '月度主题', plural: '月度主题' },
  column: {
    label: '月度主题',
    intro: '一月一主题：每月一个廉政教育主题及宣讲活动、学习资料。',
    columnType: '专题专栏',
    section: 'culture',
    position: 1,
  },
  code: 'ZT',
  schema: themeSchema,
  title: { fields: ['title'] },
  date: { field: 'month', precision: 'month' },
  year: (d) => d.month.slice(0, 4),
  order: 'date',
  summary: (d) => ({ meta: [], excerpt: d.summary, group: `${d.month.slice(0, 4)}年` }),
} satisfies CollectionModel<'themes', typeof themeSchema>
