import { z } from 'astro/zod'
import { dateOnly, documentBase, optionalHtml, optionalReference, optionalText, upload } from './shared'
import { AUDIENCES, CATALOG_CATEGORIES, CATALOG_CHANNELS, CATALOG_DOMAINS, DISCLOSURE_MODES, VALIDITY } from './options'

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
