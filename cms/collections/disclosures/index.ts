import { MODEL } from '../../../content/model/collections'
import { reviewersField } from '../../access/byRole'
import { dateOnlyField } from '../../fields/dateOnly'
import { VALIDITY_OPTIONS } from '../../fields/options'
import { richTextField } from '../../fields/richText'
import { ensureUnique } from '../../hooks/ensureUnique'
import { publicCollection } from '../publicCollection'
import { generateIndexNumber } from './generateIndexNumber'
import type { ImportRules } from '../../import/rules'
import { dayOf, idOf, join, text } from '../../import/keys'

const disclosureAltKey = (doc: Record<string, unknown>) =>
  join(idOf(doc.department), text(doc.title), dayOf(doc.publishDate))

/** How `npm run import` reads this collection's rows (docs/import.md). */
const importRules: ImportRules = {
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
}

/** 公开信息: a disclosed record with the metadata block government sites show (索引号 …). */
export const Disclosures = publicCollection(
  MODEL.disclosures,
  {
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'indexNumber', 'department', 'publishDate', 'validity', '_status'],
      listSearchableFields: ['title', 'indexNumber', 'documentNumber'],
    },
    hooks: {
      // The number must exist before uniqueness is checked.
      beforeChange: [
        generateIndexNumber,
        ensureUnique('disclosures', [
          {
            fields: ['indexNumber'],
            path: 'indexNumber',
            message: (data, existing) => `索引号「${data.indexNumber}」已被「${existing.title}」使用，索引号必须唯一`,
          },
        ]),
      ],
    },
    fields: [
      { name: 'title', label: '标题', type: 'text', required: true },
      {
        type: 'row',
        fields: [
          { name: 'catalogItem', label: '目录事项', type: 'relationship', relationTo: 'catalog-items', required: true },
          { name: 'department', label: '发文机关', type: 'relationship', relationTo: 'departments', required: true },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'indexNumber',
            label: '索引号',
            type: 'text',
            unique: true,
            // Generated (generateIndexNumber). Only reviewers and admins may set one, e.g. to keep
            // a historic record's number; anyone else's value is dropped, so nobody can claim or
            // forge another document's number. A copy gets a number of its own.
            access: { create: reviewersField, update: reviewersField },
            hooks: { beforeDuplicate: [() => null] },
            admin: { readOnly: true, description: '保存后自动生成：发文机关单位代码/发布年度-序号' },
          },
          {
            name: 'subject',
            label: '主题分类',
            type: 'text',
            admin: { description: '例如：综合政务、财政、审计、城乡建设' },
          },
          { name: 'documentNumber', label: '文号', type: 'text' },
        ],
      },
      {
        type: 'row',
        fields: [
          dateOnlyField({ name: 'writtenDate', label: '成文日期' }),
          dateOnlyField({ name: 'publishDate', label: '发布日期', required: true }),
          {
            name: 'validity',
            label: '有效性',
            type: 'select',
            required: true,
            defaultValue: 'valid',
            options: VALIDITY_OPTIONS,
          },
        ],
      },
      { name: 'keywords', label: '主题词', type: 'text' },
      richTextField({ name: 'body', label: '正文' }),
      { name: 'attachments', label: '附件', type: 'upload', relationTo: 'media', hasMany: true },
    ],
  },
  { unitField: 'department', import: importRules },
)
