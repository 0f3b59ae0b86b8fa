// The select options of the public collections: one list each. The value is what the CMS
// stores and the portal uses as a URL slug (ASCII, stable); the label is what editors pick,
// what the export writes to content/ and what readers see. Order = display order.
// Read by the CMS fields (cms/fields/options.ts), the schemas of the exported files (labels.ts)
// and facet URLs (facetKeys.ts); docs/content-model.md lists them for people.

/** One choice of a select field. */
export type Option = { readonly label: string; readonly value: string }

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/**
 * Keeps each label and value as a literal type (the site's zod enums need them) while the list
 * stays assignable to Payload's mutable `Option[]`.
 */
const defineOptions = <const T extends readonly Option[]>(options: T): Mutable<T> => options as Mutable<T>

/** The labels of a list, as a tuple of literals (for `z.enum`). */
export const labelsOf = <const T extends readonly Option[]>(options: T) =>
  options.map((option) => option.label) as { -readonly [K in keyof T]: T[K]['label'] }

/** Label → URL slug (the stored value) of a list. */
export const slugsOf = <const T extends readonly Option[]>(options: T) =>
  Object.fromEntries(options.map((option) => [option.label, option.value])) as Record<T[number]['label'], string>

/** 层级: the four-level network 市 → 县(市、区) → 镇(街道) → 村(社区). */
export const LEVEL_OPTIONS = defineOptions([
  { label: '市级', value: 'city' },
  { label: '县(市、区)级', value: 'county' },
  { label: '镇(街道)级', value: 'town' },
  { label: '村(社区)级', value: 'village' },
])

/** 公开类别 of a catalogue item. */
export const CATEGORY_OPTIONS = defineOptions([
  { label: '党务公开', value: 'party' },
  { label: '政务公开', value: 'government' },
  { label: '办事公开', value: 'service' },
])

/** 领域 of a catalogue item. */
export const DOMAIN_OPTIONS = defineOptions([
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
])

/** 公开渠道 of a catalogue item. */
export const CHANNEL_OPTIONS = defineOptions([
  { label: '政府网站', value: 'website' },
  { label: '公开栏', value: 'board' },
  { label: '报刊', value: 'newspaper' },
  { label: '政务新媒体', value: 'newmedia' },
  { label: '政务服务大厅', value: 'hall' },
  { label: '广播电视', value: 'radio' },
])

/** 公开对象 of a catalogue item. */
export const AUDIENCE_OPTIONS = defineOptions([
  { label: '全社会', value: 'public' },
  { label: '特定群体', value: 'specific' },
])

/** 公开方式 of a catalogue item. */
export const MODE_OPTIONS = defineOptions([
  { label: '主动公开', value: 'proactive' },
  { label: '依申请公开', value: 'request' },
])

/** 有效性 of a disclosed record. */
export const VALIDITY_OPTIONS = defineOptions([
  { label: '有效', value: 'valid' },
  { label: '失效', value: 'expired' },
  { label: '废止', value: 'repealed' },
])

/** 违纪类型: the six disciplines plus the central eight-point rules. */
export const VIOLATION_OPTIONS = defineOptions([
  { label: '违反政治纪律', value: 'political' },
  { label: '违反组织纪律', value: 'organizational' },
  { label: '违反廉洁纪律', value: 'integrity' },
  { label: '违反群众纪律', value: 'mass' },
  { label: '违反工作纪律', value: 'work' },
  { label: '违反生活纪律', value: 'life' },
  { label: '违反中央八项规定精神', value: 'eight-rules' },
])

/** 八项规定问题类型, asked only when a case violates the eight-point rules. */
export const EIGHT_RULES_OPTIONS = defineOptions([
  { label: '违规收受礼品礼金', value: 'gifts' },
  { label: '公款旅游', value: 'travel' },
  { label: '违规公款吃喝', value: 'dining' },
  { label: '违规公款消费', value: 'consumption' },
  { label: '出入私人会所', value: 'clubs' },
  { label: '公车私用', value: 'car' },
  { label: '违规操办婚丧喜庆', value: 'weddings' },
  { label: '违规发放津补贴', value: 'allowances' },
])

/** 党纪处分, mildest first. */
export const PARTY_SANCTION_OPTIONS = defineOptions([
  { label: '警告', value: 'warning' },
  { label: '严重警告', value: 'serious-warning' },
  { label: '撤销党内职务', value: 'removal' },
  { label: '留党察看', value: 'probation' },
  { label: '开除党籍', value: 'expulsion' },
])

/**
 * 政务处分 (政务处分法 art. 7), mildest first, and the 处分 only staff of 事业单位 and state
 * enterprises receive (降低岗位等级, 留用察看), which bulletins list beside them.
 */
export const GOVERNMENT_SANCTION_OPTIONS = defineOptions([
  { label: '警告', value: 'warning' },
  { label: '记过', value: 'demerit' },
  { label: '记大过', value: 'major-demerit' },
  { label: '降级', value: 'demotion' },
  { label: '降低岗位等级', value: 'grade-lowering' },
  { label: '撤职', value: 'dismissal' },
  { label: '留用察看', value: 'probation' },
  { label: '开除', value: 'expulsion' },
])

/** 组织处理 and the measures of the 第一种形态 (批评教育 … 免职), mildest first. */
export const MEASURE_OPTIONS = defineOptions([
  { label: '批评教育', value: 'criticism' },
  { label: '谈话提醒', value: 'reminder-talk' },
  { label: '责令检查', value: 'self-examination' },
  { label: '通报批评', value: 'notified-criticism' },
  { label: '效能告诫', value: 'efficiency-warning' },
  { label: '诫勉', value: 'admonition' },
  { label: '停职检查', value: 'suspension' },
  { label: '调整职务', value: 'reassignment' },
  { label: '责令辞职', value: 'ordered-resignation' },
  { label: '免职', value: 'removal' },
  { label: '降职', value: 'downgrade' },
])

/** 干部管理权限: who manages the cadre (中管 … 县管), beside the administrative 层级. */
export const CADRE_LEVEL_OPTIONS = defineOptions([
  { label: '中管干部', value: 'central' },
  { label: '省管干部', value: 'provincial' },
  { label: '市管干部', value: 'city' },
  { label: '县管干部', value: 'county' },
  { label: '其他', value: 'other' },
])

/** 案例来源: found by this office (本级查处) or republished from another's bulletin (转发). */
export const SOURCE_KIND_OPTIONS = defineOptions([
  { label: '本级查处', value: 'own' },
  { label: '转发', value: 'forwarded' },
])

/** 政治面貌 as bulletins state it; left empty when they do not. */
export const PARTY_MEMBER_OPTIONS = defineOptions([
  { label: '中共党员', value: 'yes' },
  { label: '非中共党员', value: 'no' },
])

/** 通报类型. */
export const BULLETIN_KIND_OPTIONS = defineOptions([
  { label: '季度警示通报', value: 'quarterly' },
  { label: '典型案例通报', value: 'typical' },
  { label: '专项通报', value: 'special' },
])

/** Where a monthly theme's 宣讲 activity takes place. */
export const VENUE_OPTIONS = defineOptions([
  { label: '企业', value: 'enterprise' },
  { label: '学校', value: 'school' },
  { label: '社区', value: 'community' },
  { label: '市场', value: 'market' },
  { label: '农村', value: 'village' },
])

/** 节点: holidays a weekly reminder is timed for. */
export const OCCASION_OPTIONS = defineOptions([
  { label: '元旦', value: 'newyear' },
  { label: '春节', value: 'spring' },
  { label: '元宵', value: 'lantern' },
  { label: '清明', value: 'qingming' },
  { label: '五一', value: 'labor' },
  { label: '端午', value: 'dragon' },
  { label: '中秋', value: 'midautumn' },
  { label: '国庆(十一)', value: 'national' },
])

/** 发布渠道 of a weekly reminder. */
export const REMINDER_CHANNEL_OPTIONS = defineOptions([
  { label: '网站', value: 'web' },
  { label: '短信', value: 'sms' },
  { label: '微博', value: 'weibo' },
  { label: '微信', value: 'wechat' },
])

/** 栏目 of an article. */
export const ARTICLE_KIND_OPTIONS = defineOptions([
  { label: '工作动态', value: 'news' },
  { label: '廉政文化', value: 'culture' },
])
