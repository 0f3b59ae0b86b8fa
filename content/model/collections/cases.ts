import { z } from 'zod'
import { publishedDate, publishedTerm } from '../caseTerms'
import { commonColumns, refName } from '../dataset'
import type { CollectionModel, FacetKey } from '../define'
import {
  CADRE_LEVEL_SLUGS,
  EIGHT_RULES_SLUGS,
  GOVERNMENT_SANCTION_SLUGS,
  keyOf,
  LEVEL_SLUGS,
  MEASURE_SLUGS,
  PARTY_SANCTION_SLUGS,
  SOURCE_KIND_SLUGS,
  textKey,
  VIOLATION_SLUGS,
  yearKey,
} from '../facetKeys'
import { documentBase, optionalReference, optionalText, SAFE_URL } from '../fields'
import {
  CADRE_LEVELS,
  EIGHT_RULES_TYPES,
  GOVERNMENT_SANCTIONS,
  LEVELS,
  MEASURES,
  PARTY_MEMBERSHIP,
  PARTY_SANCTIONS,
  SOURCE_KINDS,
  VIOLATION_TYPES,
} from '../labels'
import { quarterLabel } from '../../shared/dateText'

/** One person a case names, every fact as published (the page shows that) with its kind. */
export const casePersonSchema = z.object({
  /** 姓名 as published (张某某, or a full name). */
  name: z.string().min(1),
  /** 单位 when the violation happened, as published. */
  unit: optionalText,
  /** 职务 when the violation happened, as published (原党组书记、局长). */
  position: optionalText,
  /** 职级 as published (正处级, 厅局级以下), only when the bulletin states it. */
  rank: optionalText,
  /** 政治面貌, only when the bulletin states it. */
  partyMember: z.enum(PARTY_MEMBERSHIP).nullable().default(null),
  /** 党纪处分 as published and its kind; null when none was published. */
  partySanction: publishedTerm(PARTY_SANCTIONS)
    .extend({
      /** The term of a 留党察看 in years, when published. */
      years: z.number().int().positive().nullable().default(null),
    })
    .nullable()
    .default(null),
  /** 政务处分 (or a 事业单位/国企 处分) as published and its kind; null when none was published. */
  governmentSanction: publishedTerm(GOVERNMENT_SANCTIONS).nullable().default(null),
  /** 组织处理 and 第一种形态 measures as published (诫勉谈话, 免职处理), each with its kind. */
  measures: z.array(publishedTerm(MEASURES)).default([]),
  /** Other measures as published (违纪所得予以收缴, 责令退赔相关费用). */
  otherMeasures: z.array(z.string().min(1)).default([]),
  /** 移送检察机关: true when published; false means the bulletin does not say so (shown 未公开). */
  referred: z.boolean().default(false),
  /** 刑事处理 as published (被判处有期徒刑…), when published. */
  criminalOutcome: optionalText,
})
export type CasePerson = z.infer<typeof casePersonSchema>

/** 市住建局原局长: a person's unit and position as published, or null when neither was. */
export const unitPositionOf = (p: CasePerson): string | null => [p.unit, p.position].filter(Boolean).join('') || null

/** 案例: one published disciplinary case. */
export const caseSchema = documentBase.extend({
  /** 标题, the heading of the case page. */
  title: z.string().min(1),
  /** 被处分人: one or more persons, in the bulletin's order. */
  persons: z.array(casePersonSchema).min(1),
  /** 所在单位, linked to the unit's page. */
  department: optionalReference,
  /** 层级 of the person's unit; null when not stated (another province's bulletin). */
  level: z.enum(LEVELS).nullable().default(null),
  /** 干部管理权限 (中管干部 … 县管干部); null when not stated. */
  cadreLevel: z.enum(CADRE_LEVELS).nullable().default(null),
  /** 区域 where the case happened; null when not stated. */
  region: optionalText,
  /** 违纪类型, the disciplines violated, when the bulletin names them. */
  violationTypes: z.array(z.enum(VIOLATION_TYPES)).default([]),
  /** 八项规定问题类型, the kinds of 八项规定 violations. */
  eightRulesTypes: z.array(z.enum(EIGHT_RULES_TYPES)).default([]),
  /** 违纪事实 (经查…, HTML). */
  facts: z.string().min(1),
  /** 处分决定日期 at its published precision; null when not published. */
  decisionDate: publishedDate.nullable().default(null),
  /** 案例来源: 本级查处, or 转发 of another office's bulletin with its issuer, title, date and link. */
  source: z.object({
    /** 本级查处 or 转发. */
    kind: z.enum(SOURCE_KINDS),
    /** 原发布机关 of a forwarded case (中央纪委国家监委). */
    issuer: optionalText,
    /** 原通报标题. */
    title: optionalText,
    /** 原发布日期 at its published precision. */
    date: publishedDate.nullable().default(null),
    /** 原文链接 (http/https only). */
    url: z.string().regex(SAFE_URL).nullable().default(null),
  }),
  /** 一案双查, leaders also held accountable. */
  accountability: optionalText,
})

type Case = z.infer<typeof caseSchema>

/** The day a case is listed by: its decision, else the original bulletin's date, else its first publication. */
export const caseListDate = (d: Case): string =>
  d.decisionDate?.value ?? d.source.date?.value ?? d.firstPublishedAt ?? d.createdAt.slice(0, 10)

const unique = <T>(values: T[]): T[] => [...new Set(values)]

/** The kinds of one sanction of every person: a kind's key, 其他 for a term no rule knows, 未公开 when nobody has one. */
function sanctionKeys(facts: ({ value: string | null } | null)[], slugs: Record<string, string>): FacetKey[] {
  const given = facts.filter((f) => f !== null)
  if (given.length === 0) return [{ slug: 'none', label: '未公开' }]
  return unique(given.map((f) => f.value)).map((value) =>
    value === null ? { slug: 'other', label: '其他' } : { slug: slugs[value], label: value },
  )
}

/** 张某某：留党察看一年 — one line per person with the fact, for the open data. */
const perPerson = (d: Case, fact: (p: Case['persons'][number]) => string | null): string[] =>
  d.persons.flatMap((p) => {
    const value = fact(p)
    return value ? [d.persons.length > 1 ? `${p.name}：${value}` : value] : []
  })

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
  date: { field: 'decisionDate', precision: 'published' },
  year: (d) => caseListDate(d).slice(0, 4),
  order: (a, b) => {
    const [x, y] = [caseListDate(a), caseListDate(b)]
    return x < y ? 1 : x > y ? -1 : 0
  },
  summary: (d) => ({
    meta: [
      d.region,
      d.level,
      d.source.kind === '转发' ? `转发${d.source.issuer ?? ''}` : null,
      ...d.violationTypes,
      unique(
        d.persons.flatMap((p) => [p.partySanction?.published, p.governmentSanction?.published].filter(Boolean)),
      ).join('、'),
    ].filter((v): v is string => Boolean(v)),
  }),
  facets: [
    {
      key: 'year',
      label: '年度',
      order: 'desc',
      values: (e) => (e.data.decisionDate ? [yearKey(e.data.decisionDate.value)] : []),
    },
    {
      key: 'quarter',
      label: '季度',
      order: 'desc',
      // A decision published by its year only belongs to no quarter.
      values: (e) => {
        const date = e.data.decisionDate?.value
        if (!date || date.length < 7) return []
        const q = Math.ceil(Number(date.slice(5, 7)) / 3)
        return [{ slug: `${date.slice(0, 4)}-q${q}`, label: `${date.slice(0, 4)}年${quarterLabel(q)}` }]
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
      order: [...PARTY_SANCTIONS.map((s) => PARTY_SANCTION_SLUGS[s]), 'other', 'none'],
      values: (e) =>
        sanctionKeys(
          e.data.persons.map((p) => p.partySanction),
          PARTY_SANCTION_SLUGS,
        ),
    },
    {
      key: 'government-sanction',
      label: '政务处分',
      order: [...GOVERNMENT_SANCTIONS.map((s) => GOVERNMENT_SANCTION_SLUGS[s]), 'other', 'none'],
      values: (e) =>
        sanctionKeys(
          e.data.persons.map((p) => p.governmentSanction),
          GOVERNMENT_SANCTION_SLUGS,
        ),
    },
    {
      key: 'measure',
      label: '组织处理',
      order: MEASURES.map((m) => MEASURE_SLUGS[m]),
      values: (e) =>
        unique(e.data.persons.flatMap((p) => p.measures.flatMap((m) => (m.value ? [m.value] : [])))).map((m) =>
          keyOf(MEASURE_SLUGS, m),
        ),
    },
    {
      key: 'referred',
      label: '移送检察机关',
      order: ['yes', 'no'],
      values: (e) => [
        e.data.persons.some((p) => p.referred)
          ? { slug: 'yes', label: '已移送检察机关' }
          : { slug: 'no', label: '未公开' },
      ],
    },
    {
      key: 'level',
      label: '层级',
      order: [...LEVELS.map((l) => LEVEL_SLUGS[l]), 'unknown'],
      values: (e) => [e.data.level ? keyOf(LEVEL_SLUGS, e.data.level) : { slug: 'unknown', label: '未公开' }],
    },
    {
      key: 'cadre-level',
      label: '干部管理权限',
      order: CADRE_LEVELS.map((l) => CADRE_LEVEL_SLUGS[l]),
      values: (e) => (e.data.cadreLevel ? [keyOf(CADRE_LEVEL_SLUGS, e.data.cadreLevel)] : []),
    },
    {
      key: 'source',
      label: '案例来源',
      order: SOURCE_KINDS.map((k) => SOURCE_KIND_SLUGS[k]),
      values: (e) => [keyOf(SOURCE_KIND_SLUGS, e.data.source.kind)],
    },
    { key: 'region', label: '区域', values: (e) => (e.data.region ? [textKey(e.data.region)] : []) },
  ],
  dataset: {
    title: '典型案例',
    columns: [
      ...commonColumns<Case>('cases'),
      { key: 'title', label: '标题', description: '案例标题', value: (e) => e.data.title },
      {
        key: 'persons',
        label: '被处分人',
        description: '按公开发布的写法，如张某某；多人以“、”分隔',
        value: (e) => e.data.persons.map((p) => p.name),
      },
      {
        key: 'unitPositions',
        label: '单位及职务',
        description: '违纪时的单位和职务，按公开发布的写法；多人时以“姓名：”开头',
        value: (e) => perPerson(e.data, unitPositionOf),
      },
      {
        key: 'partySanctions',
        label: '党纪处分',
        description: '按公开发布的写法，如留党察看一年；未公开的不列出',
        value: (e) => perPerson(e.data, (p) => p.partySanction?.published ?? null),
      },
      {
        key: 'partySanctionTypes',
        label: '党纪处分种类',
        description: '警告、严重警告、撤销党内职务、留党察看或开除党籍；无法归类的写“其他”',
        value: (e) => unique(e.data.persons.flatMap((p) => (p.partySanction ? [p.partySanction.value ?? '其他'] : []))),
      },
      {
        key: 'governmentSanctions',
        label: '政务处分',
        description: '按公开发布的写法，如政务撤职、开除公职、降低岗位等级；未公开的不列出',
        value: (e) => perPerson(e.data, (p) => p.governmentSanction?.published ?? null),
      },
      {
        key: 'governmentSanctionTypes',
        label: '政务处分种类',
        description: '警告、记过、记大过、降级、降低岗位等级、撤职、留用察看或开除；无法归类的写“其他”',
        value: (e) =>
          unique(e.data.persons.flatMap((p) => (p.governmentSanction ? [p.governmentSanction.value ?? '其他'] : []))),
      },
      {
        key: 'measures',
        label: '组织处理',
        description: '组织处理和第一种形态措施，按公开发布的写法，如诫勉谈话、免职处理',
        value: (e) => perPerson(e.data, (p) => p.measures.map((m) => m.published).join('、') || null),
      },
      {
        key: 'otherMeasures',
        label: '其他处理',
        description: '其他处理措施，按公开发布的写法，如违纪所得予以收缴',
        value: (e) => perPerson(e.data, (p) => p.otherMeasures.join('、') || null),
      },
      {
        key: 'referred',
        label: '移送检察机关',
        description: '涉嫌犯罪问题已移送检察机关的人员；未公开的为空',
        value: (e) => e.data.persons.filter((p) => p.referred).map((p) => p.name),
      },
      {
        key: 'criminalOutcome',
        label: '刑事处理',
        description: '公开发布的刑事处理结果',
        value: (e) => perPerson(e.data, (p) => p.criminalOutcome),
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
        description: '市级、县(市、区)级、镇(街道)级或村(社区)级；未公开的为空',
        value: (e) => e.data.level,
      },
      {
        key: 'cadreLevel',
        label: '干部管理权限',
        description: '中管干部、省管干部、市管干部、县管干部或其他；未公开的为空',
        value: (e) => e.data.cadreLevel,
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
        key: 'decisionDate',
        label: '处分决定日期',
        description: '按公开的精度：YYYY、YYYY-MM 或 YYYY-MM-DD；未公开的为空',
        value: (e) => e.data.decisionDate?.value ?? null,
      },
      {
        key: 'decisionDatePublished',
        label: '处分决定日期（原文）',
        description: '公开发布的写法，如 2021年7月',
        value: (e) => e.data.decisionDate?.published ?? null,
      },
      {
        key: 'sourceKind',
        label: '案例来源',
        description: '本级查处或转发',
        value: (e) => e.data.source.kind,
      },
      {
        key: 'sourceIssuer',
        label: '原发布机关',
        description: '转发案例的原发布机关',
        value: (e) => e.data.source.issuer,
      },
      {
        key: 'sourceDate',
        label: '原发布日期',
        description: '转发案例的原发布日期（按公开的精度）',
        value: (e) => e.data.source.date?.value ?? null,
      },
      { key: 'sourceUrl', label: '原文链接', description: '转发案例的原文链接', value: (e) => e.data.source.url },
      {
        key: 'accountability',
        label: '一案双查',
        description: '同时被追责的领导干部及处理情况',
        value: (e) => e.data.accountability,
      },
    ],
  },
} satisfies CollectionModel<'cases', typeof caseSchema>
