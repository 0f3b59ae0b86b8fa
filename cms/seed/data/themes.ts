/**
 * 一月一主题: one 法纪宣传教育 theme per calendar month. The seed places them on the twelve
 * months up to and including the current one (Asia/Shanghai), so the home page always has this
 * month's theme; next month's theme is saved as a draft awaiting review.
 */
import type { ThemeSeed, VenueType } from '../types'
import { shanghaiMonth } from '../../../content/shared/shanghai'

type Template = Omit<ThemeSeed, 'month' | 'activities'> & {
  activities: { venueType: VenueType; day: number; place: string; description: string }[]
}

const CCDI = { title: '中央纪委国家监委网站', url: 'https://www.ccdi.gov.cn/' }
const LAWS = { title: '国家法律法规数据库', url: 'https://flk.npc.gov.cn/' }
const REPORT = { title: '本站举报指南', url: '/report-guide/' }

/** Index 0 is January. */
const templates: Template[] = [
  {
    title: '清廉过双节 文明树新风',
    summary: '元旦春节临近，聚焦纠治节日"四风"，开展廉洁过节提醒和移风易俗宣传，倡导文明节俭的节日新风。',
    body: [
      '元旦、春节是"四风"问题易发多发的节点。本月主题教育围绕廉洁过节，组织党员干部重温中央八项规定及其实施细则精神。',
      { h3: '重点内容' },
      {
        ul: [
          '学习中央八项规定及其实施细则精神',
          '通报节日期间违规收送礼品礼金典型问题',
          '开展移风易俗、婚事新办丧事简办宣传',
        ],
      },
    ],
    activities: [
      {
        venueType: 'community',
        day: 8,
        place: '青莲区明月街道荷塘社区党群服务中心',
        description: '廉洁过节主题宣讲，向居民发放移风易俗倡议书。',
      },
      {
        venueType: 'market',
        day: 15,
        place: '翠湖区湖滨农贸市场',
        description: '设置廉洁文化宣传点，提醒商户和市场管理人员抵制节日送礼歪风。',
      },
      {
        venueType: 'village',
        day: 20,
        place: '松溪县白沙镇石桥村文化礼堂',
        description: '"清风进农家"宣讲，讲解村干部廉洁履职"十不准"。',
      },
    ],
    materials: [{ title: '中央八项规定及其实施细则精神学习资料', url: CCDI.url }, REPORT],
  },
  {
    title: '学党纪 明规矩 守底线',
    summary: '以《中国共产党纪律处分条例》为重点，开展党纪学习教育，引导党员干部学纪、知纪、明纪、守纪。',
    body: [
      '本月组织全市党员干部逐章学习《中国共产党纪律处分条例》，结合本地典型案例，讲清六项纪律的具体要求。',
      { ol: ['个人自学与集中研讨相结合', '开展一次党纪知识测试', '召开一次以案说纪专题组织生活会'] },
    ],
    activities: [
      {
        venueType: 'enterprise',
        day: 18,
        place: '清风市城市投资发展集团有限公司',
        description: '国企党员干部党纪学习辅导报告。',
      },
      { venueType: 'school', day: 25, place: '清风市第二中学', description: '面向教师党员开展师德师风与党纪教育。' },
    ],
    materials: [{ title: '《中国共产党纪律处分条例》全文', url: CCDI.url }, LAWS],
  },
  {
    title: '廉洁从政 从"小节"做起',
    summary: '围绕"两会"期间和新一年工作开局，开展廉洁从政行为规范教育，防微杜渐、慎始慎微。',
    body: [
      '"小节"不小，"微腐败"也可能成为"大祸害"。本月以廉洁从政行为规范为主题，组织学习《中国共产党廉洁自律准则》。',
    ],
    activities: [
      { venueType: 'community', day: 10, place: '翠湖区湖滨街道柳岸社区', description: '社区干部廉洁履职专题培训。' },
      {
        venueType: 'village',
        day: 16,
        place: '竹山县云雾镇茶岭村',
        description: '村级小微权力清单宣讲，现场解答村民关于惠农资金的疑问。',
      },
      {
        venueType: 'enterprise',
        day: 24,
        place: '松溪县溪口镇工业园区',
        description: '政商交往"负面清单"宣讲，构建亲清政商关系。',
      },
    ],
    materials: [{ title: '《中国共产党廉洁自律准则》', url: CCDI.url }],
  },
  {
    title: '清明祭英烈 廉洁传家风',
    summary: '结合清明节，开展革命传统教育和家风家教主题活动，以清廉家风涵养清朗党风政风。',
    body: ['清明时节，组织党员干部到烈士陵园缅怀先烈，开展"晒家训、话家风"活动，推动领导干部带头修身律己、廉洁齐家。'],
    activities: [
      { venueType: 'school', day: 3, place: '清风市实验小学', description: '"小手拉大手·清廉好家风"主题班会。' },
      { venueType: 'community', day: 12, place: '青莲区明月街道荷塘社区', description: '家风家训故事分享会。' },
    ],
    materials: [{ title: '领导干部家风建设学习材料', url: CCDI.url }, REPORT],
  },
  {
    title: '崇尚劳动 勤廉为民',
    summary: '以"五一"国际劳动节为契机，选树宣传廉勤典型，弘扬勤政为民、干事创业的精神风貌。',
    body: ['本月集中宣传廉勤典型的先进事迹，组织党员干部向身边的榜样学习，做到既干净又担当。'],
    activities: [
      { venueType: 'enterprise', day: 9, place: '清风市公共资源交易中心', description: '廉勤典型事迹报告会。' },
      {
        venueType: 'market',
        day: 20,
        place: '梅岭市桃源镇集贸市场',
        description: '市场监管执法人员廉洁执法承诺活动。',
      },
      { venueType: 'village', day: 27, place: '梅岭市桃源镇杏花村', description: '"清风田园"廉洁文化进乡村文艺演出。' },
    ],
    materials: [{ title: '廉勤典型事迹选编', url: '/exemplars/' }],
  },
  {
    title: '守护"钱袋子" 严管惠民资金',
    summary: '聚焦群众身边不正之风和腐败问题，开展惠民惠农资金政策宣传，让群众明白政策、参与监督。',
    body: [
      '本月组织镇村干部学习惠民惠农补贴政策和资金管理规定，通过村务公开栏、"清风码"等方式公开补贴发放情况，接受群众监督。',
      { ul: ['耕地地力保护补贴', '城乡低保和特困供养资金', '产业扶持和乡村振兴衔接资金'] },
    ],
    activities: [
      { venueType: 'village', day: 6, place: '松溪县白沙镇柳溪村', description: '惠农补贴政策明白纸入户发放。' },
      { venueType: 'community', day: 18, place: '翠湖区湖滨街道柳岸社区', description: '低保政策与监督举报渠道宣讲。' },
    ],
    materials: [{ title: '惠民惠农财政补贴资金政策清单', url: LAWS.url }, REPORT],
  },
  {
    title: '牢记初心使命 永葆清廉本色',
    summary: '迎接建党纪念日，开展党性教育和警示教育，组织党员干部重温入党誓词、观看警示教育片。',
    body: [
      '本月以"七一"为契机，组织开展"重温入党誓词、牢记初心使命"主题党日活动，观看本市警示教育片，召开警示教育大会。',
    ],
    activities: [
      {
        venueType: 'enterprise',
        day: 1,
        place: '清风市第一人民医院',
        description: '医疗卫生系统警示教育大会，通报医药领域典型案例。',
      },
      { venueType: 'school', day: 8, place: '清风职业技术学院', description: '青年党员"廉洁第一课"。' },
      { venueType: 'community', day: 15, place: '青莲区明月街道', description: '社区党员重温入党誓词。' },
    ],
    materials: [{ title: '警示教育片观看指引', url: CCDI.url }],
  },
  {
    title: '清风护学 廉洁校园',
    summary: '围绕暑期和秋季开学，聚焦教育招生、校园餐、教辅征订等问题开展清廉学校建设宣传教育。',
    body: ['本月在全市教育系统开展清廉学校建设宣传，公开招生入学政策和监督电话，严查招生入学中的违规违纪问题。'],
    activities: [
      { venueType: 'school', day: 25, place: '清风市第二中学', description: '教师廉洁从教承诺签名活动。' },
      {
        venueType: 'school',
        day: 28,
        place: '松溪县白沙镇中心小学',
        description: '校园廉洁文化墙揭牌，开展廉洁故事演讲。',
      },
    ],
    materials: [{ title: '义务教育招生入学政策', url: '/disclosures/' }, REPORT],
  },
  {
    title: '廉洁过中秋 清风伴国庆',
    summary: '中秋国庆"双节"将至，开展节日廉洁提醒，严防收送月饼礼品、公款吃喝、公车私用等问题。',
    body: [
      '"双节"期间，全市各级纪检监察机关将开展明察暗访，对顶风违纪问题从严查处、通报曝光。',
      { ul: ['严禁违规收送月饼、购物卡等礼品礼金', '严禁公款吃喝、违规接受宴请', '严禁公车私用和公款旅游'] },
    ],
    activities: [
      {
        venueType: 'market',
        day: 10,
        place: '青莲区商业步行街',
        description: '"月饼里的廉洁"主题宣传，提醒商户不为公款消费开具虚假发票。',
      },
      {
        venueType: 'enterprise',
        day: 16,
        place: '清风市城市投资发展集团有限公司',
        description: '国企节前廉洁提醒谈话。',
      },
      { venueType: 'community', day: 22, place: '翠湖区湖滨街道柳岸社区', description: '廉洁家书征集活动。' },
    ],
    materials: [{ title: '节日"四风"问题举报方式', url: REPORT.url }, CCDI],
  },
  {
    title: '公开透明 权力在阳光下运行',
    summary: '围绕公开目录清单和行政权力网上公开透明运行，宣传政府信息公开条例，引导群众依法监督。',
    body: [
      '本月集中宣传《中华人民共和国政府信息公开条例》，引导群众通过本站"公开目录"查阅各单位应公开事项和已公开信息。',
      '各单位要对照公开目录清单开展自查，对逾期未公开事项及时补正。',
    ],
    activities: [
      { venueType: 'community', day: 15, place: '青莲区明月街道荷塘社区', description: '"公开目录怎么查"现场演示。' },
      { venueType: 'village', day: 22, place: '松溪县白沙镇石桥村', description: '村务公开栏规范化建设现场会。' },
    ],
    materials: [
      { title: '中华人民共和国政府信息公开条例', url: LAWS.url },
      { title: '本站公开目录', url: '/catalog-items/' },
    ],
  },
  {
    title: '以案为鉴 以案促改',
    summary: '以本市查处的典型案例为镜鉴，开展警示教育和以案促改，推动"三不腐"一体推进。',
    body: [
      '本月组织发案单位召开专题民主生活会，逐案剖析发案原因，查找制度漏洞，建立整改清单并公开整改进度。',
      { ol: ['学习季度警示通报', '开展岗位廉政风险再排查', '公开问题清单和整改清单'] },
    ],
    activities: [
      {
        venueType: 'enterprise',
        day: 12,
        place: '清风市公共资源交易中心',
        description: '公共资源交易领域以案促改座谈会。',
      },
      {
        venueType: 'village',
        day: 19,
        place: '梅岭市桃源镇杏花村',
        description: '村干部警示教育会，通报身边典型案例。',
      },
      { venueType: 'market', day: 26, place: '竹山县城关农贸市场', description: '"清风执法"市场监管廉洁承诺。' },
    ],
    materials: [
      { title: '季度警示通报', url: '/bulletins/' },
      { title: '案件通报', url: '/cases/' },
    ],
  },
  {
    title: '廉洁迎新年 作风再提升',
    summary: '岁末年初，开展年终廉洁提醒和作风建设教育，严防年底突击花钱、滥发钱物等问题。',
    body: [
      '年底是财政资金支出集中期，也是违规发放津补贴、突击花钱问题易发期。本月重点开展财经纪律教育和作风建设提醒。',
    ],
    activities: [
      { venueType: 'enterprise', day: 5, place: '清风市财政局', description: '财经纪律专题辅导。' },
      { venueType: 'community', day: 12, place: '青莲区明月街道荷塘社区', description: '"廉洁迎新年"社区文艺汇演。' },
    ],
    materials: [{ title: '《党政机关厉行节约反对浪费条例》', url: LAWS.url }, CCDI],
  },
]

/** Next month's theme: a draft, clearly marked, waiting for review. */
const draftTemplate: Template = {
  draft: true,
  title: '【草稿·待审核】下月主题（拟）：纠"四风"树新风',
  summary: '【草稿】本主题尚在审核中，审核通过并发布后才会出现在门户上。',
  body: ['【草稿】下月主题的正文、宣讲安排和学习资料正在征求意见。'],
  activities: [{ venueType: 'community', day: 10, place: '待定', description: '【草稿】宣讲地点待确定。' }],
  materials: [],
}

const pad = (n: number) => String(n).padStart(2, '0')

function place(template: Template, year: number, month: number): ThemeSeed {
  const key = `${year}-${pad(month)}`
  const { activities, ...rest } = template
  return {
    ...rest,
    month: key,
    activities: activities.map(({ day, ...a }) => ({ ...a, date: `${key}-${pad(day)}` })),
  }
}

/** The twelve months up to and including `now`'s month (published) and the next one (draft). */
export function themesFor(now: Date = new Date()): ThemeSeed[] {
  const [year, month] = shanghaiMonth(now).split('-').map(Number)
  const out: ThemeSeed[] = []
  for (let back = 11; back >= -1; back--) {
    const index = year * 12 + (month - 1) - back
    const y = Math.floor(index / 12)
    const m = (index % 12) + 1
    out.push(place(back === -1 ? draftTemplate : templates[m - 1], y, m))
  }
  return out
}
