import { MODEL } from '../../content/model/collections'
import { LEVEL_OPTIONS } from '../fields/options'
import { ensureUnique } from '../hooks/ensureUnique'
import { publicCollection } from './publicCollection'
import type { ImportRules } from '../import/rules'
import { join, text } from '../import/keys'
import { aliasesOnSave } from '../departments/aliases'

/** How `npm run import` reads this collection's rows (docs/import.md). */
const importRules: ImportRules = {
  aliases: {
    name: ['单位', '单位全称', '机构名称'],
    aliases: ['简称', '别称', '单位简称'],
    code: ['统一社会信用代码', '机构代码', '单位编码'],
    parent: ['上级', '上级单位名称'],
    region: ['区域', '所属地区', '地区'],
  },
  keyLabel: '单位名称',
  // As lookups compare names: 白鹭县 水利局 and 白鹭县水利局 are one unit.
  keyOf: (doc) => join(text(doc.name).replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')),
}

/** 责任单位: every catalogue item, disclosure and case belongs to a unit of the four-level network. */
export const Departments = publicCollection(
  MODEL.departments,
  {
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'code', 'level', 'region', 'updatedAt'],
      listSearchableFields: ['name', 'code', 'region'],
    },
    hooks: {
      beforeChange: [
        aliasesOnSave,
        ensureUnique('departments', [
          { fields: ['name'], path: 'name', message: (data) => `单位名称「${data.name}」已存在，不能重复创建` },
          {
            fields: ['code'],
            path: 'code',
            message: (data, existing) => `单位代码「${data.code}」已被「${existing.name}」使用，每个单位的代码必须唯一`,
          },
        ]),
      ],
    },
    fields: [
      { name: 'name', label: '单位名称', type: 'text', required: true, unique: true },
      {
        name: 'aliases',
        label: '简称和别称',
        type: 'text',
        hasMany: true,
        admin: {
          description:
            '每项一条，例如：清风市住建局。网站搜索时，搜任一名称都能找到本单位的信息；新建单位未填写时按常用简称自动补充，可修改。',
        },
      },
      {
        name: 'aliasProposals',
        type: 'ui',
        admin: { components: { Field: '/components/departments/AliasProposals#AliasProposals' } },
      },
      {
        name: 'code',
        label: '单位代码',
        type: 'text',
        required: true,
        unique: true,
        admin: { description: '统一社会信用代码或配置的单位代码，用于生成索引号' },
      },
      { name: 'level', label: '层级', type: 'select', required: true, options: LEVEL_OPTIONS },
      {
        name: 'parent',
        label: '上级单位',
        type: 'relationship',
        relationTo: 'departments',
        filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      },
      {
        name: 'region',
        label: '所属区域',
        type: 'text',
        required: true,
        admin: { description: '例如：清风市本级、青莲区、松溪县' },
      },
      { name: 'description', label: '单位简介', type: 'textarea' },
    ],
  },
  { import: importRules },
)
