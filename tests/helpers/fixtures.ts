import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { PublicCollection } from '../../content/model/collections'
import { paragraph } from './lexical'

export { PUBLIC_COLLECTIONS, type PublicCollection } from '../../content/model/collections'

/** Ids of the documents other documents must point at. */
export type Related = { department: number; catalogItem: number; caseId: number }

let counter = 0
/** A value no other test document uses, so that fixtures never trip uniqueness rules. */
export const unique = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}-${++counter}`

/** Valid data for a document of each public collection; `n` keeps periods apart (months, weeks, quarters). */
export function validData(collection: PublicCollection, related: Related, n: number): Record<string, unknown> {
  // Years stay below 2999, the highest 年度 a bulletin accepts, however many documents a test makes.
  const year = 2040 + (n % 950)
  switch (collection) {
    case 'departments':
      return { name: unique('测试单位'), code: unique('CODE'), level: 'city', region: '清风市本级' }
    case 'catalog-items':
      return {
        primaryItem: '政府采购',
        secondaryItem: unique('采购意向'),
        category: 'government',
        domain: 'procurement',
        content: paragraph('采购项目名称、预算金额'),
        timeLimit: { text: '20 个工作日内', workingDays: 20 },
        department: related.department,
        audience: 'public',
        mode: 'proactive',
      }
    case 'disclosures':
      return {
        title: unique('公开信息'),
        catalogItem: related.catalogItem,
        department: related.department,
        publishDate: `${year}-03-01T04:00:00.000Z`,
        validity: 'valid',
      }
    case 'cases':
      return {
        title: unique('案例'),
        persons: [
          {
            name: '张某某',
            unit: '市住建局',
            position: '原局长',
            partySanction: '党内警告',
            governmentSanction: '政务记过',
            measures: ['诫勉谈话'],
            otherMeasures: ['违纪所得予以收缴'],
            criminalOutcome: '未判处刑罚',
          },
        ],
        level: 'city',
        region: '清风市本级',
        violationTypes: ['integrity'],
        facts: paragraph('经查，张某某违规收受礼品礼金。'),
        decisionDate: `${year}-05-10`,
        source: {
          kind: 'forwarded',
          issuer: '山海省纪委监委',
          title: '山海省纪委监委通报典型问题',
          date: `${year}年6月`,
          url: 'https://example.org/notice',
        },
      }
    case 'bulletins':
      return {
        title: unique('通报'),
        kind: 'quarterly',
        year,
        quarter: 1,
        issuer: related.department,
        cases: [related.caseId],
        publishDate: `${year}-04-01T04:00:00.000Z`,
      }
    case 'themes':
      return { month: `${year}-0${(n % 9) + 1}`, title: unique('主题'), summary: '廉洁从政' }
    case 'reminders':
      return { week: `${year}-W1${n % 10}`, message: '节日期间严守纪律。', channels: ['web'] }
    case 'brands':
      return { name: unique('品牌'), region: '青莲区', summary: '一区一特色' }
    case 'exemplars':
      return { name: '李某某', unitPosition: '松溪县财政局局长', summary: '廉洁奉公' }
    case 'articles':
      return {
        title: unique('文章'),
        kind: 'news',
        body: paragraph('工作动态'),
        publishDate: `${year}-01-05T04:00:00.000Z`,
      }
  }
}

/** The department, catalogue item and case every other fixture refers to (published). */
export async function createRelated(payload: Payload): Promise<Related> {
  const placeholder = { department: 0, catalogItem: 0, caseId: 0 }
  const department = await payload.create({
    collection: 'departments',
    data: { ...validData('departments', placeholder, 0), _status: 'published' } as never,
  })
  const withDepartment = { ...placeholder, department: department.id }
  const catalogItem = await payload.create({
    collection: 'catalog-items',
    data: { ...validData('catalog-items', withDepartment, 0), _status: 'published' } as never,
  })
  const caseDoc = await payload.create({
    collection: 'cases',
    data: { ...validData('cases', withDepartment, 0), _status: 'published' } as never,
  })
  return { department: department.id, catalogItem: catalogItem.id, caseId: caseDoc.id }
}

/** Deletes the related documents again (reverse order of creation). */
export async function deleteRelated(payload: Payload, related: Related | undefined): Promise<void> {
  if (!related) return
  await payload.delete({ collection: 'cases', id: related.caseId })
  await payload.delete({ collection: 'catalog-items', id: related.catalogItem })
  await payload.delete({ collection: 'departments', id: related.department })
}
