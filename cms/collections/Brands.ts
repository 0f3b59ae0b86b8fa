import { MODEL } from '../../content/model/collections'
import { richTextField } from '../fields/richText'
import { publicCollection } from './publicCollection'
import type { ImportRules } from '../import/rules'
import { join, text } from '../import/keys'

/** How `npm run import` reads this collection's rows (docs/import.md). */
const importRules: ImportRules = {
  aliases: { name: ['品牌', '名称'], department: ['单位', '责任单位'], region: ['区域'] },
  keyLabel: '品牌名称',
  keyOf: (doc) => join(text(doc.name)),
}

/** 廉政文化品牌: 一地一品牌、一区一特色. */
export const Brands = publicCollection(
  MODEL.brands,
  {
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'region', 'department', '_status'],
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', label: '品牌名称', type: 'text', required: true },
          { name: 'region', label: '所属区域', type: 'text', required: true },
          { name: 'department', label: '创建单位', type: 'relationship', relationTo: 'departments' },
        ],
      },
      { name: 'summary', label: '简介', type: 'textarea', required: true },
      richTextField({ name: 'body', label: '正文' }),
      { name: 'image', label: '图片', type: 'upload', relationTo: 'media' },
    ],
  },
  { import: importRules },
)
