import { z } from 'zod'
import { commonColumns, refName } from '../dataset'
import type { CollectionModel } from '../define'
import {
  EIGHT_RULES_SLUGS,
  GOVERNMENT_SANCTION_SLUGS,
  keyOf,
  LEVEL_SLUGS,
  PARTY_SANCTION_SLUGS,
  textKey,
  VIOLATION_SLUGS,
  yearKey,
} from '../facetKeys'
import { dateOnly, documentBase, optionalReference, optionalText } from '../fields'
import { EIGHT_RULES_TYPES, GOVERNMENT_SANCTIONS, LEVELS, PARTY_SANCTIONS, VIOLATION_TYPES } from '../labels'
import { quarterLabel } from '../../shared/dateText'

/** 案例: one published disciplinary case. */
export const caseSchema = documentBase.extend({
  /** 标题, the heading of the case page. */
  title: z.string().min(1),
  /** 被处分人, the name as published (张某某). */
  subject: z.string().min(1),
  /** 单位及职务 of the person when the violation happened. */
  unitPosition: z.string().min(1),
  /** 所在单位, linked to the unit's page. */
  department: optionalReference,
  /** 层级 of the person's unit. */
  level: z.enum(LEVELS),
  /** 区域 where the case happened. */
  region: z.string().min(1),
  /** 违纪类型, the disciplines that were violated. */
  violationTypes: z.array(z.enum(VIOLATION_TYPES)).min(1),
  /** 八项规定问题类型, the kinds of 八项规定 violations. */
  eightRulesTypes: z.array(z.enum(EIGHT_RULES_TYPES)).default([]),
  /** 违纪事实 (经查…, HTML). */
  facts: z.string().min(1),
  /** 党纪处分 given. */
  partySanction: z.enum(PARTY_SANCTIONS).nullable().default(null),
  /** 政务处分 given. */
  governmentSanction: z.enum(GOVERNMENT_SANCTIONS).nullable().default(null),
  /** 移送检察机关: whether the case was referred to the procuratorate. */
  referred: z.boolean().default(false),
  /** 责令退缴, the illicit gains ordered returned. */
  confiscation: optionalText,
  /** 一案双查, leaders also held accountable. */
  accountability: optionalText,
  /** 处分决定日期; sorts the case lists. */
  decisionDate: dateOnly,
})

type Case = z.infer<typeof caseSchema>

export const cases = {
  slug: 'cases',
  name: '案例',
  labels: { singular: '案例', plural: '案例' },
  column: {
    label: '典型案例',
    intro: '已公开的违纪违法典型案例，按处分决定日期排列。',
    columnType: '信息公开',
    section: 'warning',
    position: 2,
  },
  code: 'AL',
  schema: caseSchema,
  title: { fields: ['title'] },
  date: { field: 'decisionDate', precision: 'day' },
  year: (d) => d.decisionDate.slice(0, 4),
  order: 'date',
  summary: (d) => ({
    meta: [
      d.region,
      d.level,
      ...d.violationTypes,
      [d.partySanction, d.governmentSanction].filter(Boolean).join('、'),
    ].filter(Boolean),
  }),
  facets: [
    { key: 'year', label: '年度', order: 'desc', values: (e) => [yearKey(e.data.decisionDate)] },
    {
      key: 'quarter',
      label: '季度',
      order: 'desc',
      values: (e) => {
        const year = e.data.decisionDate.slice(0, 4)
        const q = Math.ceil(Number(e.data.decisionDate.slice(5, 7)) / 3)
        return [{ slug: `${year}-q${q}`, label: `${year}年${quarterLabel(q)}` }]
      },
    },
    {
      key: 'violation',
      label: '违纪类型',
      order: VIOLATION_TYPES.flatMap((v) => [
        VIOLATION_SLUGS[v],
        ...(v === '违反中央八项规定精神' ? EIGHT_RULES_TYPES.map((s) => EIGHT_RULES_SLUGS[s]) : []),
      ]),
      values: (e) => [
        ...e.data.violationTypes.map((v) => keyOf(VIOLATION_SLUGS, v)),
        ...e.data.eightRulesTypes.map((s) => ({
          ...keyOf(EIGHT_RULES_SLUGS, s),
          parent: VIOLATION_SLUGS['违反中央八项规定精神'],
        })),
      ],
    },
    {
      key: 'party-sanction',
      label: '党纪处分',
      order: [...PARTY_SANCTIONS.map((s) => PARTY_SANCTION_SLUGS[s]), 'none'],
      values: (e) => [
        e.data.partySanction ? keyOf(PARTY_SANCTION_SLUGS, e.data.partySanction) : { slug: 'none', label: '未公开' },
      ],
    },
    {
      key: 'government-sanction',
      label: '政务处分',
      order: [...GOVERNMENT_SANCTIONS.map((s) => GOVERNMENT_SANCTION_SLUGS[s]), 'none'],
      values: (e) => [
        e.data.governmentSanction
          ? keyOf(GOVERNMENT_SANCTION_SLUGS, e.data.governmentSanction)
          : { slug: 'none', label: '未公开' },
      ],
    },
    {
      key: 'referred',
      label: '移送检察机关',
      order: ['yes', 'no'],
      values: (e) => [e.data.referred ? { slug: 'yes', label: '已移送检察机关' } : { slug: 'no', label: '未公开' }],
    },
    {
      key: 'level',
      label: '层级',
      order: LEVELS.map((l) => LEVEL_SLUGS[l]),
      values: (e) => [keyOf(LEVEL_SLUGS, e.data.level)],
    },
    { key: 'region', label: '区域', values: (e) => [textKey(e.data.region)] },
  ],
  dataset: {
    title: '典型案例',
    columns: [
      ...commonColumns<Case>('cases'),
      { key: 'title', label: '标题', description: '案例标题', value: (e) => e.data.title },
      { key: 'subject', label: '被处分人', description: '按公开发布的写法，如张某某', value: (e) => e.data.subject },
      {
        key: 'unitPosition',
        label: '单位及职务',
        description: '违纪时的单位和职务',
        value: (e) => e.data.unitPosition,
      },
      {
        key: 'department',
        label: '所在单位',
        description: '所在单位（责任单位名录中的名称）',
        value: (e) => refName(e.data.department),
      },
      {
        key: 'level',
        label: '层级',
        description: '市级、县(市、区)级、镇(街道)级或村(社区)级',
        value: (e) => e.data.level,
      },
      { key: 'region', label: '区域', description: '所在区域', value: (e) => e.data.region },
      {
        key: 'violationTypes',
        label: '违纪类型',
        description: '违反的纪律（CSV 中以“、”分隔）',
        value: (e) => e.data.violationTypes,
      },
      {
        key: 'eightRulesTypes',
        label: '八项规定问题类型',
        description: '违反中央八项规定精神问题的具体类型',
        value: (e) => e.data.eightRulesTypes,
      },
      {
        key: 'partySanction',
        label: '党纪处分',
        description: '警告、严重警告、撤销党内职务、留党察看或开除党籍',
        value: (e) => e.data.partySanction,
      },
      {
        key: 'governmentSanction',
        label: '政务处分',
        description: '警告、记过、记大过、降级、撤职或开除',
        value: (e) => e.data.governmentSanction,
      },
      {
        key: 'referred',
        label: '移送检察机关',
        description: '涉嫌犯罪问题是否移送检察机关（CSV 中为“是/否”）',
        value: (e) => e.data.referred,
      },
      { key: 'confiscation', label: '责令退缴', description: '违纪所得的收缴情况', value: (e) => e.data.confiscation },
      {
        key: 'accountability',
        label: '一案双查',
        description: '同时被追责的领导干部及处理情况',
        value: (e) => e.data.accountability,
      },
      {
        key: 'decisionDate',
        label: '处分决定日期',
        description: '处分决定日期（YYYY-MM-DD）',
        value: (e) => e.data.decisionDate,
      },
    ],
  },
} satisfies CollectionModel<'cases', typeof caseSchema>
