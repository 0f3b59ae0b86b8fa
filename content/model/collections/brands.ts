import { z } from 'zod'
import type { CollectionModel } from '../define'
import { documentBase, optionalHtml, optionalReference, optionalUpload } from '../fields'
import { shanghaiDay } from '../../shared/shanghai'

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN')

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

export const brands = {
  slug: 'brands',
  name: '廉政文化品牌',
  labels: { singular: '廉政文化品牌', plural: '廉政文化品牌' },
  column: {
    label: '廉政文化品牌',
    intro: '一地一品牌、一区一特色：各地廉政文化品牌。',
    columnType: '专题专栏',
    section: 'culture',
    position: 3,
  },
  code: 'PP',
  schema: brandSchema,
  title: { fields: ['name'] },
  date: null,
  year: (d) => shanghaiDay(new Date(d.updatedAt)).slice(0, 4),
  order: (x, y) => zh(x.region, y.region) || zh(x.name, y.name),
  summary: (d) => ({ meta: [d.department?.name ?? ''].filter(Boolean), excerpt: d.summary, group: d.region }),
} satisfies CollectionModel<'brands', typeof brandSchema>
