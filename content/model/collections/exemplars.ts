import { z } from 'zod'
import type { CollectionModel } from '../define'
import { documentBase, optionalHtml, optionalUpload } from '../fields'

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN')

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

export const exemplars = {
  slug: 'exemplars',
  name: '廉勤典型',
  labels: { singular: '廉勤典型', plural: '廉勤典型' },
  column: {
    label: '廉勤典型',
    intro: '清正廉洁、勤政为民的先进典型。',
    columnType: '专题专栏',
    section: 'culture',
    position: 4,
  },
  code: 'DX',
  schema: exemplarSchema,
  title: { fields: ['name'] },
  date: null,
  year: (d) => String(d.year ?? d.updatedAt.slice(0, 4)),
  order: (x, y) => (y.year ?? 0) - (x.year ?? 0) || zh(x.name, y.name),
  summary: (d) => ({ meta: [d.unitPosition], excerpt: d.summary, group: d.year ? `${d.year}年度` : '其他' }),
} satisfies CollectionModel<'exemplars', typeof exemplarSchema>
