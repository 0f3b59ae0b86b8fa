import { MODEL } from '../../content/model/collections'
import type { CollectionBeforeChangeHook, NumberFieldSingleValidation } from 'payload'

import { dateOnlyField } from '../fields/dateOnly'
import { BULLETIN_KIND_OPTIONS } from '../fields/options'
import { richTextField } from '../fields/richText'
import { ensureUnique } from '../hooks/ensureUnique'
import type { Bulletin } from '../payload-types'
import { publicCollection } from './publicCollection'
import type { ImportRules } from '../import/rules'
import { join, text } from '../import/keys'

const isQuarterly = (data: { kind?: unknown }) => data.kind === 'quarterly'

const validateYear: NumberFieldSingleValidation = (value) => {
  if (value == null) return '年度不能为空'
  return Number.isInteger(value) && value >= 1949 && value <= 2999
    ? true
    : `年度「${value}」不正确：请填写四位数年份，例如 2026`
}

const validateQuarter: NumberFieldSingleValidation = (value, { siblingData }) => {
  if (value == null) return isQuarterly(siblingData as Bulletin) ? '季度警示通报必须填写季度（1–4）' : true
  return Number.isInteger(value) && value >= 1 && value <= 4 ? true : `季度「${value}」不正确：只能填写 1、2、3 或 4`
}

/** A quarter only means something on a quarterly bulletin; a stale one would block the unique index. */
const dropQuarterUnlessQuarterly: CollectionBeforeChangeHook<Bulletin> = ({ data, originalDoc }) => {
  const kind = data.kind ?? originalDoc?.kind
  return kind && kind !== 'quarterly' ? { ...data, quarter: null } : data
}

/** How `npm run import` reads this collection's rows (docs/import.md). */
const importRules: ImportRules = {
  aliases: {
    kind: ['类型'],
    issuer: ['发布机关', '通报单位', '发布机构'],
    cases: ['案例', '通报案件'],
    causeAnalysis: ['原因剖析', '案件剖析'],
    requirements: ['工作要求', '要求'],
    publishDate: ['通报日期', '发布时间'],
  },
  keyLabel: '年度 + 季度（季度警示通报），或 类型 + 年度 + 标题',
  keyOf: (doc) =>
    doc.kind === 'quarterly' || doc.kind === undefined
      ? join('quarterly', text(doc.year), text(doc.quarter))
      : join(text(doc.kind), text(doc.year), text(doc.title)),
}

/** 通报: 一季一通报 quarterly warning bulletins, and typical / special case bulletins. */
export const Bulletins = publicCollection(
  MODEL.bulletins,
  {
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', 'year', 'quarter', 'publishDate', '_status'],
    },
    // Two quarterly bulletins for the same quarter would contradict each other.
    indexes: [{ fields: ['year', 'quarter'], unique: true }],
    hooks: {
      beforeChange: [
        dropQuarterUnlessQuarterly,
        ensureUnique('bulletins', [
          {
            fields: ['kind', 'year', 'quarter'],
            path: 'quarter',
            when: isQuarterly,
            message: (data, existing) =>
              `季度「${data.year} 年第 ${data.quarter} 季度」已有季度警示通报「${existing.title}」，每季度只能有一期`,
          },
        ]),
      ],
    },
    fields: [
      { name: 'title', label: '标题', type: 'text', required: true },
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            label: '通报类型',
            type: 'select',
            required: true,
            defaultValue: 'quarterly',
            options: BULLETIN_KIND_OPTIONS,
          },
          { name: 'year', label: '年度', type: 'number', required: true, validate: validateYear },
          {
            name: 'quarter',
            label: '季度',
            type: 'number',
            min: 1,
            max: 4,
            validate: validateQuarter,
            admin: { condition: (_, siblingData) => isQuarterly(siblingData), description: '1–4，季度警示通报必填' },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'issuer', label: '发布单位', type: 'relationship', relationTo: 'departments', required: true },
          dateOnlyField({ name: 'publishDate', label: '发布日期', required: true }),
        ],
      },
      {
        name: 'cases',
        label: '通报案例',
        type: 'relationship',
        relationTo: 'cases',
        hasMany: true,
        admin: { isSortable: true, description: '按通报中的先后顺序排列' },
      },
      richTextField({ name: 'causeAnalysis', label: '发案原因剖析' }),
      richTextField({ name: 'requirements', label: '警示要求' }),
    ],
  },
  { import: importRules },
)
