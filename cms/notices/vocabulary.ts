// The words a published 通报 uses, as the parser matches them (parseNotice.ts). Terms are
// matched as written; longer ones first, so 党内严重警告 is never read as 警告.

/** 党纪处分 as bulletins write them (中国共产党纪律处分条例: 警告, 严重警告, 撤销党内职务, 留党察看, 开除党籍). */
export const PARTY_SANCTIONS = [
  '开除党籍',
  '留党察看一年',
  '留党察看二年',
  '留党察看两年',
  '留党察看',
  '撤销党内职务',
  '党内严重警告',
  '党内警告',
  '严重警告',
] as const

/**
 * 政务处分 (公职人员政务处分法: 警告, 记过, 记大过, 降级, 撤职, 开除) and the 处分 of staff of
 * 事业单位 and state enterprises, with the prefixes bulletins add (政务, 行政). A bare 警告 is
 * read as 政务警告: the party warning is written 党内警告.
 */
export const GOVERNMENT_SANCTIONS = [
  '开除公职',
  '行政开除',
  '政务开除',
  '政务撤职',
  '行政撤职',
  '政务降级',
  '行政降级',
  '政务记大过',
  '行政记大过',
  '政务记过',
  '行政记过',
  '政务警告',
  '行政警告',
  '降低岗位等级',
  '撤职',
  '降级',
  '记大过',
  '记过',
  '警告',
  '开除',
] as const

/** Words a position ends with (局长, 主任, 教师 …), so a name is what follows the last of them. */
export const POSITION_WORDS =
  '书记|主席|副?局长|校长|所长|主任|科长|干部|教师|负责人|委员(?!会)|工作人员|员工|站长|院长|总经理|经理|董事长|厂长|场长|村长|组长|队长|医生|民警|科员|处长|厅长|部长|镇长|乡长|区长|县长|市长|省长|副省长|调研员|巡视员|司令员|常委(?!会)|成员|协检员|报账员|秘书长|总监|主管'

/** Where a position starts inside "unit + position" (原党组书记, 党委原书记, 二级调研员 …). */
export const POSITION_STARTS = `原|副|党组|党委|党工委|党支部|党总支|支委|一级|二级|三级|四级|保留|退休|临时|包村|驻村|总务|${POSITION_WORDS}`

/** How a unit's name ends (…局, …村, …有限公司). */
export const UNIT_ENDINGS =
  '有限公司|公司|片区|片|集团|银行|分行|委员会|常委会|管委会|开发区|政协|大学|学院|中学|小学|学校|九校|中心|总队|协会|联合会|兵团|省委|市委|县委|区委|街道|社区|局|院|所|站|处|科|部|厅|办|馆|场|社|村|镇|乡|队'

/**
 * 八项规定 problems as bulletins describe them, by the option they are filed under
 * (content/model/options.ts EIGHT_RULES_OPTIONS). A proposal for the editor, never a fact:
 * the paste flow says these were read from keywords.
 */
export const EIGHT_RULES_PATTERNS: Record<string, RegExp> = {
  gifts: /礼品礼金|收受[^。；]{0,16}(?:礼品|礼金|购物卡|消费卡|红包|高档白酒|名贵特产)|违规收受[^。；]{0,6}礼/,
  travel: /公款旅游|旅游活动安排|变相公款旅游/,
  dining: /公款吃喝|违规吃喝|公款宴请|违规[^。；]{0,6}宴请|接受[^。；]{0,10}宴请|大吃大喝/,
  consumption: /公款消费|公款高消费|公款[^。；]{0,4}娱乐|挥霍浪费公款/,
  clubs: /私人会所|高档娱乐场所/,
  car: /公车私用|私车公养|违规[^。；]{0,6}(?:使用|配备|借用)[^。；]{0,8}(?:公务用车|公车|车辆)/,
  weddings: /婚丧喜庆|操办[^。；]{0,6}(?:婚宴|丧事|升学宴|寿宴|喜宴)/,
  allowances: /津补贴|违规发放[^。；]{0,6}(?:福利|奖金|补助)/,
}

/** The disciplines, as a bulletin names them when it says which were violated. */
export const DISCIPLINE_PATTERNS: Record<string, RegExp> = {
  political: /违反政治纪律/,
  organizational: /违反组织纪律/,
  integrity: /违反廉洁纪律/,
  mass: /违反群众纪律/,
  work: /违反工作纪律/,
  life: /违反生活纪律/,
  'eight-rules': /违反中央八项规定精神|违反八项规定/,
}
