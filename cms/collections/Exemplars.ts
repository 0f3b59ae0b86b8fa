import { MODEL } from '../../content/model/collections'
import { richTextField } from '../fields/richText'
import { validatePositiveInteger } from '../fields/validators'
import { publicCollection } from './publicCollection'
import type { ImportRules } from '../import/rules'
import { join, text } from '../import/keys'

/** How `npm run import` reads this collection's rows (docs/import.md). */
const importRules: ImportRules = {
  aliases: { unitPosition: ['职务', '单位职务'], year: ['年度'], summary: ['摘要'], body: ['事迹材料', '内容'] },
  keyLabel: '姓名 + 单位及职务',
  keyOf: (doc) => join(text(doc.name), text(doc.unitPosition)),
}

/** 廉勤典型: exemplary clean officials publicised beside the warning cases. */
export const Exemplars = publicCollection(
  MODEL.exemplars,
  {
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'unitPosition', 'year', '_status'],
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'name',
            label: '姓名',
            type: 'text',
            required: true,
            admin: { description: '按公开发布的写法，例如：张某某' },
          },
          { name: 'unitPosition', label: '单位及职务', type: 'text', required: true },
          { name: 'year', label: '评选年度', type: 'number', validate: validatePositiveInteger('评选年度') },
        ],
      },
      { name: 'summary', label: '事迹摘要', type: 'textarea', required: true },
      richTextField({ name: 'body', label: '事迹' }),
      { name: 'photo', label: '照片', type: 'upload', relationTo: 'media' },
    ],
  },
  { import: importRules },
)
