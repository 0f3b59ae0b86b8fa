import { z } from 'astro/zod'
import { dateOnly, documentBase, optionalHtml, optionalReference, optionalText, optionalUpload } from './shared'
import { ARTICLE_KINDS, OCCASIONS, REMINDER_CHANNELS, VENUE_TYPES } from './options'

/** The same allow-list the CMS applies on input: http(s), mailto, tel, or a site-relative path. */
const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/(?![/\\]))/i

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

/** 廉政文化品牌 (一地一品牌). */
export const brandSchema = documentBase.extend({
  /** 品牌名称. */
  name: z.string().min(1),
  /** 所属区域. */
  region: z.string().min(1),
  /** 创建单位. */
  department: optionalReference,
  /** 简介, shown in lists. */
  summary: z.string().min(1),
  /** 正文 (HTML). */
  body: optionalHtml,
  /** 图片. */
  image: optionalUpload,
})

/** 廉勤典型. */
export const exemplarSchema = documentBase.extend({
  /** 姓名 (张某某 form). */
  name: z.string().min(1),
  /** 单位及职务. */
  unitPosition: z.string().min(1),
  /** 评选年度. */
  year: z.number().int().nullable().default(null),
  /** 事迹摘要, shown in lists. */
  summary: z.string().min(1),
  /** 事迹 (HTML). */
  body: optionalHtml,
  /** 照片. */
  photo: optionalUpload,
})

/** 文章 (工作动态 / 廉政文化). */
export const articleSchema = documentBase.extend({
  /** 标题. */
  title: z.string().min(1),
  /** 栏目. */
  kind: z.enum(ARTICLE_KINDS),
  /** 摘要, shown in lists. */
  summary: optionalText,
  /** 正文 (HTML). */
  body: z.string().min(1),
  /** 发布日期; sorts the list. */
  publishDate: dateOnly,
  /** 来源. */
  source: optionalText,
  /** 封面 image. */
  cover: optionalUpload,
})
