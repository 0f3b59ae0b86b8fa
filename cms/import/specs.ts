import { PUBLIC_COLLECTIONS } from '../collections/publicSlugs'
import { dayOf } from './richTextCell'

/** The collections `npm run import` fills: every public one, in the order their relationships need them. */
export const IMPORT_COLLECTIONS = PUBLIC_COLLECTIONS
export type ImportSlug = (typeof IMPORT_COLLECTIONS)[number]

type Doc = Record<string, unknown>

/** A column that is not a field but helps find one (一级事项 and 二级事项 name a 目录事项). */
export type ExtraColumn = { name: 'primaryItem' | 'secondaryItem' | 'bulletin'; label: string; headers: string[] }

export type ImportSpec = {
  slug: ImportSlug
  /** Chinese name of the collection, for messages. */
  name: string
  /** Headers used on real catalogues and case lists besides the admin's labels, by field path. */
  aliases: Record<string, string[]>
  extras?: ExtraColumn[]
  /** What the natural key is called in messages (索引号, 月份 …). */
  keyLabel: string
  /** The natural key of a document (as planned, or as stored): a second import of a row finds the same document. */
  keyOf: (doc: Doc) => string | null
  /** A second key stored documents are also found by (a disclosure without 索引号 in the file). */
  altKeyOf?: (doc: Doc) => string | null
}

const idOf = (value: unknown): string =>
  String(value && typeof value === 'object' ? (value as { id: unknown }).id : (value ?? ''))
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : value == null ? '' : String(value))
const join = (...parts: string[]) => (parts.every(Boolean) ? parts.join('\u0000') : null)

const disclosureAltKey = (doc: Doc) => join(idOf(doc.department), text(doc.title), dayOf(doc.publishDate))

export const IMPORT_SPECS: Record<ImportSlug, ImportSpec> = {
  departments: {
    slug: 'departments',
    name: '责任单位',
    aliases: {
      name: ['单位', '单位全称', '机构名称'],
      code: ['统一社会信用代码', '机构代码', '单位编码'],
      parent: ['上级', '上级单位名称'],
      region: ['区域', '所属地区', '地区'],
    },
    keyLabel: '单位名称',
    // As lookups compare names: 白鹭县 水利局 and 白鹭县水利局 are one unit.
    keyOf: (doc) => join(text(doc.name).replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')),
  },
  'catalog-items': {
    slug: 'catalog-items',
    name: '公开目录事项',
    aliases: {
      department: ['责任单位', '公开单位', '单位'],
      content: ['公开内容', '公开要素'],
      channels: ['公开渠道和载体', '公开载体'],
      domain: ['所属领域'],
      'timeLimit.workingDays': ['时限工作日', '公开时限（工作日）'],
    },
    keyLabel: '公开主体 + 一级事项 + 二级事项',
    keyOf: (doc) => join(idOf(doc.department), text(doc.primaryItem), text(doc.secondaryItem)),
  },
  disclosures: {
    slug: 'disclosures',
    name: '公开信息',
    aliases: {
      title: ['信息名称', '名称', '文件名称'],
      department: ['发布机构', '发布机关', '发文单位'],
      catalogItem: ['所属目录', '目录'],
      documentNumber: ['发文字号'],
      writtenDate: ['生成日期', '成文时间'],
      publishDate: ['公开日期', '发布时间'],
      keywords: ['关键词', '关键字'],
      body: ['内容', '正文内容'],
    },
    extras: [
      { name: 'primaryItem', label: '一级事项', headers: ['一级事项', 'primaryitem'] },
      { name: 'secondaryItem', label: '二级事项', headers: ['二级事项', 'secondaryitem'] },
    ],
    keyLabel: '索引号（没有索引号时：发文机关 + 标题 + 发布日期）',
    keyOf: (doc) => (text(doc.indexNumber) ? `索引号\u0000${text(doc.indexNumber)}` : disclosureAltKey(doc)),
    altKeyOf: (doc) => disclosureAltKey(doc),
  },
  cases: {
    slug: 'cases',
    name: '案例',
    aliases: {
      subject: ['姓名', '被处分人姓名', '当事人'],
      unitPosition: ['职务', '单位职务', '工作单位及职务'],
      department: ['单位', '所属单位'],
      violationTypes: ['问题类型', '违纪违法类型'],
      eightRulesTypes: ['八项规定问题', '八项规定精神问题类型'],
      facts: ['主要问题', '基本案情', '问题事实', '案情'],
      decisionDate: ['处分日期', '决定日期', '处理日期'],
      referred: ['是否移送检察机关', '移送司法'],
    },
    extras: [{ name: 'bulletin', label: '所属通报', headers: ['所属通报', '季度通报', 'bulletin'] }],
    // Published names are anonymised (李某某): the same name on the same day is often another person.
    keyLabel: '被处分人 + 单位及职务 + 处分决定日期',
    keyOf: (doc) => join(text(doc.subject), text(doc.unitPosition), dayOf(doc.decisionDate)),
  },
  bulletins: {
    slug: 'bulletins',
    name: '通报',
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
  },
  themes: {
    slug: 'themes',
    name: '月度主题',
    aliases: { title: ['主题名称', '标题'], summary: ['摘要', '简介'], body: ['内容'] },
    keyLabel: '月份',
    keyOf: (doc) => join(text(doc.month)),
  },
  reminders: {
    slug: 'reminders',
    name: '每周提醒',
    aliases: { week: ['周次', '周', 'ISO周'], message: ['内容', '提醒'], occasion: ['节日', '时间节点'] },
    keyLabel: 'ISO 周',
    keyOf: (doc) => join(text(doc.week)),
  },
  brands: {
    slug: 'brands',
    name: '廉政文化品牌',
    aliases: { name: ['品牌', '名称'], department: ['单位', '责任单位'], region: ['区域'] },
    keyLabel: '品牌名称',
    keyOf: (doc) => join(text(doc.name)),
  },
  exemplars: {
    slug: 'exemplars',
    name: '廉勤典型',
    aliases: { unitPosition: ['职务', '单位职务'], year: ['年度'], summary: ['摘要'], body: ['事迹材料', '内容'] },
    keyLabel: '姓名 + 单位及职务',
    keyOf: (doc) => join(text(doc.name), text(doc.unitPosition)),
  },
  articles: {
    slug: 'articles',
    name: '文章',
    aliases: { kind: ['类别', '栏目名称'], publishDate: ['日期', '发布时间'], body: ['内容', '正文内容'] },
    keyLabel: '标题 + 发布日期',
    keyOf: (doc) => join(text(doc.title), dayOf(doc.publishDate)),
  },
}

export function isImportSlug(value: string): value is ImportSlug {
  return (IMPORT_COLLECTIONS as readonly string[]).includes(value)
}
