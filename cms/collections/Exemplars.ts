import { richTextField } from '../fields/richText'
import { validatePositiveInteger } from '../fields/validators'
import { publicCollection } from './publicCollection'

/** 廉勤典型: exemplary clean officials publicised beside the warning cases. */
export const Exemplars = publicCollection({
  slug: 'exemplars',
  labels: { singular: '廉勤典型', plural: '廉勤典型' },
  admin: {
    group: '廉政文化',
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
})
