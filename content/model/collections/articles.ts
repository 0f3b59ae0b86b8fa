import { z } from 'zod'
import type { CollectionModel } from '../define'
import { dateOnly, documentBase, optionalText, optionalUpload } from '../fields'
import { ARTICLE_KINDS } from '../labels'

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

export const articles = {
  slug: 'articles',
  name: '文章',
  labels: { singular: '文章', plural: '文章' },
  column: {
    label: '文章',
    intro: '工作动态与廉政文化文章，按发布日期排列。',
    columnType: '政务动态',
    section: 'culture',
    position: 5,
  },
  code: 'WZ',
  schema: articleSchema,
  title: { fields: ['title'] },
  date: { field: 'publishDate', precision: 'day' },
  year: (d) => d.publishDate.slice(0, 4),
  order: 'date',
  summary: (d) => ({ meta: [d.kind, d.source ?? ''].filter(Boolean), excerpt: d.summary }),
} satisfies CollectionModel<'articles', typeof articleSchema>
