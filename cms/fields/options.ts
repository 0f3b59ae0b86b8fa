/**
 * Select options of every collection. Values are stored (ASCII, stable); labels are what
 * editors see and what the export writes to content/ — keep them in sync with
 * docs/content-model.md.
 */
export type Option = { label: string; value: string }

/** 层级: the four-level network 市 → 县(市、区) → 镇(街道) → 村(社区). */
export const LEVEL_OPTIONS: Option[] = [
  { label: '市级', value: 'city' },
  { label: '县(市、区)级', value: 'county' },
  { label: '镇(街道)级', value: 'town' },
  { label: '村(社区)级', value: 'village' },
]

/** 公开类别 of a catalogue item. */
export const CATEGORY_OPTIONS: Option[] = [
  { label: '党务公开', value: 'party' },
  { label: '政务公开', value: 'government' },
  { label: '办事公开', value: 'service' },
]

/** 领域 of a catalogue item. */
export const DOMAIN_OPTIONS: Option[] = [
  { label: '工程建设招投标', value: 'engineering' },
  { label: '政府采购', value: 'procurement' },
  { label: '土地使用权出让', value: 'land' },
  { label: '矿业权出让', value: 'mining' },
  { label: '国有产权交易', value: 'state-assets' },
  { label: '药品及医疗器械采购', value: 'medical' },
  { label: '行政权力运行', value: 'admin-power' },
  { label: '财政预决算', value: 'budget' },
  { label: '"三公"经费', value: 'three-public' },
  { label: '五张清单', value: 'five-lists' },
  { label: '考评结果', value: 'evaluation' },
  { label: '整改情况', value: 'rectification' },
  { label: '党建工作', value: 'party-building' },
  { label: '干部人事', value: 'personnel' },
  { label: '其他', value: 'other' },
]

/** 公开渠道 of a catalogue item. */
export const CHANNEL_OPTIONS: Option[] = [
  { label: '政府网站', value: 'website' },
  { label: '公开栏', value: 'board' },
  { label: '报刊', value: 'newspaper' },
  { label: '政务新媒体', value: 'newmedia' },
  { label: '政务服务大厅', value: 'hall' },
  { label: '广播电视', value: 'radio' },
]

/** 公开对象 of a catalogue item. */
export const AUDIENCE_OPTIONS: Option[] = [
  { label: '全社会', value: 'public' },
  { label: '特定群体', value: 'specific' },
]

/** 公开方式 of a catalogue item. */
export const MODE_OPTIONS: Option[] = [
  { label: '主动公开', value: 'proactive' },
  { label: '依申请公开', value: 'request' },
]

/** 有效性 of a disclosed record. */
export const VALIDITY_OPTIONS: Option[] = [
  { label: '有效', value: 'valid' },
  { label: '失效', value: 'expired' },
  { label: '废止', value: 'repealed' },
]

/** 违纪类型: the six disciplines plus the central eight-point rules. */
export const VIOLATION_OPTIONS: Option[] = [
  { label: '违反政治纪律', value: 'political' },
  { label: '违反组织纪律', value: 'organizational' },
  { label: '违反廉洁纪律', value: 'integrity' },
  { label: '违反群众纪律', value: 'mass' },
  { label: '违反工作纪律', value: 'work' },
  { label: '违反生活纪律', value: 'life' },
  { label: '违反中央八项规定精神', value: 'eight-rules' },
]

/** 八项规定问题类型, asked only when a case violates the eight-point rules. */
export const EIGHT_RULES_OPTIONS: Option[] = [
  { label: '违规收受礼品礼金', value: 'gifts' },
  { label: '公款旅游', value: 'travel' },
  { label: '违规公款吃喝', value: 'dining' },
  { label: '违规公款消费', value: 'consumption' },
  { label: '出入私人会所', value: 'clubs' },
  { label: '公车私用', value: 'car' },
  { label: '违规操办婚丧喜庆', value: 'weddings' },
  { label: '违规发放津补贴', value: 'allowances' },
]

/** 党纪处分, mildest first. */
export const PARTY_SANCTION_OPTIONS: Option[] = [
  { label: '警告', value: 'warning' },
  { label: '严重警告', value: 'serious-warning' },
  { label: '撤销党内职务', value: 'removal' },
  { label: '留党察看', value: 'probation' },
  { label: '开除党籍', value: 'expulsion' },
]

/** 政务处分 (政务处分法 art. 7), mildest first. */
export const GOVERNMENT_SANCTION_OPTIONS: Option[] = [
  { label: '警告', value: 'warning' },
  { label: '记过', value: 'demerit' },
  { label: '记大过', value: 'major-demerit' },
  { label: '降级', value: 'demotion' },
  { label: '撤职', value: 'dismissal' },
  { label: '开除', value: 'expulsion' },
]

/** 通报类型. */
export const BULLETIN_KIND_OPTIONS: Option[] = [
  { label: '季度警示通报', value: 'quarterly' },
  { label: '典型案例通报', value: 'typical' },
  { label: '专项通报', value: 'special' },
]

/** Where a monthly theme's 宣讲 activity takes place. */
export const VENUE_OPTIONS: Option[] = [
  { label: '企业', value: 'enterprise' },
  { label: '学校', value: 'school' },
  { label: '社区', value: 'community' },
  { label: '市场', value: 'market' },
  { label: '农村', value: 'village' },
]

/** 节点: holidays a weekly reminder is timed for. */
export const OCCASION_OPTIONS: Option[] = [
  { label: '元旦', value: 'newyear' },
  { label: '春节', value: 'spring' },
  { label: '元宵', value: 'lantern' },
  { label: '清明', value: 'qingming' },
  { label: '五一', value: 'labor' },
  { label: '端午', value: 'dragon' },
  { label: '中秋', value: 'midautumn' },
  { label: '国庆(十一)', value: 'national' },
]

/** 发布渠道 of a weekly reminder. */
export const REMINDER_CHANNEL_OPTIONS: Option[] = [
  { label: '网站', value: 'web' },
  { label: '短信', value: 'sms' },
  { label: '微博', value: 'weibo' },
  { label: '微信', value: 'wechat' },
]

/** 栏目 of an article. */
export const ARTICLE_KIND_OPTIONS: Option[] = [
  { label: '工作动态', value: 'news' },
  { label: '廉政文化', value: 'culture' },
]

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
export function labelOf(options: Option[], value: string | null | undefined): string | null {
  if (!value) return null
  return options.find((option) => option.value === value)?.label ?? null
}
