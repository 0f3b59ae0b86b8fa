import { z } from 'astro/zod'
import { dateOnly, documentBase, optionalHtml, optionalReference, optionalText, reference } from './shared'
import {
  BULLETIN_KINDS,
  EIGHT_RULES_TYPES,
  GOVERNMENT_SANCTIONS,
  LEVELS,
  PARTY_SANCTIONS,
  VIOLATION_TYPES,
} from './options'

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
