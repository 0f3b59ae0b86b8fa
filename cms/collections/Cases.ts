import { MODEL } from '../../content/model/collections'
import { dateOnlyField } from '../fields/dateOnly'
import {
  EIGHT_RULES_OPTIONS,
  GOVERNMENT_SANCTION_OPTIONS,
  LEVEL_OPTIONS,
  PARTY_SANCTION_OPTIONS,
  VIOLATION_OPTIONS,
} from '../fields/options'
import { richTextField } from '../fields/richText'
import { publicCollection } from './publicCollection'
import type { ImportRules } from '../import/rules'
import { dayOf, join, text } from '../import/keys'

const violatesEightRules = (_: unknown, siblingData: { violationTypes?: string[] | null }) =>
  Boolean(siblingData?.violationTypes?.includes('eight-rules'))

/** How `npm run import` reads this collection's rows (docs/import.md). */
const importRules: ImportRules = {
  aliases: {
    subject: ['姓名', '被处分人姓名', '当事人'],
    unitPosition: ['职务', '单位职务', '工作单位及职务'],
    department: ['单位', '所属单位'],
    violationTypes: ['问题类型', '违纪违法类型'],
    eightRulesTypes: ['八项规定问题', '八项规定精神问题类型'],
    facts: ['主要问题', '基本案情', '问题事实', '案情'],
    decisionDate: ['处分日期', '决定日期', '处理日期'],
    referred: ['是否移送检察机关', '移送司法'],
  },
  extras: [{ name: 'bulletin', label: '所属通报', headers: ['所属通报', '季度通报', 'bulletin'] }],
  // Published names are anonymised (李某某): the same name on the same day is often another person.
  keyLabel: '被处分人 + 单位及职务 + 处分决定日期',
  keyOf: (doc) => join(text(doc.subject), text(doc.unitPosition), dayOf(doc.decisionDate)),
}

/** 案例: one published disciplinary case, structured so the public can filter years of them. */
export const Cases = publicCollection(
  MODEL.cases,
  {
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'level', 'region', 'partySanction', 'decisionDate', '_status'],
      listSearchableFields: ['title', 'subject', 'unitPosition'],
    },
    fields: [
      {
        name: 'title',
        label: '标题',
        type: 'text',
        required: true,
        admin: { description: '例如：清风市住建局原局长张某某严重违纪违法问题' },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'subject',
            label: '被处分人',
            type: 'text',
            required: true,
            admin: { description: '按公开发布的写法，例如：张某某' },
          },
          {
            name: 'unitPosition',
            label: '单位及职务',
            type: 'text',
            required: true,
            admin: { description: '例如：市住建局原局长' },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'department', label: '所在单位', type: 'relationship', relationTo: 'departments' },
          { name: 'level', label: '层级', type: 'select', required: true, options: LEVEL_OPTIONS },
          { name: 'region', label: '区域', type: 'text', required: true },
        ],
      },
      {
        name: 'violationTypes',
        label: '违纪类型',
        type: 'select',
        hasMany: true,
        required: true,
        options: VIOLATION_OPTIONS,
      },
      {
        name: 'eightRulesTypes',
        label: '八项规定问题类型',
        type: 'select',
        hasMany: true,
        options: EIGHT_RULES_OPTIONS,
        admin: { condition: violatesEightRules },
      },
      richTextField({ name: 'facts', label: '违纪事实', required: true }),
      {
        type: 'row',
        fields: [
          { name: 'partySanction', label: '党纪处分', type: 'select', options: PARTY_SANCTION_OPTIONS },
          { name: 'governmentSanction', label: '政务处分', type: 'select', options: GOVERNMENT_SANCTION_OPTIONS },
          dateOnlyField({ name: 'decisionDate', label: '处分决定日期', required: true }),
        ],
      },
      { name: 'referred', label: '移送检察机关', type: 'checkbox', defaultValue: false },
      {
        name: 'confiscation',
        label: '责令退缴',
        type: 'text',
        admin: { description: '例如：违纪所得 12.6 万元已责令退缴' },
      },
      {
        name: 'accountability',
        label: '一案双查',
        type: 'textarea',
        admin: { description: '同时被追责的领导干部及处理情况' },
      },
    ],
  },
  { import: importRules },
)
