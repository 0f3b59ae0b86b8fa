import { richTextField } from '../fields/richText'
import { publicCollection } from './publicCollection'

/** 廉政文化品牌: 一地一品牌、一区一特色. */
export const Brands = publicCollection({
  slug: 'brands',
  labels: { singular: '廉政文化品牌', plural: '廉政文化品牌' },
  admin: {
    group: '廉政文化',
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
})
