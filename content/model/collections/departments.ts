import { z } from 'zod'
import type { CollectionModel } from '../define'
import { documentBase, optionalReference, optionalText } from '../fields'
import { LEVELS } from '../labels'
import { shanghaiDay } from '../../shared/shanghai'

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN')

/** 责任单位: a unit of the city → county → town → village network. */
export const departmentSchema = documentBase.extend({
  /** 单位名称, the heading of the unit's page. */
  name: z.string().min(1),
  /** 简称和别称 (清风市住建局), shown on the unit's page; search finds the unit's pages by any of them. */
  aliases: z.array(z.string().min(1)).default([]),
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

export const departments = {
  slug: 'departments',
  name: '责任单位',
  labels: { singular: '责任单位', plural: '责任单位' },
  column: {
    label: '责任单位',
    intro: '市、县(市、区)、镇(街道)、村(社区)四级责任单位，按层级排列。',
    columnType: '信息公开',
    section: 'catalog',
    position: 3,
  },
  code: 'DW',
  schema: departmentSchema,
  title: { fields: ['name'] },
  date: null,
  year: (d) => shanghaiDay(new Date(d.updatedAt)).slice(0, 4),
  order: (x, y) => LEVELS.indexOf(x.level) - LEVELS.indexOf(y.level) || zh(x.region, y.region) || zh(x.name, y.name),
  summary: (d) => ({
    meta: [d.region, d.parent ? `上级单位：${d.parent.name}` : ''].filter(Boolean),
    excerpt: d.description,
    group: d.level,
  }),
} satisfies CollectionModel<'departments', typeof departmentSchema>
