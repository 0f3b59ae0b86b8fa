import { z } from 'zod'
import { commonColumns, refName } from '../dataset'
import type { CollectionModel } from '../define'
import { dateOnly, documentBase, optionalHtml, optionalReference, reference } from '../fields'
import { BULLETIN_KINDS } from '../labels'
import { quarterLabel } from '../../shared/dateText'

/** 通报: a warning bulletin that groups cases. */
export const bulletinSchema = documentBase.extend({
  /** 标题 of the bulletin. */
  title: z.string().min(1),
  /** 通报类型. */
  kind: z.enum(BULLETIN_KINDS),
  /** 年度 the bulletin covers. */
  year: z.number().int(),
  /** 季度 (1–4) of a quarterly bulletin. */
  quarter: z.number().int().min(1).max(4).nullable().default(null),
  /** 发布单位. */
  issuer: optionalReference,
  /** 通报案例, in the order the bulletin presents them. */
  cases: z.array(reference).default([]),
  /** 发案原因剖析 (HTML). */
  causeAnalysis: optionalHtml,
  /** 警示要求 (HTML). */
  requirements: optionalHtml,
  /** 发布日期; sorts the bulletin list. */
  publishDate: dateOnly,
})

type Bulletin = z.infer<typeof bulletinSchema>

export const bulletins = {
  slug: 'bulletins',
  name: '通报',
  labels: { singular: '通报', plural: '通报' },
  column: {
    label: '警示通报',
    intro: '一季一通报：通报典型案例，剖析发案原因，提出警示要求。',
    columnType: '信息公开',
    section: 'warning',
    position: 1,
  },
  code: 'TB',
  schema: bulletinSchema,
  title: { fields: ['title'] },
  date: { field: 'publishDate', precision: 'day' },
  year: (d) => String(d.year),
  order: 'date',
  summary: (d) => ({
    meta: [d.kind, d.quarter ? `${d.year}年${quarterLabel(d.quarter)}` : `${d.year}年度`, `${d.cases.length} 个案例`],
  }),
  dataset: {
    title: '警示通报',
    columns: [
      ...commonColumns<Bulletin>('bulletins'),
      { key: 'title', label: '标题', description: '通报标题', value: (e) => e.data.title },
      {
        key: 'kind',
        label: '通报类型',
        description: '季度警示通报、典型案例通报或专项通报',
        value: (e) => e.data.kind,
      },
      { key: 'year', label: '年度', description: '通报年度', value: (e) => e.data.year },
      {
        key: 'quarter',
        label: '季度',
        description: '季度警示通报的季度（1–4），其他类型为空',
        value: (e) => e.data.quarter,
      },
      { key: 'issuer', label: '发布单位', description: '发布通报的单位', value: (e) => refName(e.data.issuer) },
      {
        key: 'publishDate',
        label: '发布日期',
        description: '发布日期（YYYY-MM-DD）',
        value: (e) => e.data.publishDate,
      },
      {
        key: 'cases',
        label: '通报案例编号',
        description: '通报的案例编号，按通报顺序（对应典型案例数据集的“编号”）',
        value: (e) => e.data.cases.map((c) => c.id),
      },
    ],
  },
} satisfies CollectionModel<'bulletins', typeof bulletinSchema>
