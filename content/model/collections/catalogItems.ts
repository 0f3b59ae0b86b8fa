import { z } from 'zod'
import { commonColumns, refName } from '../dataset'
import type { CollectionModel } from '../define'
import { CATEGORY_SLUGS, DOMAIN_SLUGS, keyOf, LEVEL_SLUGS, textKey } from '../facetKeys'
import { documentBase, optionalReference, optionalText } from '../fields'
import { AUDIENCES, CATALOG_CATEGORIES, CATALOG_CHANNELS, CATALOG_DOMAINS, DISCLOSURE_MODES, LEVELS } from '../labels'
import { shanghaiDay } from '../../shared/shanghai'

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN')

/** 公开目录清单事项: one row of the disclosure catalogue. */
export const catalogItemSchema = documentBase.extend({
  /** 一级事项, the heading the row is listed under. */
  primaryItem: z.string().min(1),
  /** 二级事项, the row's own name. */
  secondaryItem: z.string().min(1),
  /** 公开类别 (党务/政务/办事公开), groups the catalogue. */
  category: z.enum(CATALOG_CATEGORIES),
  /** 领域, the policy area of the row. */
  domain: z.enum(CATALOG_DOMAINS),
  /** 公开内容(要素), what must be disclosed (HTML). */
  content: z.string().min(1),
  /** 公开依据, the rule that requires the disclosure. */
  basis: optionalText,
  /** 公开时限, how soon the information must be published. */
  timeLimit: z.object({
    /** The deadline as written, e.g. 信息形成或变更之日起20个工作日内. */
    text: z.string().min(1),
    /** The deadline in working days, when it is one. */
    workingDays: z.number().int().min(1).nullable().default(null),
  }),
  /** 公开程序, how the information is published. */
  procedure: optionalText,
  /** 公开主体, the unit responsible for the disclosure. */
  department: optionalReference,
  /** 公开渠道, where the information is published. */
  channels: z.array(z.enum(CATALOG_CHANNELS)).default([]),
  /** 公开对象, who the information is for. */
  audience: z.enum(AUDIENCES),
  /** 公开方式, proactive or on request. */
  mode: z.enum(DISCLOSURE_MODES),
  /** 更新周期, how often the information is refreshed. */
  updateCycle: optionalText,
})

type CatalogItem = z.infer<typeof catalogItemSchema>

export const catalogItems = {
  slug: 'catalog-items',
  // The admin's singular is short because its navigation group already says 公开目录.
  name: '公开目录事项',
  labels: { singular: '目录事项', plural: '公开目录清单' },
  column: {
    label: '公开目录',
    intro: '按党务公开、政务公开、办事公开分类，明确公开内容、依据、时限、程序、主体和渠道。',
    columnType: '信息公开',
    section: 'catalog',
    position: 1,
  },
  code: 'ML',
  schema: catalogItemSchema,
  title: { fields: ['primaryItem', 'secondaryItem'], separator: ' / ' },
  date: null,
  year: (d) => shanghaiDay(new Date(d.updatedAt)).slice(0, 4),
  order: (x, y) =>
    CATALOG_CATEGORIES.indexOf(x.category) - CATALOG_CATEGORIES.indexOf(y.category) ||
    zh(x.primaryItem, y.primaryItem) ||
    zh(x.secondaryItem, y.secondaryItem),
  summary: (d) => ({
    meta: [d.domain, d.mode, d.department?.name ?? '', `时限：${d.timeLimit.text}`].filter(Boolean),
    group: d.category,
  }),
  facets: [
    {
      key: 'category',
      label: '公开类别',
      order: CATALOG_CATEGORIES.map((c) => CATEGORY_SLUGS[c]),
      values: (e) => [keyOf(CATEGORY_SLUGS, e.data.category)],
    },
    {
      key: 'domain',
      label: '领域',
      order: CATALOG_DOMAINS.map((d) => DOMAIN_SLUGS[d]),
      values: (e) => [keyOf(DOMAIN_SLUGS, e.data.domain)],
    },
    {
      key: 'level',
      label: '层级',
      order: LEVELS.map((l) => LEVEL_SLUGS[l]),
      values: (e, { departments }) => {
        const level = e.data.department && departments.get(e.data.department.id)?.data.level
        return level ? [keyOf(LEVEL_SLUGS, level as (typeof LEVELS)[number])] : []
      },
    },
    {
      key: 'unit',
      label: '公开主体',
      values: (e) => (e.data.department ? [textKey(e.data.department.id, e.data.department.name)] : []),
    },
  ],
  dataset: {
    title: '公开目录清单',
    columns: [
      ...commonColumns<CatalogItem>('catalog-items'),
      {
        key: 'category',
        label: '公开类别',
        description: '党务公开、政务公开或办事公开',
        value: (e) => e.data.category,
      },
      {
        key: 'domain',
        label: '领域',
        description: '所属领域，如工程建设招投标、政府采购',
        value: (e) => e.data.domain,
      },
      { key: 'primaryItem', label: '一级事项', description: '目录的一级事项', value: (e) => e.data.primaryItem },
      { key: 'secondaryItem', label: '二级事项', description: '目录的二级事项', value: (e) => e.data.secondaryItem },
      { key: 'department', label: '公开主体', description: '负责公开的单位', value: (e) => refName(e.data.department) },
      { key: 'basis', label: '公开依据', description: '要求公开的法律法规和文件', value: (e) => e.data.basis },
      { key: 'timeLimit', label: '公开时限', description: '应在何时公开', value: (e) => e.data.timeLimit.text },
      {
        key: 'workingDays',
        label: '时限(工作日)',
        description: '时限折算的工作日数，没有固定天数时为空',
        value: (e) => e.data.timeLimit.workingDays,
      },
      { key: 'procedure', label: '公开程序', description: '公开前的审核与发布程序', value: (e) => e.data.procedure },
      {
        key: 'channels',
        label: '公开渠道',
        description: '公开的渠道（CSV 中以“、”分隔）',
        value: (e) => e.data.channels,
      },
      { key: 'audience', label: '公开对象', description: '全社会或特定群体', value: (e) => e.data.audience },
      { key: 'mode', label: '公开方式', description: '主动公开或依申请公开', value: (e) => e.data.mode },
      { key: 'updateCycle', label: '更新周期', description: '信息更新的频率', value: (e) => e.data.updateCycle },
    ],
  },
} satisfies CollectionModel<'catalog-items', typeof catalogItemSchema>
