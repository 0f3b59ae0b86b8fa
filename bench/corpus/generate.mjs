#!/usr/bin/env node
// Issue 5 groundwork: generates N realistic, entirely fictional documents directly in the
// content/ export format (docs/content-model.md), for site-build and search benchmarks.
//
//   node bench/corpus/generate.mjs --count 10000 --out /tmp/corpus-10k [--seed 1]
//
// Deterministic for a given --count and --seed. Every unit, person and event is invented
// (names are in 张某某 form, units belong to the fictional 清风市); nothing comes from real
// bulletins. Select fields use the Chinese labels of content/model/labels.ts.
// This writes the export format directly (fast, for site-build and search benchmarks); to load
// the same corpus through the CMS's own write path, convert it with bench/corpus/to-import.mjs
// and run `npm run import` (bench/publish-full.mjs does both).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

// ---------- CLI ----------
function parseArgs(argv) {
  const opts = { count: 1000, out: null, seed: 1 }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2)
    const value = () => inline ?? argv[++i]
    if (flag === '--count') opts.count = Number(value())
    else if (flag === '--out') opts.out = value()
    else if (flag === '--seed') opts.seed = Number(value())
    else throw new Error(`unknown argument: ${argv[i]} (usage: generate.mjs --count N --out DIR [--seed S])`)
  }
  if (!opts.out) throw new Error('--out DIR is required')
  if (!Number.isInteger(opts.count) || opts.count < 20) throw new Error('--count must be an integer ≥ 20')
  if (!Number.isFinite(opts.seed)) throw new Error('--seed must be a number')
  return opts
}

// ---------- seeded PRNG (mulberry32) ----------
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
let rand = mulberry32(1)
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
const pick = (arr) => arr[Math.floor(rand() * arr.length)]
const chance = (p) => rand() < p
function pickSome(arr, lo, hi) {
  const copy = [...arr]
  const n = Math.min(copy.length, int(lo, hi))
  const out = []
  for (let i = 0; i < n; i++) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0])
  return out
}
const pad = (n, w = 2) => String(n).padStart(w, '0')

// ---------- labels (must equal content/model/labels.ts) ----------
const CATALOG_CATEGORIES = ['党务公开', '政务公开', '办事公开']
const CATALOG_DOMAINS = [
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
]
const CATALOG_CHANNELS = ['政府网站', '公开栏', '报刊', '政务新媒体', '政务服务大厅', '广播电视']
const AUDIENCES = ['全社会', '特定群体']
const VALIDITY = ['有效', '失效', '废止']
const VIOLATION_TYPES = [
  '违反政治纪律',
  '违反组织纪律',
  '违反廉洁纪律',
  '违反群众纪律',
  '违反工作纪律',
  '违反生活纪律',
  '违反中央八项规定精神',
]
const EIGHT_RULES_TYPES = [
  '违规收受礼品礼金',
  '公款旅游',
  '违规公款吃喝',
  '违规公款消费',
  '出入私人会所',
  '公车私用',
  '违规操办婚丧喜庆',
  '违规发放津补贴',
]
const PARTY_SANCTIONS = ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍']
const GOVERNMENT_SANCTIONS = ['警告', '记过', '记大过', '降级', '撤职', '开除']
/** How bulletins word each kind. */
const PARTY_WORDS = { 警告: '党内警告', 严重警告: '党内严重警告', 留党察看: '留党察看一年' }
const GOVERNMENT_WORDS = { 开除: '开除公职' }
const VENUE_TYPES = ['企业', '学校', '社区', '市场', '农村']
const OCCASIONS = ['元旦', '春节', '元宵', '清明', '五一', '端午', '中秋', '国庆(十一)']
const REMINDER_CHANNELS = ['网站', '短信', '微博', '微信']

// ---------- fictional phrase banks ----------
const REGIONS = [
  { region: '清风市本级', prefix: '清风市', short: '市', level: '市级' },
  { region: '青莲区', prefix: '青莲区', short: '区', level: '县(市、区)级' },
  { region: '松溪县', prefix: '松溪县', short: '县', level: '县(市、区)级' },
  { region: '竹山县', prefix: '竹山县', short: '县', level: '县(市、区)级' },
  { region: '白鹭区', prefix: '白鹭区', short: '区', level: '县(市、区)级' },
  { region: '明湖县', prefix: '明湖县', short: '县', level: '县(市、区)级' },
  { region: '兰亭市', prefix: '兰亭市', short: '市', level: '县(市、区)级' },
]
const TOWNS = [
  '竹林镇',
  '清溪镇',
  '石门街道',
  '桃源镇',
  '柳岸街道',
  '梅岭乡',
  '望江街道',
  '云台镇',
  '双桥镇',
  '杏花街道',
]
const VILLAGES = ['东山村', '西坡村', '南塘社区', '北岭村', '荷花社区', '新桥村', '古井村', '翠竹社区']
// Name, 索引号 letters and, where one is in use, the 简称 (content/model/searchTerms.ts): bulletins
// write 市住建局 as often as 市住房和城乡建设局, and search must find both.
const AGENCIES = [
  ['民政局', '民'],
  ['财政局', '财'],
  ['住房和城乡建设局', '建', '住建局'],
  ['住房公积金管理中心', '积', '公积金中心'],
  ['自然资源和规划局', '资', '自然资源规划局'],
  ['交通运输局', '交', '交通局'],
  ['水利局', '水'],
  ['农业农村局', '农'],
  ['卫生健康委员会', '卫', '卫健委'],
  ['教育局', '教'],
  ['市场监督管理局', '市监', '市场监管局'],
  ['人力资源和社会保障局', '人社', '人社局'],
  ['生态环境局', '环', '环保局'],
  ['审计局', '审'],
  ['医疗保障局', '医保', '医保局'],
  ['公共资源交易中心', '交易'],
  ['国有资产监督管理办公室', '国资', '国资办'],
  ['应急管理局', '应急', '应急局'],
  ['城市管理局', '城管', '城管局'],
  ['商务局', '商'],
  ['文化广电旅游体育局', '文旅', '文广旅体局'],
  ['退役军人事务局', '退役', '退役军人局'],
]
const SURNAMES =
  '张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文'.split(
    '',
  )
const POSITIONS = [
  '原局长',
  '原副局长',
  '原党组书记',
  '原科长',
  '原副主任',
  '原主任',
  '原财务科科长',
  '原办公室主任',
  '原工程科科长',
  '原所长',
  '原站长',
  '原副总经理',
]
const TOWN_POSITIONS = ['原党委书记', '原镇长', '原党委副书记', '原副镇长', '原街道办事处主任', '原财政所所长']
const VILLAGE_POSITIONS = ['原党支部书记', '原村委会主任', '原村务监督委员会主任', '原报账员', '原社区居委会主任']
const COMPANIES = [
  '清风建工集团',
  '松溪路桥公司',
  '青莲物业公司',
  '明湖医药公司',
  '白鹭环保科技公司',
  '竹山矿业公司',
  '兰亭商贸公司',
  '清风城投公司',
]
const SUBJECTS = [
  '综合政务',
  '财政、审计',
  '城乡建设',
  '国土资源、能源',
  '农业、林业、水利',
  '卫生、体育',
  '教育',
  '劳动、人事、监察',
  '市场监管、安全生产监管',
  '民政、扶贫、救灾',
  '交通',
]
const FACT_PHRASES = [
  (n, b) => `经查，${n}违反中央八项规定精神，${b}，并在节假日期间多次接受管理服务对象安排的宴请。`,
  (n) => `${n}利用职务上的便利，在工程建设招投标、政府采购等方面为他人谋取利益，非法收受他人财物，数额巨大。`,
  (n) => `${n}违规干预和插手PPP项目实施，造成国有资产损失人民币${int(50, 900)}万元。`,
  (n) => `${n}多次违规收受礼品礼金，共计折合人民币${int(2, 60)}万元。`,
  (n) => `${n}组织公款旅游，将差旅费用以会议费、培训费名义在单位报销。`,
  (n) => `${n}在住房公积金提取审批中违规办理业务，收受中介人员好处费。`,
  (n) => `${n}违反组织纪律，在组织函询时不如实说明问题，在干部选拔任用工作中为他人谋取利益。`,
  (n) => `${n}违反群众纪律，在低保、特困供养资格认定中优亲厚友，侵害群众利益。`,
  (n) => `${n}违反工作纪律，在“三公”经费管理中弄虚作假，虚列支出套取资金。`,
  (n) => `${n}违规使用公务用车办理私事，并长期占用下属单位车辆。`,
  (n) => `${n}违规操办其子婚宴，借机收受管理服务对象礼金。`,
  (n) => `${n}违规发放津补贴和奖金，涉及金额人民币${int(5, 80)}万元。`,
  (n) => `${n}出入私人会所，接受可能影响公正执行公务的高消费娱乐活动安排。`,
  (n) => `${n}在惠农补贴资金发放中截留挪用，用于个人开支。`,
  (n) => `${n}对抗组织审查，与他人串供，转移、隐匿违纪违法所得。`,
  (n) => `${n}违规在企业兼职取酬，利用职权影响为亲属经营活动谋取利益。`,
  (n) => `${n}违规设立“小金库”，用于发放福利和公务接待支出。`,
]
const POLICY_PHRASES = [
  '全面从严治党向纵深发展',
  '深入贯彻落实中央八项规定精神',
  '持续纠治“四风”问题',
  '坚持严的主基调不动摇',
  '一体推进不敢腐、不能腐、不想腐',
  '以案为鉴、以案促改、以案促治',
  '压紧压实管党治党政治责任',
  '强化对权力运行的制约和监督',
  '聚焦群众身边的不正之风和腐败问题',
  '加强新时代廉洁文化建设',
  '推动党务公开、政务公开、办事公开',
  '紧盯政府采购、工程建设招投标等重点领域',
  '规范PPP项目全过程管理',
  '欢迎社会各界通过12388举报网站和电话进行监督',
  '严格执行政府采购法及其实施条例',
  '落实“一岗双责”和“一案双查”',
  '把监督挺在前面，抓早抓小、防微杜渐',
  '深化运用监督执纪“四种形态”',
  '持续整治形式主义、官僚主义',
  '推进基层小微权力清单制度',
  '加强对“一把手”和领导班子的监督',
  '完善财政预决算公开和“三公”经费公开',
]
const SENTENCES = [
  (u) => `${u}党组高度重视，第一时间召开专题会议研究部署，明确责任分工和时间节点。`,
  (u) => `${u}结合工作实际，对照公开目录逐项梳理公开事项，做到应公开尽公开。`,
  () => `各单位要切实提高政治站位，把思想和行动统一到上级决策部署上来。`,
  () => `对于群众反映强烈的突出问题，要建立台账、挂图作战、逐项销号，确保整改到位。`,
  () => `要加强日常监督和专项检查，对发现的问题线索，按照干部管理权限及时移交处置。`,
  () => `本次公开内容涵盖项目名称、资金来源、预算金额、实施主体、完成时限和监督电话等要素。`,
  () => `对公开内容有疑问的，可在工作日内向公开主体咨询，也可通过12388反映问题。`,
  () => `坚持以公开促规范、以规范促廉洁，让权力在阳光下运行。`,
  (u) => `${u}纪检监察组全程跟踪监督，对履职不力、敷衍塞责的严肃追责问责。`,
  () => `会议通报了近期查处的违反中央八项规定精神典型问题，进行警示教育。`,
  () => `要紧盯元旦、春节等重要节点，严防违规收受礼品礼金、违规公款吃喝等问题反弹回潮。`,
  () => `项目采购严格按照政府采购程序实施，采购结果在政府网站和公共资源交易平台同步公开。`,
  () => `财政资金的分配、使用和绩效情况接受人大监督、审计监督和社会监督。`,
  () => `${pick(['市人大常委会', '市人民代表大会常务委员会'])}组织开展专题询问，推动问题整改落实。`,
  () => `邀请${pick(['政协委员', '中国人民政治协商会议清风市委员会委员'])}和特约监察员参与监督检查。`,
  () => `${pick(['市纪委监委', '市纪律检查委员会、市监察委员会'])}派驻纪检监察组加强日常监督。`,
  () => `镇村两级通过公开栏、政务新媒体等渠道及时公开村级财务收支和惠民资金发放情况。`,
  () => `要健全完善内控制度，规范权力运行流程，堵塞制度漏洞，防范廉政风险。`,
  () => `党员干部要严守纪律规矩，管好身边人身边事，自觉接受组织和群众监督。`,
  () => `全年共开展监督检查${int(5, 60)}次，发现并督促整改问题${int(10, 200)}个，问责${int(1, 20)}人。`,
  () => `涉及民生资金的项目，公示期不少于${int(5, 15)}个工作日，公示期满无异议后予以实施。`,
]

// ~700 Chinese characters of body text as sanitised HTML paragraphs.
function bodyHtml(unit, extra = [], target = 700) {
  const paras = []
  let len = 0
  let para = [...extra]
  for (const s of extra) len += s.length
  while (len < target) {
    const s = chance(0.35) ? `${pick(POLICY_PHRASES)}，${pick(POLICY_PHRASES)}。` : pick(SENTENCES)(unit)
    para.push(s)
    len += s.length
    if (para.length >= int(3, 5)) {
      paras.push(para.join(''))
      para = []
    }
  }
  if (para.length) paras.push(para.join(''))
  return paras.map((p) => `<p>${p}</p>`).join('')
}

function personName() {
  return `${pick(SURNAMES)}某${chance(0.15) ? '' : '某'}`
}

// dates between 2019-01-01 and 2026-11-20
const DAY = 86400000
const START = Date.UTC(2019, 0, 1)
const END = Date.UTC(2026, 10, 20)
function randomDate(from = START, to = END) {
  return new Date(from + Math.floor(rand() * ((to - from) / DAY)) * DAY)
}
const ymd = (d) => d.toISOString().slice(0, 10)
function stamps(publish) {
  const created = new Date(publish.getTime() - int(1, 10) * DAY + int(0, 9) * 3600000)
  const updated = new Date(publish.getTime() + int(0, 8) * 3600000 + (chance(0.1) ? int(1, 60) * DAY : 0))
  const firstPublishedAt = ymd(publish)
  const base = {
    createdAt: created.toISOString(),
    updatedAt: updated.toISOString(),
    firstPublishedAt,
    publicUpdatedAt: firstPublishedAt,
    changeLog: [],
  }
  if (chance(0.03)) {
    const d = ymd(new Date(publish.getTime() + int(3, 40) * DAY))
    base.publicUpdatedAt = d
    base.changeLog = [{ date: d, note: '更正正文中的数据表述错误。' }]
  }
  return base
}
function isoWeek(d) {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
  const dayNum = t.getUTCDay() || 7
  t.setUTCDate(t.getUTCDate() + 4 - dayNum)
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1)
  return `${t.getUTCFullYear()}-W${pad(Math.ceil(((t - yearStart) / DAY + 1) / 7))}`
}

// ---------- plan ----------
function plan(count) {
  const share = {
    departments: 0.03,
    'catalog-items': 0.03,
    bulletins: 0.04,
    themes: 0.02,
    reminders: 0.04,
    brands: 0.02,
    exemplars: 0.02,
    cases: 0.3,
    articles: 0.1,
  }
  const n = {}
  let used = 0
  for (const [k, v] of Object.entries(share)) {
    n[k] = Math.max(3, Math.round(count * v))
    used += n[k]
  }
  n.disclosures = count - used // ≈ 40 %
  return n
}

// ---------- generators ----------
function makeDepartments(n) {
  const out = []
  const seen = new Set()
  out.push({ name: '清风市纪委监委', abbr: '纪', region: REGIONS[0], level: '市级', parent: null })
  seen.add(out[0].name)
  let guard = 0
  while (out.length < n && guard++ < n * 50) {
    const r = pick(REGIONS)
    const roll = rand()
    let name,
      level,
      parent = null,
      abbr
    if (roll < 0.55) {
      const [agency, a] = pick(AGENCIES)
      name = `${r.prefix}${agency}`
      level = r.level
      abbr = a
    } else if (roll < 0.85 || r.region === '清风市本级') {
      name =
        r.region === '清风市本级'
          ? `清风市${pick(AGENCIES)[0]}${pick(['稽查支队', '服务中心', '监测站', '事务所'])}`
          : `${r.prefix}${pick(TOWNS)}人民政府`
      level = r.region === '清风市本级' ? '市级' : '镇(街道)级'
      abbr = '政'
    } else {
      name = `${r.prefix}${pick(TOWNS)}${pick(VILLAGES)}`
      level = '村(社区)级'
      abbr = '村'
    }
    if (seen.has(name)) continue
    seen.add(name)
    if (level !== '市级') {
      const parents = out.filter((d) => d.region === r && d.level !== '村(社区)级')
      parent = parents.length ? pick(parents) : null
    }
    const agency = AGENCIES.find(([full]) => name === `${r.prefix}${full}`)
    const aliases = agency?.[2] ? [`${r.prefix}${agency[2]}`] : []
    out.push({ name, abbr, region: r, level, parent, aliases })
  }
  return out.map((d, i) => {
    d.id = String(i + 1)
    d.code = `11330${pad(REGIONS.indexOf(d.region), 3)}MB${pad(i + 1, 7)}X`
    return d
  })
}

function main() {
  const opts = parseArgs(process.argv.slice(2))
  rand = mulberry32(opts.seed * 2654435761 + opts.count)
  const out = path.resolve(opts.out)
  fs.rmSync(out, { recursive: true, force: true })
  const n = plan(opts.count)
  const written = {}
  const write = (collection, doc) => {
    const dir = path.join(out, collection)
    if (!written[collection]) {
      fs.mkdirSync(dir, { recursive: true })
      written[collection] = 0
    }
    fs.writeFileSync(path.join(dir, `${doc.id}.json`), `${JSON.stringify(doc, null, 2)}\n`)
    written[collection]++
  }
  const ref = (d) => (d ? { id: d.id, name: d.name } : null)

  // departments
  const depts = makeDepartments(n.departments)
  for (const d of depts) {
    const t = randomDate(START, Date.UTC(2020, 0, 1))
    write('departments', {
      id: d.id,
      name: d.name,
      aliases: d.aliases ?? [],
      code: d.code,
      level: d.level,
      parent: ref(d.parent),
      region: d.region.region,
      description: `${d.name}（演示，虚构单位）。${pick(POLICY_PHRASES)}。`,
      ...stamps(t),
    })
  }
  const commission = depts[0]

  // catalog items
  const catalog = []
  const SECONDARY = [
    '采购意向',
    '采购结果',
    '中标候选人',
    '预算公开',
    '决算公开',
    '项目审批',
    '资金分配',
    '行政处罚',
    '整改落实',
    '干部任前公示',
    '考核结果',
    '权力清单',
    '补贴发放',
    '产权转让',
    '出让结果',
  ]
  for (let i = 1; i <= n['catalog-items']; i++) {
    const domain = pick(CATALOG_DOMAINS)
    const secondary = `${pick(SECONDARY)}${chance(0.5) ? '' : `（${pick(['市级', '县级', '乡镇', '村级'])}）`}`
    const dept = pick(depts)
    const days = chance(0.6) ? int(5, 20) : null
    const doc = {
      id: String(i),
      primaryItem: domain === '其他' ? '其他事项' : domain.replace(/"/g, ''),
      secondaryItem: secondary,
      category: pick(CATALOG_CATEGORIES),
      domain,
      content: `<p>${pick(['项目名称、预算金额、实施主体、完成时限。', '事项名称、办理依据、办理结果、监督电话。', '资金来源、分配标准、发放对象、发放金额。'])}</p>`,
      basis: pick([
        '《中华人民共和国政府采购法》',
        '《中华人民共和国政府信息公开条例》',
        '《中国共产党党务公开条例（试行）》',
        '《中华人民共和国招标投标法》',
      ]),
      timeLimit: {
        text: days ? `信息形成之日起${days}个工作日内` : pick(['实时更新', '每季度首月', '采购活动开始前30日']),
        workingDays: days,
      },
      procedure: '责任科室拟稿，分管领导审核，主要负责人审签后发布',
      department: ref(dept),
      channels: pickSome(CATALOG_CHANNELS, 1, 3),
      audience: pick(AUDIENCES),
      mode: chance(0.9) ? '主动公开' : '依申请公开',
      updateCycle: pick(['实时更新', '每季度', '每年', null]),
      ...stamps(randomDate(START, Date.UTC(2021, 0, 1))),
    }
    catalog.push({ id: doc.id, name: `${doc.primaryItem} / ${doc.secondaryItem}`, dept })
    write('catalog-items', doc)
  }

  // disclosures
  const serials = new Map()
  for (let i = 1; i <= n.disclosures; i++) {
    const item = pick(catalog)
    const dept = chance(0.6) ? item.dept : pick(depts)
    const publish = randomDate()
    const year = publish.getUTCFullYear()
    const key = `${dept.code}/${year}`
    serials.set(key, (serials.get(key) ?? 0) + 1)
    const [, secondary] = item.name.split(' / ')
    const title = `${dept.name}${year}年${pick(['', '第一季度', '第二季度', '第三季度', '第四季度', '上半年'])}${secondary}公开`
    write('disclosures', {
      id: String(i),
      title,
      catalogItem: { id: item.id, name: item.name },
      department: ref(dept),
      indexNumber: `${key}-${pad(serials.get(key), 5)}`,
      subject: pick(SUBJECTS),
      documentNumber: chance(0.7) ? `${dept.region.prefix.slice(0, 2)}${dept.abbr}〔${year}〕${int(1, 120)}号` : null,
      writtenDate: ymd(new Date(publish.getTime() - int(0, 10) * DAY)),
      publishDate: ymd(publish),
      keywords: `${secondary.replace(/（.*）/, '')} ${pick(['信息公开', '政府采购', '财政资金', '党务公开', '办事公开'])}`,
      validity: chance(0.85) ? '有效' : pick(VALIDITY),
      body: bodyHtml(dept.name, [
        `为进一步推进${pick(['党务', '政务', '办事'])}公开，现将${dept.name}${year}年${secondary}有关情况公开如下。`,
      ]),
      attachments: [],
      ...stamps(publish),
    })
  }

  // cases
  const cases = []
  for (let i = 1; i <= n.cases; i++) {
    const dept = pick(depts.slice(1))
    const person = personName()
    const position =
      dept.level === '镇(街道)级'
        ? pick(TOWN_POSITIONS)
        : dept.level === '村(社区)级'
          ? pick(VILLAGE_POSITIONS)
          : pick(POSITIONS)
    // Every third case names its unit by the 简称 (no draw from the generator: the rest stays as it was).
    const fullLocal = dept.name.slice(dept.region.prefix.length).replace(/人民政府$/, '')
    const short = i % 3 === 0 ? AGENCIES.find(([full]) => full === fullLocal)?.[2] : undefined
    const local = short ?? fullLocal
    const shortUnit = dept.level === '市级' || dept.level === '县(市、区)级' ? `${dept.region.short}${local}` : local
    const violations = pickSome(VIOLATION_TYPES, 1, 3)
    const eight = violations.includes('违反中央八项规定精神') ? pickSome(EIGHT_RULES_TYPES, 1, 3) : []
    const serious = chance(0.35)
    const headline = serious ? '严重违纪违法问题' : eight.length ? `${eight[0]}问题` : `${violations[0]}问题`
    const title = `${dept.region.prefix}${local}${position}${person}${headline}`
    const decision = randomDate()
    const facts = []
    if (eight.length) facts.push(FACT_PHRASES[0](person, eight.join('、')))
    for (const f of pickSome(FACT_PHRASES.slice(1), 3, 6)) facts.push(f(person))
    const party = serious ? pick(['留党察看', '开除党籍']) : pick(PARTY_SANCTIONS)
    const gov = serious ? pick(['撤职', '开除']) : chance(0.7) ? pick(GOVERNMENT_SANCTIONS.slice(0, 4)) : null
    // Drawn in the order the generator always drew them, so the rest of the corpus stays as it was.
    const factsHtml = bodyHtml(dept.name, [
      facts.join(''),
      `${person}身为党员领导干部，${pick(['理想信念缺失', '纪法意识淡薄', '目无法纪'])}，${pick(['性质恶劣、情节严重', '应予严肃处理', '且在党的十八大后不收敛、不收手'])}。依据《中国共产党纪律处分条例》等有关规定，经${dept.region.prefix}纪委常委会会议研究，决定给予${person}${party}处分${gov ? `，给予政务${gov}处分` : ''}。`,
    ])
    const referred = serious && chance(0.7)
    const confiscation = chance(0.6) ? `违纪${serious ? '违法' : ''}所得人民币${int(1, 300)}万元` : null
    const accountability = chance(0.3) ? `对${shortUnit}党组主要负责人进行诫勉谈话。` : null
    const doc = {
      id: String(i),
      title,
      persons: [
        {
          name: person,
          unit: shortUnit,
          position,
          partyMember: null,
          partySanction: { published: PARTY_WORDS[party] ?? party, value: party, years: null },
          governmentSanction: gov ? { published: GOVERNMENT_WORDS[gov] ?? `政务${gov}`, value: gov } : null,
          measures: [],
          otherMeasures: confiscation ? [confiscation] : [],
          referred,
          criminalOutcome: null,
        },
      ],
      department: ref(dept),
      level: dept.level,
      cadreLevel: null,
      region: dept.region.region,
      violationTypes: violations,
      eightRulesTypes: eight,
      facts: factsHtml,
      accountability,
      // Most bulletins publish the month only; every fourth case here is dated by its month.
      decisionDate:
        i % 4 === 0
          ? {
              value: ymd(decision).slice(0, 7),
              published: `${decision.getUTCFullYear()}年${decision.getUTCMonth() + 1}月`,
            }
          : {
              value: ymd(decision),
              published: `${decision.getUTCFullYear()}年${decision.getUTCMonth() + 1}月${decision.getUTCDate()}日`,
            },
      source: { kind: '本级查处', issuer: null, title: null, date: null, url: null },
      ...stamps(new Date(decision.getTime() + int(0, 20) * DAY)),
    }
    cases.push({ id: doc.id, name: title, decision })
    write('cases', doc)
  }

  // bulletins: quarterly ones are unique per (year, quarter)
  const quarters = []
  for (let y = 2026; y >= 2019; y--) for (let q = 4; q >= 1; q--) if (!(y === 2026 && q === 4)) quarters.push([y, q])
  const CN_Q = ['', '第一', '第二', '第三', '第四']
  for (let i = 1; i <= n.bulletins; i++) {
    const quarterly = i <= quarters.length && chance(0.5) ? quarters[i - 1] : null
    const kind = quarterly ? '季度警示通报' : pick(['典型案例通报', '专项通报'])
    const year = quarterly ? quarterly[0] : int(2019, 2026)
    const publish = quarterly
      ? new Date(Date.UTC(year, quarterly[1] * 3, int(5, 20)))
      : randomDate(Date.UTC(year, 0, 1), Math.min(Date.UTC(year, 11, 28), END))
    const issuer = chance(0.7) ? commission : pick(depts)
    const topic = pick([
      '违反中央八项规定精神',
      '群众身边不正之风和腐败',
      '形式主义官僚主义',
      '政府采购领域违纪违法',
      '工程建设领域腐败',
      '违规收受礼品礼金',
      '公款旅游',
    ])
    const title = quarterly
      ? `${issuer.name}${year}年${CN_Q[quarterly[1]]}季度警示通报`
      : `${issuer.name}关于${int(3, 6)}起${topic}${kind === '专项通报' ? '问题的专项通报' : '典型问题的通报'}`
    write('bulletins', {
      id: String(i),
      title,
      kind,
      year,
      quarter: quarterly ? quarterly[1] : null,
      issuer: ref(issuer),
      cases: pickSome(cases, 2, 6).map((c) => ({ id: c.id, name: c.name })),
      causeAnalysis: bodyHtml(
        issuer.name,
        ['一是理想信念动摇，宗旨意识淡薄；二是权力监督缺位，制度执行不严；三是心存侥幸，顶风违纪。'],
        350,
      ),
      requirements: `<ol><li>以案为鉴、以案促改。</li><li>严格落实中央八项规定精神。</li><li>${pick(POLICY_PHRASES)}。</li></ol>${bodyHtml(issuer.name, [], 300)}`,
      publishDate: ymd(publish),
      ...stamps(publish),
    })
  }

  // themes: one per month, counting back from 2026-11
  const THEME_TITLES = [
    '廉洁用权 从我做起',
    '清风传家 廉洁齐家',
    '严守纪律 警钟长鸣',
    '廉洁文化进万家',
    '纠治四风 树立新风',
    '以案为鉴 筑牢防线',
    '崇廉拒腐 干净担当',
    '阳光公开 群众监督',
  ]
  for (let i = 1; i <= n.themes; i++) {
    const m = 2026 * 12 + 10 - (i - 1)
    const year = Math.floor(m / 12),
      month = (m % 12) + 1
    const d = new Date(Date.UTC(year, month - 1, 1))
    write('themes', {
      id: String(i),
      month: `${year}-${pad(month)}`,
      title: `${pick(THEME_TITLES)}（${year}年${month}月）`,
      summary: `${month}月主题聚焦${pick(['工程建设和政府采购领域的廉洁用权', '家风建设', '节日期间纠治四风', '基层小微权力监督', '年轻干部廉洁教育'])}，开展宣讲进企业、进学校、进社区。`,
      body: bodyHtml(commission.name),
      activities: Array.from({ length: int(1, 4) }, () => ({
        venueType: pick(VENUE_TYPES),
        date: ymd(new Date(d.getTime() + int(0, 27) * DAY)),
        place: pick([
          ...COMPANIES,
          '清风市第一中学',
          '松溪县实验小学',
          `${pick(TOWNS)}${pick(VILLAGES)}`,
          '青莲农贸市场',
        ]),
        description: pick([
          '廉洁从业专题宣讲',
          '廉洁文化进校园',
          '家风家教故事分享会',
          '警示教育片观看',
          '廉政法规知识竞赛',
        ]),
      })),
      materials: [{ title: '中国共产党纪律处分条例（学习版）', file: null, url: 'https://www.12388.gov.cn/' }],
      ...stamps(d),
    })
  }

  // reminders: one per ISO week, counting back from 2026-11-16 (a Monday)
  const OCC_TEXT = {
    元旦: '元旦',
    春节: '春节',
    元宵: '元宵节',
    清明: '清明节',
    五一: '五一',
    端午: '端午节',
    中秋: '中秋节',
    '国庆(十一)': '国庆',
  }
  for (let i = 1; i <= n.reminders; i++) {
    const d = new Date(Date.UTC(2026, 10, 16) - (i - 1) * 7 * DAY)
    const occasion = chance(0.4) ? pick(OCCASIONS) : null
    const lead = occasion ? `${OCC_TEXT[occasion]}将至，` : ''
    write('reminders', {
      id: String(i),
      week: isoWeek(d),
      title: occasion ? `${OCC_TEXT[occasion]}廉洁提醒` : chance(0.5) ? '每周廉洁提醒' : null,
      message: `${lead}请严格遵守中央八项规定精神，不${pick(['收受礼品礼金', '违规公款吃喝', '公车私用', '组织公款旅游'])}，不${pick(['出入私人会所', '违规操办婚丧喜庆', '违规发放津补贴'])}。举报电话12388。`,
      body: chance(0.6) ? bodyHtml(commission.name, [], 300) : null,
      occasion,
      channels: pickSome(REMINDER_CHANNELS, 1, 4),
      ...stamps(d),
    })
  }

  // brands
  const BRAND_WORDS = ['清风', '青莲', '竹韵', '松风', '明镜', '兰馨', '鹭影', '荷韵', '梅骨', '溪清']
  for (let i = 1; i <= n.brands; i++) {
    const dept = pick(depts)
    write('brands', {
      id: String(i),
      name: `${pick(BRAND_WORDS)}${pick(BRAND_WORDS)}·${pick(['廉韵', '家风', '清廉', '守正'])}${i}`,
      region: dept.region.region,
      department: ref(dept),
      summary: `${dept.region.prefix}打造${pick(['廉政文化长廊', '家风馆', '清廉村居示范点', '廉洁文化主题公园'])}，推进“一地一品牌、一区一特色”。`,
      body: bodyHtml(dept.name),
      image: null,
      ...stamps(randomDate()),
    })
  }

  // exemplars
  for (let i = 1; i <= n.exemplars; i++) {
    const r = pick(REGIONS.slice(1))
    const person = personName()
    write('exemplars', {
      id: String(i),
      name: person,
      unitPosition: `${r.prefix}${pick(TOWNS)}${pick(['党委书记', '纪委书记', '财政所所长', '便民服务中心主任'])}`,
      year: int(2019, 2025),
      summary: `扎根基层${int(5, 30)}年，清正廉洁、勤政为民。`,
      body: bodyHtml(r.prefix, [
        `${person}带领群众发展${pick(['竹产业', '茶产业', '乡村旅游', '生态农业'])}，从不接受宴请。`,
      ]),
      photo: null,
      ...stamps(randomDate()),
    })
  }

  // articles
  for (let i = 1; i <= n.articles; i++) {
    const kind = chance(0.7) ? '工作动态' : '廉政文化'
    const dept = chance(0.5) ? commission : pick(depts)
    const publish = randomDate()
    const year = publish.getUTCFullYear()
    const title =
      kind === '工作动态'
        ? `${dept.name}${pick(['召开', '部署', '开展'])}${year}年${pick(['党风廉政建设工作会议', '政府采购领域专项整治', '“三公”经费专项检查', '纠治四风专项行动', '警示教育大会', 'PPP项目监督检查'])}`
        : `${pick(['廉洁家风', '清风故事', '廉政文化'])}｜${pick(['一封家书', '老支书的账本', '“不收礼”的村干部', '竹林里的清风', '一碗清水'])}（${i}）`
    write('articles', {
      id: String(i),
      title,
      kind,
      summary: `${pick(POLICY_PHRASES)}。`,
      body: bodyHtml(dept.name),
      publishDate: ymd(publish),
      source: dept.name,
      cover: null,
      ...stamps(publish),
    })
  }

  // calendar (public holiday notices) and hand-written MDX pages from the repo
  const calSrc = path.join(repoRoot, 'tests/fixtures/content/calendar')
  if (fs.existsSync(calSrc)) fs.cpSync(calSrc, path.join(out, 'calendar'), { recursive: true })
  fs.cpSync(path.join(repoRoot, 'content/pages'), path.join(out, 'pages'), {
    recursive: true,
    filter: (src) => fs.statSync(src).isDirectory() || src.endsWith('.mdx'),
  })

  const total = Object.values(written).reduce((a, b) => a + b, 0)
  const layout = {
    generator: 'bench/corpus/generate.mjs',
    count: opts.count,
    seed: opts.seed,
    documents: total,
    collections: written,
    urls: 'each document is at /<collection>/<id>/, ids are 1..n per collection',
  }
  fs.writeFileSync(path.join(out, 'corpus.json'), `${JSON.stringify(layout, null, 2)}\n`)
  console.log(
    `wrote ${total} documents to ${out}: ${Object.entries(written)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  )
}

main()
