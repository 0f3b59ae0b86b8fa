import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { Department, Disclosure } from '../../payload-types'
import { shanghaiYear } from '../../../content/shared/shanghai'
import { formatIndexNumber, indexNumberFormat, indexNumberPrefix, nextSerial } from './indexNumber'

const idOf = (value: Disclosure['department'] | undefined): number | null =>
  value == null ? null : typeof value === 'object' ? value.id : value

/**
 * Gives a disclosure its 索引号 when it has none: unit code of the 发文机关, year of the 发布日期
 * in China, and the next serial for that unit and year counted over every disclosure, drafts
 * included. A draft without 发文机关 waits until one is chosen. A number given explicitly
 * (importing historic records) is kept; `ensureUnique` then refuses duplicates.
 */
export const generateIndexNumber: CollectionBeforeChangeHook<Disclosure> = async ({ data, originalDoc, req }) => {
  if (data.indexNumber || originalDoc?.indexNumber) return data
  const departmentId = idOf(data.department ?? originalDoc?.department)
  if (departmentId === null) return data

  const department: Department = await req.payload.findByID({
    collection: 'departments',
    id: departmentId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!department.code) {
    throw new ValidationError(
      {
        collection: 'disclosures',
        errors: [{ path: 'department', message: `发文机关「${department.name}」没有单位代码，无法生成索引号` }],
        req,
      },
      req.t,
    )
  }

  const publishDate = data.publishDate ?? originalDoc?.publishDate
  const scope = { unitCode: department.code, year: shanghaiYear(publishDate ? new Date(publishDate) : new Date()) }
  const format = indexNumberFormat()
  const prefix = indexNumberPrefix(format, scope)
  const { docs } = await req.payload.find({
    collection: 'disclosures',
    where: prefix ? { indexNumber: { contains: prefix } } : { indexNumber: { exists: true } },
    select: { indexNumber: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const used = docs.map((doc) => doc.indexNumber).filter((value): value is string => Boolean(value))
  return { ...data, indexNumber: formatIndexNumber(format, { ...scope, serial: nextSerial(format, scope, used) }) }
}
