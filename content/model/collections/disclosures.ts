import { z } from 'zod'
import { commonColumns, refName } from '../dataset'
import type { CollectionModel } from '../define'
import { keyOf, textKey, VALIDITY_SLUGS, yearKey } from '../facetKeys'
import { dateOnly, documentBase, optionalHtml, optionalReference, optionalText, upload } from '../fields'
import { VALIDITY } from '../labels'

/** 公开信息: one disclosed record with its 信息公开 metadata block. */
export const disclosureSchema = documentBase.extend({
  /** 标题 of the record. */
  title: z.string().min(1),
  /** 目录事项 the record discloses, linked to the catalogue row. */
  catalogItem: optionalReference,
  /** 发文机关, the issuing unit. */
  department: optionalReference,
  /** 索引号, the record's citation id. */
  indexNumber: z.string().min(1),
  /** 主题分类, the subject category. */
  subject: optionalText,
  /** 文号, the document number. */
  documentNumber: optionalText,
  /** 成文日期, when the document was written. */
  writtenDate: dateOnly.nullable().default(null),
  /** 发布日期, when it was published; sorts the lists. */
  publishDate: dateOnly,
  /** 主题词, keywords. */
  keywords: optionalText,
  /** 有效性, whether the document is still in force. */
  validity: z.enum(VALIDITY),
  /** 正文 (HTML). */
  body: optionalHtml,
  /** 附件, files to download. */
  attachments: z.array(upload).default([]),
})

type Disclosure = z.infer<typeof disclosureSchema>

export const disclosures = {
  slug: 'disclosures',
  name: '公开信息',
  labels: { singular: '公开信息', plural: '公开信息' },
  column: {
    label: '公开信息',
    intro: '各责任单位按公开目录发布的信息，按发布日期排列。',
    columnType: '信息公开',
    section: 'catalog',
    position: 2,
  },
  code: 'GK',
  schema: disclosureSchema,
  title: { fields: ['title'] },
  date: { field: 'publishDate', precision: 'day' },
  year: (d) => d.publishDate.slice(0, 4),
  order: 'date',
  summary: (d) => ({ meta: [d.department?.name ?? '', d.indexNumber, d.validity].filter(Boolean) }),
  facets: [
    { key: 'year', label: '发布年度', order: 'desc', values: (e) => [yearKey(e.data.publishDate)] },
    {
      key: 'unit',
      label: '发文机关',
      values: (e) => (e.data.department ? [textKey(e.data.department.id, e.data.department.name)] : []),
    },
    {
      key: 'item',
      label: '目录事项',
      values: (e) => (e.data.catalogItem ? [textKey(e.data.catalogItem.id, e.data.catalogItem.name)] : []),
    },
    { key: 'subject', label: '主题分类', values: (e) => (e.data.subject ? [textKey(e.data.subject)] : []) },
    {
      key: 'validity',
      label: '有效性',
      order: VALIDITY.map((v) => VALIDITY_SLUGS[v]),
      values: (e) => [keyOf(VALIDITY_SLUGS, e.data.validity)],
    },
  ],
  dataset: {
    title: '公开信息',
    columns: [
      ...commonColumns<Disclosure>('disclosures'),
      {
        key: 'indexNumber',
        label: '索引号',
        description: '信息的唯一索引号（单位代码/年份-序号）',
        value: (e) => e.data.indexNumber,
      },
      { key: 'title', label: '标题', description: '信息标题', value: (e) => e.data.title },
      {
        key: 'catalogItem',
        label: '目录事项',
        description: '所属公开目录事项（一级事项 / 二级事项）',
        value: (e) => refName(e.data.catalogItem),
      },
      { key: 'department', label: '发文机关', description: '发布信息的单位', value: (e) => refName(e.data.department) },
      { key: 'subject', label: '主题分类', description: '信息的主题分类', value: (e) => e.data.subject },
      { key: 'documentNumber', label: '文号', description: '发文字号', value: (e) => e.data.documentNumber },
      {
        key: 'writtenDate',
        label: '成文日期',
        description: '文件成文日期（YYYY-MM-DD）',
        value: (e) => e.data.writtenDate,
      },
      {
        key: 'publishDate',
        label: '发布日期',
        description: '在本站发布的日期（YYYY-MM-DD）',
        value: (e) => e.data.publishDate,
      },
      { key: 'keywords', label: '主题词', description: '主题词', value: (e) => e.data.keywords },
      { key: 'validity', label: '有效性', description: '有效、失效或废止', value: (e) => e.data.validity },
    ],
  },
} satisfies CollectionModel<'disclosures', typeof disclosureSchema>
