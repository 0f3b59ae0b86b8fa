import type { Field } from 'payload'

import { MODEL } from '../../content/model/collections'
import {
  CADRE_LEVEL_OPTIONS,
  EIGHT_RULES_OPTIONS,
  LEVEL_OPTIONS,
  PARTY_MEMBER_OPTIONS,
  SOURCE_KIND_OPTIONS,
  VIOLATION_OPTIONS,
} from '../fields/options'
import { richTextField } from '../fields/richText'
import { validateLinkUrl } from '../fields/safeUrl'
import {
  exportGovernmentSanction,
  exportMeasures,
  exportPartySanction,
  exportPublishedDate,
  validatePublishedDate,
} from '../cases/terms'
import { caseImportRules } from '../cases/importRules'
import { pasteNoticeEndpoints } from '../cases/pasteNotice'
import { readTermsEndpoint } from '../cases/termsEndpoint'
import { publicCollection } from './publicCollection'

const violatesEightRules = (_: unknown, siblingData: { violationTypes?: string[] | null }) =>
  Boolean(siblingData?.violationTypes?.includes('eight-rules'))

const AS_PUBLISHED = '按通报原文填写；没有公开的留空，网站显示“未公开”。'

/** One person of a case: every fact as the bulletin words it (the export adds its kind). */
const personFields: Field[] = [
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
      {
        name: 'partyMember',
        label: '政治面貌',
        type: 'select',
        options: PARTY_MEMBER_OPTIONS,
        admin: { description: '通报写明时才填' },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'unit', label: '单位', type: 'text', admin: { description: '例如：清风市住房和城乡建设局' } },
      { name: 'position', label: '职务', type: 'text', admin: { description: '例如：原党组书记、局长' } },
      {
        name: 'rank',
        label: '职级',
        type: 'text',
        admin: { description: '通报写明时才填，例如：正处级、副处级、厅局级以下' },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'partySanction',
        label: '党纪处分',
        type: 'text',
        custom: { exportAs: exportPartySanction },
        admin: { description: `例如：留党察看一年、党内严重警告。${AS_PUBLISHED}` },
      },
      {
        name: 'governmentSanction',
        label: '政务处分',
        type: 'text',
        custom: { exportAs: exportGovernmentSanction },
        admin: { description: `例如：政务撤职、开除公职、降低岗位等级。${AS_PUBLISHED}` },
      },
    ],
  },
  {
    name: 'termCheck',
    type: 'ui',
    admin: { components: { Field: '/components/cases/TermCheck#TermCheck' } },
  },
  {
    name: 'measures',
    label: '组织处理',
    type: 'text',
    hasMany: true,
    custom: { exportAs: exportMeasures },
    admin: { description: '组织处理和第一种形态措施，每项按原文一条，例如：诫勉谈话、免职处理' },
  },
  {
    name: 'otherMeasures',
    label: '其他处理',
    type: 'text',
    hasMany: true,
    admin: { description: '每项按原文一条，例如：违纪所得予以收缴' },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'referred',
        label: '移送检察机关',
        type: 'checkbox',
        defaultValue: false,
        admin: { description: '通报写明涉嫌犯罪问题移送检察机关时勾选' },
      },
      {
        name: 'criminalOutcome',
        label: '刑事处理',
        type: 'textarea',
        admin: { description: '通报写明的刑事处理结果，例如：被判处有期徒刑三年' },
      },
    ],
  },
]

/** 案例: one published disciplinary case, structured so the public can filter years of them. */
export const Cases = publicCollection(
  MODEL.cases,
  {
    endpoints: [...pasteNoticeEndpoints, readTermsEndpoint],
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'level', 'region', 'decisionDate', '_status'],
      listSearchableFields: ['title'],
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
        name: 'persons',
        label: '被处分人',
        labels: { singular: '被处分人', plural: '被处分人' },
        type: 'array',
        required: true,
        minRows: 1,
        fields: personFields,
        admin: { description: '一案多人时逐人填写，顺序与通报一致', initCollapsed: false },
      },
      {
        type: 'row',
        fields: [
          { name: 'department', label: '所在单位', type: 'relationship', relationTo: 'departments' },
          { name: 'level', label: '层级', type: 'select', options: LEVEL_OPTIONS },
          {
            name: 'cadreLevel',
            label: '干部管理权限',
            type: 'select',
            options: CADRE_LEVEL_OPTIONS,
            admin: { description: '通报写明时才填，例如：中管干部' },
          },
          { name: 'region', label: '区域', type: 'text' },
        ],
      },
      {
        name: 'violationTypes',
        label: '违纪类型',
        type: 'select',
        hasMany: true,
        options: VIOLATION_OPTIONS,
        admin: { description: '通报写明违反的纪律时选择；未写明的留空，网站显示“未公开”' },
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
        name: 'decisionDate',
        label: '处分决定日期',
        type: 'text',
        validate: validatePublishedDate('处分决定日期'),
        custom: { exportAs: exportPublishedDate },
        admin: { description: '按公开的精度填写：2021年7月5日、2021年7月或2021年；未公开的留空' },
      },
      {
        name: 'source',
        label: '案例来源',
        type: 'group',
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'kind',
                label: '来源',
                type: 'select',
                required: true,
                defaultValue: 'own',
                options: SOURCE_KIND_OPTIONS,
              },
              {
                name: 'issuer',
                label: '原发布机关',
                type: 'text',
                admin: { description: '转发的案例填写，例如：中央纪委国家监委' },
              },
              {
                name: 'date',
                label: '原发布日期',
                type: 'text',
                validate: validatePublishedDate('原发布日期'),
                custom: { exportAs: exportPublishedDate },
                admin: { description: '转发的案例填写，例如：2021年12月29日' },
              },
            ],
          },
          { name: 'title', label: '原通报标题', type: 'text', admin: { description: '转发的案例填写' } },
          {
            name: 'url',
            label: '原文链接',
            type: 'text',
            validate: validateLinkUrl('原文链接'),
            // No admin condition here: Payload does not validate a field its condition hides.
            admin: { description: '转发的案例填写，以 http:// 或 https:// 开头' },
          },
        ],
      },
      {
        name: 'accountability',
        label: '一案双查',
        type: 'textarea',
        admin: { description: '同时被追责的领导干部及处理情况' },
      },
    ],
  },
  { import: caseImportRules },
)
