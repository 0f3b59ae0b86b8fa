/**
 * 一周一提醒: one short reminder per ISO week (≤ 140 characters, for 短信/微博). The seed
 * places them on the 53 weeks up to and including the current one (Asia/Shanghai), picks a
 * holiday reminder in the week before each holiday, and saves next week's reminder as a draft.
 * A given week always gets the same text, whenever the seed runs.
 */
import type { Occasion, ReminderSeed } from '../types'
import { addDays, addWeeks, isoWeekOf, shanghaiDay } from '../../../content/shared/shanghai'

type Message = { title: string; message: string }

const general: Message[] = [
  {
    title: '廉洁从"小节"做起',
    message:
      '【清风提醒】莫以恶小而为之。一顿饭、一张卡、一条烟，都可能是围猎者的"敲门砖"。守住小节，才能守住大节。监督举报电话：12388。',
  },
  {
    title: '慎独慎微',
    message: '【清风提醒】人前人后一个样，八小时内外一个样。慎独慎微、慎始慎终，做到心有所畏、言有所戒、行有所止。',
  },
  {
    title: '亲清政商关系',
    message: '【清风提醒】与企业交往要"亲"而有度、"清"而有为：不吃请、不收礼、不插手工程项目，真心实意为企业解难题。',
  },
  {
    title: '公车姓"公"',
    message: '【清风提醒】公车姓"公"不姓"私"。严禁公车私用、私车公养，严禁用公车接送家属、办理私事。',
  },
  {
    title: '如实报告个人有关事项',
    message: '【清风提醒】如实报告个人有关事项是对党忠诚老实的试金石。瞒报漏报、避重就轻，都是违反组织纪律的行为。',
  },
  {
    title: '严守工作纪律',
    message: '【清风提醒】不干预插手工程招投标、不泄露评审信息、不违规打招呼。权力运行留痕，监督全程在线。',
  },
  {
    title: '管好身边人',
    message: '【清风提醒】家风连着党风政风。领导干部要管好配偶子女和身边工作人员，决不允许他们打着自己的旗号谋利。',
  },
  {
    title: '拒绝"雅贿"',
    message: '【清风提醒】字画、茶叶、收藏品……"雅贿"不雅，收受即违纪。对借"雅好"围猎的行为，要坚决说"不"。',
  },
  {
    title: '不吃"隐形宴"',
    message: '【清风提醒】企业食堂、农家乐、私人会所里的"隐形宴"也是违规吃喝。拒绝一次宴请，少一分被围猎的风险。',
  },
  {
    title: '惠民资金是"高压线"',
    message: '【清风提醒】低保、补贴、救助资金是群众的"保命钱"。优亲厚友、虚报冒领、截留挪用，发现一起严查一起。',
  },
  {
    title: '依规依纪用权',
    message: '【清风提醒】法定职责必须为，法无授权不可为。严格按照权责清单行使权力，不越位、不缺位、不错位。',
  },
  {
    title: '厉行节约',
    message: '【清风提醒】过紧日子是长期方针。严控"三公"经费，严禁超标准接待、超标准配车、超标准办公用房。',
  },
  {
    title: '警惕"温水煮青蛙"',
    message: '【清风提醒】围猎者往往先"感情投资"再"利益输送"。对别有用心的"热情"保持警惕，不给"温水煮青蛙"留机会。',
  },
  {
    title: '守住村级"微权力"',
    message: '【清风提醒】村级工程、集体"三资"、补贴发放要按小微权力清单办事，该公开的及时公开，接受村民监督。',
  },
  {
    title: '严禁违规发放津补贴',
    message: '【清风提醒】巧立名目发放津补贴、奖金、福利，是违反中央八项规定精神的行为。财务审核要把好关。',
  },
  {
    title: '主动接受监督',
    message: '【清风提醒】监督是最好的保护。习惯在受监督和约束的环境中工作生活，有问题主动向组织说清楚。',
  },
  {
    title: '廉洁用好"手中笔"',
    message: '【清风提醒】每一次签字都是一份责任。审批、验收、拨款时多问一句、多核一遍，不当"签字机器"。',
  },
  {
    title: '网络社交也要守纪',
    message: '【清风提醒】微信群、朋友圈不是法外之地。不妄议中央大政方针，不泄露工作秘密，不在网上发表不当言论。',
  },
  {
    title: '政务公开要及时',
    message: '【清风提醒】主动公开的政府信息应在形成或变更之日起20个工作日内公开。对照公开目录清单，别让公开"过期"。',
  },
  {
    title: '远离赌博和高消费',
    message: '【清风提醒】打牌赌博、出入高消费场所，既违反生活纪律，也容易被人抓住"把柄"。健康生活，清白做人。',
  },
  {
    title: '招投标不打招呼',
    message: '【清风提醒】工程招投标中，"打招呼"就是干预，"帮个忙"就是违纪。对插手干预行为，要如实记录报告。',
  },
  {
    title: '廉洁齐家',
    message: '【清风提醒】一人不廉，全家不安。常算"政治账、经济账、家庭账、自由账"，守住幸福家庭的底线。',
  },
  {
    title: '严防"蝇贪"',
    message: '【清风提醒】"蝇贪"啃食的是群众获得感。对发生在群众身边的不正之风和腐败问题，欢迎拨打12388举报。',
  },
  {
    title: '文明节俭办事',
    message: '【清风提醒】党员干部操办婚丧喜庆事宜要事前报告、规模从简，不借机敛财，不邀请管理服务对象。',
  },
  {
    title: '学纪知纪明纪守纪',
    message: '【清风提醒】纪律是管党治党的"戒尺"。每周抽出时间读一读《中国共产党纪律处分条例》，知边界、守底线。',
  },
  {
    title: '不搞"一言堂"',
    message: '【清风提醒】重大事项集体决策，不搞"一言堂"。"三重一大"事项要按程序议、按规矩定，全程记录备查。',
  },
  {
    title: '国企廉洁经营',
    message: '【清风提醒】国有资产是全民的财富。产权转让、资产处置要进场交易、公开竞价，严防利益输送和国资流失。',
  },
  {
    title: '医药购销讲廉洁',
    message: '【清风提醒】医药购销领域不收"回扣"、不拿"红包"。集采药品按规定使用，守护群众"救命钱"。',
  },
  {
    title: '教育招生守公平',
    message: '【清风提醒】招生入学不收"条子"、不收礼金。公平公正是教育的底线，也是纪律的红线。',
  },
  {
    title: '整改要见实效',
    message: '【清风提醒】巡察、审计发现的问题要列清单、定时限、明责任，整改情况按时公开，不搞纸面整改。',
  },
]

const holiday: Record<Occasion, Message> = {
  newyear: {
    title: '元旦廉洁过节提醒',
    message:
      '【元旦廉洁提醒】新年将至，严禁违规收送礼品礼金，严禁公款吃喝、公款旅游，严禁违规发放津补贴。清清爽爽迎新年！举报电话：12388。',
  },
  spring: {
    title: '春节廉洁过节提醒',
    message:
      '【春节廉洁提醒】春节将至，请党员干部自觉抵制节日"四风"：不收红包礼金，不公车私用，不大操大办。愿您廉洁过年、阖家安康！',
  },
  lantern: {
    title: '元宵廉洁提醒',
    message: '【元宵廉洁提醒】元宵佳节，灯明人清。节后收心归位，严守纪律规矩，不借节日之机收受礼品、违规吃喝。',
  },
  qingming: {
    title: '清明廉洁提醒',
    message:
      '【清明廉洁提醒】清明祭扫寄哀思，移风易俗倡新风。严禁公车祭扫、公款祭扫，严禁借祭祀活动大操大办、收受礼金。',
  },
  labor: {
    title: '五一廉洁过节提醒',
    message:
      '【五一廉洁提醒】劳动节假期，严禁公款旅游、公车私用，严禁接受管理服务对象安排的宴请和旅游。劳动最光荣，廉洁最幸福！',
  },
  dragon: {
    title: '端午廉洁过节提醒',
    message: '【端午廉洁提醒】粽叶飘香，清风常在。严禁违规收送粽子等节礼和购物卡，严禁公款吃喝。举报电话：12388。',
  },
  midautumn: {
    title: '中秋廉洁过节提醒',
    message: '【中秋廉洁提醒】月圆人团圆，廉洁伴中秋。严禁收送"天价"月饼和礼品礼金，严禁用公款购买、赠送节礼。',
  },
  national: {
    title: '国庆廉洁过节提醒',
    message:
      '【国庆廉洁提醒】喜迎国庆，纪律不"放假"。严禁公款旅游、公车私用、违规吃喝，严禁出入私人会所。监督举报：12388。',
  },
}

/** Holidays by year (lunar ones from the official calendar). */
const HOLIDAYS: Record<number, Partial<Record<Occasion, string>>> = {
  2024: {
    newyear: '01-01',
    spring: '02-10',
    lantern: '02-24',
    qingming: '04-04',
    labor: '05-01',
    dragon: '06-10',
    midautumn: '09-17',
    national: '10-01',
  },
  2025: {
    newyear: '01-01',
    spring: '01-29',
    lantern: '02-12',
    qingming: '04-04',
    labor: '05-01',
    dragon: '05-31',
    midautumn: '10-06',
    national: '10-01',
  },
  2026: {
    newyear: '01-01',
    spring: '02-17',
    lantern: '03-03',
    qingming: '04-05',
    labor: '05-01',
    dragon: '06-19',
    midautumn: '09-25',
    national: '10-01',
  },
  2027: {
    newyear: '01-01',
    spring: '02-06',
    lantern: '02-20',
    qingming: '04-05',
    labor: '05-01',
    dragon: '06-09',
    midautumn: '09-15',
    national: '10-01',
  },
  2028: {
    newyear: '01-01',
    spring: '01-26',
    lantern: '02-09',
    qingming: '04-04',
    labor: '05-01',
    dragon: '05-28',
    midautumn: '10-03',
    national: '10-01',
  },
}

/** Week → occasion: the reminder goes out in the week containing the day three days before. */
function occasionWeeks(): Map<string, Occasion> {
  const out = new Map<string, Occasion>()
  for (const [year, days] of Object.entries(HOLIDAYS)) {
    const entries = Object.entries(days) as [Occasion, string][]
    // National day before mid-autumn so that, when they share a week, mid-autumn moves earlier.
    entries.sort(([a], [b]) => (a === 'national' ? -1 : b === 'national' ? 1 : 0))
    for (const [occasion, monthDay] of entries) {
      let at = addDays(`${year}-${monthDay}`, -3)
      while (out.has(isoWeekOf(at))) at = addDays(at, -7)
      out.set(isoWeekOf(at), occasion)
    }
  }
  return out
}

/** The 53 weeks up to and including `now`'s week (published) and the next week (draft). */
export function remindersFor(now: Date = new Date()): ReminderSeed[] {
  const thisWeek = isoWeekOf(shanghaiDay(now))
  const occasions = occasionWeeks()
  const out: ReminderSeed[] = []
  for (let k = -52; k <= 1; k++) {
    const week = addWeeks(thisWeek, k)
    const occasion = occasions.get(week)
    const weekNumber = Number(week.slice(6))
    const year = Number(week.slice(0, 4))
    const pick = occasion ? holiday[occasion] : general[(year * 53 + weekNumber) % general.length]
    const reminder: ReminderSeed = {
      week,
      title: pick.title,
      message: pick.message,
      occasion,
      channels: occasion ? ['web', 'sms', 'weibo', 'wechat'] : ['web', 'weibo', 'wechat'],
      body: [
        pick.message.replace(/^【[^】]+】/, ''),
        '如发现党员干部违纪违法问题，请通过12388举报电话、来信来访或网络举报平台反映。',
      ],
    }
    if (k === 1) {
      reminder.draft = true
      reminder.title = `【草稿·待审核】${pick.title}`
    }
    out.push(reminder)
  }
  return out
}

export const allReminderMessages = [...general, ...Object.values(holiday)]
