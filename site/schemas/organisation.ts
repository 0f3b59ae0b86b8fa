import { z } from 'astro/zod'
import { documentBase, optionalReference, optionalText } from './shared'
import { LEVELS } from './options'

/** 责任单位: a unit of the city → county → town → village network. */
export const departmentSchema = documentBase.extend({
  /** 单位名称, the heading of the unit's page. */
  name: z.string().min(1),
  /** 单位代码, the code used in 索引号 of the unit's disclosures. */
  code: z.string().min(1),
  /** 层级, groups units on the list page. */
  level: z.enum(LEVELS),
  /** 上级单位, linked from the unit's page. */
  parent: optionalReference,
  /** 所属区域, where the unit is. */
  region: z.string().min(1),
  /** 单位简介, a short description shown on the unit's page. */
  description: optionalText,
})
