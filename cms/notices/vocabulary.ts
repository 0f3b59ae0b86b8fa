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
