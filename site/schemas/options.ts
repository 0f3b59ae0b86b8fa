// Chinese labels of the CMS select fields, exactly as the export writes them
// (docs/content-model.md). Order = display order.
export const LEVELS = ['市级', '县(市、区)级', '镇(街道)级', '村(社区)级'] as const
export const CATALOG_CATEGORIES = ['党务公开', '政务公开', '办事公开'] as const
export const CATALOG_DOMAINS = [
  '工程建设招投标',
  '政府采购',
  '土地使用权出让',
  '矿业权出让',
  '国有产权交易',
  '药品及医疗器械采购',
  '行政权力运行',
  '财政预决算',
  '"三公"经费',
  '五张清单',
  '考评结果',
  '整改情况',
  '党建工作',
  '干部人事',
  '其他',
] as const
export const CATALOG_CHANNELS = ['政府网站', '公开栏', '报刊', '政务新媒体', '政务服务大厅', '广播电视'] as const
export const AUDIENCES = ['全社会', '特定群体'] as const
export const DISCLOSURE_MODES = ['主动公开', '依申请公开'] as const
export const VALIDITY = ['有效', '失效', '废止'] as const
export const VIOLATION_TYPES = [
  '违反政治纪律',
  '违反组织纪律',
  '违反廉洁纪律',
  '违反群众纪律',
  '违反工作纪律',
  '违反生活纪律',
  '违反中央八项规定精神',
] as const
export const EIGHT_RULES_TYPES = [
  '违规收受礼品礼金',
  '公款旅游',
  '违规公款吃喝',
  '违规公款消费',
  '出入私人会所',
  '公车私用',
  '违规操办婚丧喜庆',
  '违规发放津补贴',
] as const
export const PARTY_SANCTIONS = ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'] as const
export const GOVERNMENT_SANCTIONS = ['警告', '记过', '记大过', '降级', '撤职', '开除'] as const
export const BULLETIN_KINDS = ['季度警示通报', '典型案例通报', '专项通报'] as const
export const VENUE_TYPES = ['企业', '学校', '社区', '市场', '农村'] as const
export const OCCASIONS = ['元旦', '春节', '元宵', '清明', '五一', '端午', '中秋', '国庆(十一)'] as const
export const REMINDER_CHANNELS = ['网站', '短信', '微博', '微信'] as const
export const ARTICLE_KINDS = ['工作动态', '廉政文化'] as const
