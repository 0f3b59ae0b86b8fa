/**
 * Select options. Those of the public collections are part of the content model
 * (content/model/options.ts); the admin's own — roles, workflow states, 审核记录 actions — are here.
 */
import type { Option } from '../../content/model/options'

export type { Option }
export {
  LEVEL_OPTIONS,
  CATEGORY_OPTIONS,
  DOMAIN_OPTIONS,
  CHANNEL_OPTIONS,
  AUDIENCE_OPTIONS,
  MODE_OPTIONS,
  VALIDITY_OPTIONS,
  VIOLATION_OPTIONS,
  EIGHT_RULES_OPTIONS,
  PARTY_SANCTION_OPTIONS,
  GOVERNMENT_SANCTION_OPTIONS,
  MEASURE_OPTIONS,
  CADRE_LEVEL_OPTIONS,
  SOURCE_KIND_OPTIONS,
  PARTY_MEMBER_OPTIONS,
  BULLETIN_KIND_OPTIONS,
  VENUE_OPTIONS,
  OCCASION_OPTIONS,
  REMINDER_CHANNEL_OPTIONS,
  ARTICLE_KIND_OPTIONS,
} from '../../content/model/options'

/** 角色 of a user of the admin. */
export const ROLE_OPTIONS: Option[] = [
  { label: '管理员', value: 'admin' },
  { label: '编辑', value: 'editor' },
  { label: '审核员', value: 'reviewer' },
  { label: '单位联络员', value: 'liaison' },
]

export type Role = 'admin' | 'editor' | 'reviewer' | 'liaison'

/** 状态 of a document in the review workflow (草稿 → 待审核 → 已发布). */
export const WORKFLOW_OPTIONS: Option[] = [
  { label: '草稿', value: 'draft' },
  { label: '待审核', value: 'review' },
  { label: '退回修改', value: 'returned' },
  { label: '已定时发布', value: 'scheduled' },
  { label: '已发布', value: 'published' },
  { label: '已撤回', value: 'withdrawn' },
]

export type WorkflowState = 'draft' | 'review' | 'returned' | 'scheduled' | 'published' | 'withdrawn'

/** 修改类型 of an edit to a published document. */
export const CHANGE_KIND_OPTIONS: Option[] = [
  { label: '重大修改（公开显示修改说明和日期）', value: 'major' },
  { label: '一般修改（如错别字，不改变更新日期）', value: 'minor' },
]

/** 操作 recorded in the 审核记录. */
export const WORKFLOW_ACTION_OPTIONS: Option[] = [
  { label: '保存草稿', value: 'save' },
  { label: '提交审核', value: 'submit' },
  { label: '退回修改', value: 'return' },
  { label: '定时发布', value: 'schedule' },
  { label: '发布', value: 'publish' },
  { label: '撤回', value: 'withdraw' },
  { label: '删除', value: 'delete' },
]

export type WorkflowAction = 'save' | 'submit' | 'return' | 'schedule' | 'publish' | 'withdraw' | 'delete'

/** The Chinese label of a stored value, or null when the value is empty or unknown. */
export function labelOf(options: readonly Option[], value: string | null | undefined): string | null {
  if (!value) return null
  return options.find((option) => option.value === value)?.label ?? null
}
