// The curated dictionary of 全站搜索 (docs/search.md): names of government bodies and discipline
// terms that mean the same thing, and words a run-together query is split at. Reviewed like code:
// a group makes every query for one of its forms find pages holding any of them, so a form goes
// in only when it never means anything else on a portal of a municipal 纪委监委 (tests/unit/
// search-terms.test.ts checks the shape; bench/search/queries.json measures what it does).
import {
  labelsOf,
  EIGHT_RULES_OPTIONS,
  GOVERNMENT_SANCTION_OPTIONS,
  MEASURE_OPTIONS,
  PARTY_SANCTION_OPTIONS,
  VIOLATION_OPTIONS,
} from './options'

/**
 * Equivalent names: the full form (全称) first, then its short forms (简称) and other names in
 * use (别称). A unit's own 简称 and 别称 are kept on the unit (责任单位), not here.
 */
export const EQUIVALENT_TERMS: readonly (readonly [string, ...string[]])[] = [
  // 党的机关、人大、政协、监察与司法机关
  ['纪律检查委员会', '纪委'],
  ['监察委员会', '监委'],
  ['中国共产党', '中共'],
  ['人民代表大会常务委员会', '人大常委会'],
  ['人民代表大会', '人大'],
  ['政治协商会议', '政协'],
  ['政法委员会', '政法委'],
  ['统一战线工作部', '统战部'],
  ['机构编制委员会办公室', '编办'],
  ['人民武装部', '人武部'],
  ['人民检察院', '检察院'],
  ['人民法院', '法院'],
  // 政府工作部门（市、县两级的常见名称）
  ['发展和改革委员会', '发改委', '发展改革委'],
  ['发展和改革局', '发改局', '发展改革局'],
  ['卫生健康委员会', '卫健委', '卫生健康委'],
  ['卫生健康局', '卫健局'],
  ['住房和城乡建设局', '住建局', '住房城乡建设局'],
  ['住房和城乡建设委员会', '住建委'],
  ['市场监督管理局', '市场监管局'],
  ['人力资源和社会保障局', '人社局', '人力资源社会保障局'],
  ['医疗保障局', '医保局'],
  ['自然资源和规划局', '自然资源规划局', '资规局'],
  ['交通运输局', '交通局'],
  ['城市管理局', '城管局'],
  ['城市管理综合执法局', '城管执法局'],
  ['应急管理局', '应急局'],
  ['生态环境局', '环保局'],
  ['文化广电旅游体育局', '文广旅体局'],
  ['文化和旅游局', '文旅局'],
  ['教育和体育局', '教体局'],
  ['退役军人事务局', '退役军人局'],
  ['行政审批服务局', '审批局', '行政审批局'],
  ['国有资产监督管理委员会', '国资委'],
  ['国有资产监督管理办公室', '国资办'],
  ['住房公积金管理中心', '公积金中心'],
  // 基层组织
  ['村民委员会', '村委会'],
  ['居民委员会', '居委会'],
  ['街道办事处', '街道办'],
  ['党支部书记', '支书'],
  ['国有企业', '国企'],
  // 纪律与作风
  ['中央八项规定精神', '八项规定'],
  ['形式主义、官僚主义', '形式主义官僚主义'],
  ['享乐主义、奢靡之风', '享乐主义奢靡之风'],
]

/**
 * Words a query typed without spaces is split at when it matches nothing as a whole (besides
 * the names above, years and numbers): behaviours and terms of the case bulletins.
 */
export const SEARCH_WORDS: readonly string[] = [
  ...labelsOf(VIOLATION_OPTIONS),
  ...labelsOf(EIGHT_RULES_OPTIONS),
  ...labelsOf(PARTY_SANCTION_OPTIONS),
  ...labelsOf(GOVERNMENT_SANCTION_OPTIONS),
  ...labelsOf(MEASURE_OPTIONS),
  '收受礼品',
  '收受礼金',
  '礼品礼金',
  '收受红包',
  '公款吃喝',
  '违规吃喝',
  '公款旅游',
  '公款消费',
  '公车私用',
  '小金库',
  '津补贴',
  '婚丧喜庆',
  '私人会所',
  '高档烟酒',
  '借机敛财',
  '优亲厚友',
  '虚报冒领',
  '套取',
  '侵占',
  '挪用',
  '贪污',
  '受贿',
  '行贿',
  '滥用职权',
  '玩忽职守',
  '失职失责',
  '形式主义',
  '官僚主义',
  '享乐主义',
  '奢靡之风',
  '政府采购',
  '工程项目',
  '惠民资金',
  '扶贫资金',
  '医保基金',
  '严重违纪违法',
  '违纪违法',
  '党纪处分',
  '政务处分',
  '组织处理',
  '移送检察机关',
  '一案双查',
  '典型案例',
  '警示教育',
  '廉洁文化',
  '廉政文化',
  '案件通报',
]

/** How many 简称 a unit is proposed at most. */
const MAX_PROPOSALS = 4

/**
 * The 简称 the dictionary proposes for a unit's 全称: each full form it holds replaced by its short
 * forms (清风市住房和城乡建设局 → 清风市住建局), then every full form by its first short form at
 * once (中共清风市纪律检查委员会 → 中共清风市纪委 → 清风市纪委 without 中共).
 */
export function proposeUnitAliases(name: string): string[] {
  const full = name.replace(/\s+/g, '')
  const proposals = new Set<string>()
  let shortest = full
  for (const [long, ...short] of EQUIVALENT_TERMS) {
    if (!full.includes(long)) continue
    for (const s of short) proposals.add(full.replace(long, s))
    shortest = shortest.replace(long, short[0])
  }
  proposals.add(shortest)
  if (shortest.startsWith('中共') && shortest.length > 4) proposals.add(shortest.slice(2))
  proposals.delete(full)
  return [...proposals].slice(0, MAX_PROPOSALS)
}
