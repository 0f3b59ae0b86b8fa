/**
 * 案例: fictional disciplinary cases in the form real bulletins use (张某某, never a real
 * name). Together they cover the six disciplines, every 八项规定 sub-type, every 党纪处分
 * and 政务处分, all four levels, and decisions in every quarter of 2024–2026.
 */
import type { Block } from '../lexical'
import type { CaseSeed, GovernmentSanction, PartySanction } from '../types'

const PARTY: Record<PartySanction, string> = {
  warning: '党内警告',
  'serious-warning': '党内严重警告',
  removal: '撤销党内职务',
  probation: '留党察看一年',
  expulsion: '开除党籍',
}

const GOVERNMENT: Record<GovernmentSanction, string> = {
  warning: '政务警告',
  demerit: '政务记过',
  'major-demerit': '政务记大过',
  demotion: '政务降级',
  dismissal: '政务撤职',
  expulsion: '开除公职',
}

/** The closing sentence of a bulletin entry, from the structured disposition. */
function disposition(c: Omit<CaseSeed, 'facts'>): string {
  const sanctions = [c.partySanction && PARTY[c.partySanction], c.governmentSanction && GOVERNMENT[c.governmentSanction]]
    .filter(Boolean)
    .join('、')
  let text = `${c.subject}受到${sanctions}处分`
  if (c.confiscation) text += `，${c.confiscation}`
  if (c.referred) text += '，涉嫌犯罪问题被移送检察机关依法审查起诉，所涉财物随案移送'
  return `${text}。`
}

type CaseInput = Omit<CaseSeed, 'facts'> & { facts: string; analysis?: string }

const kase = ({ facts, analysis, ...rest }: CaseInput): CaseSeed => {
  const blocks: Block[] = [facts]
  if (analysis) blocks.push(analysis)
  blocks.push(disposition(rest))
  return { ...rest, facts: blocks }
}

const SERIOUS =
  '身为党员领导干部，丧失理想信念，背弃初心使命，严重破坏所在地区（单位）政治生态，且在党的十八大后不收敛、不收手，性质严重，影响恶劣，应予严肃处理。'

export const cases: CaseSeed[] = [
  // —— 2024 ——
  kase({
    title: '清风市交通运输局原党组成员、副局长刘某某严重违纪违法问题',
    subject: '刘某某', unitPosition: '清风市交通运输局原党组成员、副局长', department: '清风市交通运输局',
    level: 'city', region: '清风市本级', violationTypes: ['political', 'eight-rules', 'integrity', 'work'], eightRulesTypes: ['gifts', 'dining'],
    facts: '经查，刘某某对抗组织审查；违反中央八项规定精神，多次接受可能影响公正执行公务的宴请，收受礼品礼金；违反廉洁纪律，利用职权为其亲属经营活动谋取利益；违反工作纪律，违规干预插手公路养护工程招投标活动；利用职务上的便利，在工程承揽、工程款拨付等方面为他人谋取利益，非法收受他人财物，数额特别巨大。',
    analysis: `刘某某${SERIOUS}`,
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2024-01-18',
  }),
  kase({
    title: '松溪县白沙镇石桥村原党支部书记、村委会主任陈某侵占集体资金问题',
    subject: '陈某', unitPosition: '松溪县白沙镇石桥村原党支部书记、村委会主任', department: '白沙镇石桥村',
    level: 'village', region: '松溪县', violationTypes: ['mass', 'integrity'],
    facts: '经查，2019年至2023年，陈某违反群众纪律，在茶园流转补助发放中优亲厚友；利用职务上的便利，采取虚列开支、重复报销等方式侵占村集体资金18.4万元。',
    partySanction: 'expulsion', referred: true, confiscation: '被责令退缴侵占的集体资金18.4万元', decisionDate: '2024-02-27',
    accountability: '白沙镇党委对石桥村"三资"管理监督不力，镇党委副书记孙某某受到诫勉处理。',
  }),
  kase({
    title: '翠湖区城市管理局执法大队原中队长黄某违规公款吃喝问题',
    subject: '黄某', unitPosition: '翠湖区城市管理局执法大队原中队长', department: '翠湖区城市管理局',
    level: 'county', region: '翠湖区', violationTypes: ['eight-rules'], eightRulesTypes: ['dining'],
    facts: '经查，2023年9月至12月，黄某以工作检查为名，多次安排下属在辖区餐馆违规公款吃喝，费用共计1.2万元，通过虚开办公用品发票在单位报销。',
    partySanction: 'warning', governmentSanction: 'demerit', confiscation: '违规报销的1.2万元已被责令退赔', decisionDate: '2024-03-21',
  }),
  kase({
    title: '竹山县卫生健康局原党组书记、局长周某某严重违纪违法问题',
    subject: '周某某', unitPosition: '竹山县卫生健康局原党组书记、局长', department: '竹山县卫生健康局',
    level: 'county', region: '竹山县', violationTypes: ['political', 'organizational', 'integrity', 'eight-rules'], eightRulesTypes: ['gifts', 'clubs'],
    facts: '经查，周某某与他人串供、转移赃款，对抗组织审查；违反中央八项规定精神，多次出入私人会所，收受礼品礼金；违反组织纪律，在干部选拔任用中为他人谋取利益；违反廉洁纪律，收受可能影响公正执行公务的礼品；利用职务上的便利，在医疗设备采购、药品配送等方面为他人谋取利益，非法收受他人财物，数额巨大。',
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2024-04-16',
  }),
  kase({
    title: '梅岭市桃源镇农业综合服务中心原主任吴某违规发放津补贴问题',
    subject: '吴某', unitPosition: '梅岭市桃源镇农业综合服务中心原主任', department: '梅岭市桃源镇',
    level: 'town', region: '梅岭市', violationTypes: ['eight-rules'], eightRulesTypes: ['allowances'],
    facts: '经查，2022年至2023年，吴某以加班补助、下乡补贴名义，违规向中心工作人员发放津补贴共计4.6万元，其本人领取0.7万元。',
    partySanction: 'serious-warning', governmentSanction: 'major-demerit', confiscation: '违规发放的津补贴已全部清退', decisionDate: '2024-05-22',
  }),
  kase({
    title: '清风市住房公积金管理中心贷款审批科原科长孙某某违反工作纪律问题',
    subject: '孙某某', unitPosition: '清风市住房公积金管理中心贷款审批科原科长', department: '清风市住房公积金管理中心',
    level: 'city', region: '清风市本级', violationTypes: ['work', 'integrity'],
    facts: '经查，孙某某违反工作纪律，对11笔不符合条件的公积金贷款申请违规审批通过，造成公积金贷款资金风险；违反廉洁纪律，接受贷款中介安排的外出旅游活动。',
    partySanction: 'serious-warning', governmentSanction: 'demotion', decisionDate: '2024-06-12',
    accountability: '中心分管副主任朱某某履行监督管理职责不力，受到诫勉处理。',
  }),
  kase({
    title: '青莲区教育局原副局长郑某某违规操办婚丧喜庆事宜问题',
    subject: '郑某某', unitPosition: '青莲区教育局原副局长', department: '青莲区教育局',
    level: 'county', region: '青莲区', violationTypes: ['eight-rules'], eightRulesTypes: ['weddings'],
    facts: '经查，2024年5月，郑某某在为其子操办婚礼过程中，违规邀请管理服务对象参加，收受辖区学校负责人等人礼金共计3.8万元。',
    partySanction: 'warning', confiscation: '违规收受的礼金已全部退还', decisionDate: '2024-07-10',
  }),
  kase({
    title: '清风市自然资源和规划局原党组成员、副局长马某某严重违纪违法问题',
    subject: '马某某', unitPosition: '清风市自然资源和规划局原党组成员、副局长', department: '清风市自然资源和规划局',
    level: 'city', region: '清风市本级', violationTypes: ['political', 'integrity', 'eight-rules', 'life'], eightRulesTypes: ['gifts', 'travel'],
    facts: '经查，马某某搞迷信活动，对抗组织审查；违反中央八项规定精神，接受管理服务对象安排的旅游活动，收受礼品礼金；违反廉洁纪律，违规从事营利活动；违反生活纪律，生活奢靡、贪图享乐；利用职务上的便利，在土地出让、规划指标调整等方面为他人谋取利益，非法收受他人财物，数额特别巨大。',
    analysis: `马某某${SERIOUS}`,
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2024-08-20',
  }),
  kase({
    title: '翠湖区湖滨街道柳岸社区原居委会副主任杨某优亲厚友问题',
    subject: '杨某', unitPosition: '翠湖区湖滨街道柳岸社区原居委会副主任（非中共党员）', department: '湖滨街道柳岸社区',
    level: 'village', region: '翠湖区', violationTypes: ['mass'],
    facts: '经查，杨某违反群众纪律，在2023年度困难群众临时救助审核工作中优亲厚友，违规为不符合条件的2名亲属办理临时救助，金额共计1.1万元。',
    governmentSanction: 'warning', confiscation: '违规发放的救助资金已全部追回', decisionDate: '2024-09-13',
  }),
  kase({
    title: '松溪县交通运输局原局长何某某公车私用问题',
    subject: '何某某', unitPosition: '松溪县交通运输局原局长', department: '松溪县交通运输局',
    level: 'county', region: '松溪县', violationTypes: ['eight-rules'], eightRulesTypes: ['car'],
    facts: '经查，2024年国庆假期期间，何某某违规驾驶单位公务用车往返外省探亲，产生油费、过路费等费用共计2,360元。',
    partySanction: 'serious-warning', governmentSanction: 'demerit', confiscation: '相关费用已由其个人承担', decisionDate: '2024-10-15',
  }),
  kase({
    title: '清风市第一人民医院原副院长林某某严重违纪违法问题',
    subject: '林某某', unitPosition: '清风市第一人民医院原党委委员、副院长', department: '清风市第一人民医院',
    level: 'city', region: '清风市本级', violationTypes: ['political', 'integrity', 'eight-rules', 'work'], eightRulesTypes: ['gifts', 'dining'],
    facts: '经查，林某某对抗组织审查；违反中央八项规定精神，频繁接受医药代表宴请，收受礼品礼金；违反廉洁纪律，收受医疗器械供应商所送购物卡；违反工作纪律，违规干预医院设备采购评审；利用职务上的便利，在医疗设备采购、耗材准入等方面为他人谋取利益，非法收受他人财物，数额巨大。',
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2024-11-19',
    accountability: '医院党委落实全面从严治党主体责任不力，院党委书记受到党内警告处分。',
  }),
  kase({
    title: '竹山县云雾镇原党委委员、副镇长罗某违反组织纪律、工作纪律问题',
    subject: '罗某', unitPosition: '竹山县云雾镇原党委委员、副镇长', department: '竹山县云雾镇',
    level: 'town', region: '竹山县', violationTypes: ['organizational', 'work'],
    facts: '经查，罗某违反组织纪律，在个人有关事项报告中隐瞒其配偶经商情况；违反工作纪律，干预插手镇村道路硬化工程项目，为其亲属承揽工程提供便利。',
    partySanction: 'removal', governmentSanction: 'dismissal', decisionDate: '2024-12-18',
  }),
  // —— 2025 Q1–Q3 ——
  kase({
    title: '梅岭市财政局原党组成员、副局长高某某违规收受礼品礼金问题',
    subject: '高某某', unitPosition: '梅岭市财政局原党组成员、副局长', department: '梅岭市财政局',
    level: 'county', region: '梅岭市', violationTypes: ['eight-rules', 'integrity'], eightRulesTypes: ['gifts'],
    facts: '经查，2021年至2024年春节、中秋期间，高某某多次收受管理服务对象所送礼金、购物卡，共计6.5万元。',
    partySanction: 'serious-warning', governmentSanction: 'demotion', confiscation: '违规收受的6.5万元被收缴', decisionDate: '2025-01-14',
  }),
  kase({
    title: '清风市民政局社会救助处原处长徐某某严重违纪违法问题',
    subject: '徐某某', unitPosition: '清风市民政局社会救助处原处长', department: '清风市民政局',
    level: 'city', region: '清风市本级', violationTypes: ['political', 'integrity', 'mass'],
    facts: '经查，徐某某对抗组织审查；违反廉洁纪律，收受社会救助服务机构所送礼金；违反群众纪律，在困难群众救助资金分配中搞"人情保""关系保"；利用职务上的便利，为相关服务机构承接政府购买服务项目提供帮助，非法收受他人财物，数额巨大。',
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2025-02-25',
  }),
  kase({
    title: '松溪县白沙镇柳溪村原党支部书记赵某违规公款吃喝、虚报冒领补贴问题',
    subject: '赵某', unitPosition: '松溪县白沙镇柳溪村原党支部书记', department: '白沙镇柳溪村',
    level: 'village', region: '松溪县', violationTypes: ['eight-rules', 'mass'], eightRulesTypes: ['dining'],
    facts: '经查，赵某违反中央八项规定精神，多次以村集体资金支付宴请费用共计1.9万元；违反群众纪律，虚报耕地地力保护补贴面积，冒领补贴资金1.3万元。',
    partySanction: 'probation', confiscation: '被责令退缴违纪款项3.2万元', decisionDate: '2025-03-18',
  }),
  kase({
    title: '清风市市场监督管理局原四级调研员冯某某出入私人会所问题',
    subject: '冯某某', unitPosition: '清风市市场监督管理局原四级调研员', department: '清风市市场监督管理局',
    level: 'city', region: '清风市本级', violationTypes: ['eight-rules'], eightRulesTypes: ['clubs', 'dining'],
    facts: '经查，2023年至2024年，冯某某多次出入设在某企业内部的私人会所，接受企业负责人安排的宴请。',
    partySanction: 'serious-warning', governmentSanction: 'major-demerit', decisionDate: '2025-04-15',
  }),
  kase({
    title: '青莲区住房和城乡建设局原党组书记、局长谢某某严重违纪违法问题',
    subject: '谢某某', unitPosition: '青莲区住房和城乡建设局原党组书记、局长', department: '青莲区住房和城乡建设局',
    level: 'county', region: '青莲区', violationTypes: ['political', 'organizational', 'integrity', 'eight-rules'], eightRulesTypes: ['gifts'],
    facts: '经查，谢某某对抗组织审查；违反中央八项规定精神，收受礼品礼金；违反组织纪律，不如实报告个人有关事项；违反廉洁纪律，利用职权为其亲属承揽工程提供帮助；利用职务上的便利，在老旧小区改造、工程验收等方面为他人谋取利益，非法收受他人财物，数额特别巨大。',
    analysis: `谢某某${SERIOUS}`,
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2025-05-20',
  }),
  kase({
    title: '翠湖区农业农村局原副局长韩某某违反工作纪律问题',
    subject: '韩某某', unitPosition: '翠湖区农业农村局原副局长', department: '翠湖区农业农村局',
    level: 'county', region: '翠湖区', violationTypes: ['work'],
    facts: '经查，韩某某违反工作纪律，在高标准农田建设项目验收中把关不严，对未按设计施工的3个标段签字验收，造成财政资金损失。',
    partySanction: 'warning', governmentSanction: 'demerit', decisionDate: '2025-06-17',
    accountability: '翠湖区农业农村局党组书记、局长对项目监管负有领导责任，受到批评教育。',
  }),
  kase({
    title: '清风市教育局原党组成员、副局长唐某某违规公款旅游问题',
    subject: '唐某某', unitPosition: '清风市教育局原党组成员、副局长', department: '清风市教育局',
    level: 'city', region: '清风市本级', violationTypes: ['eight-rules'], eightRulesTypes: ['travel'],
    facts: '经查，2024年8月，唐某某以考察学习为名，带领部分学校负责人到外省景区旅游，相关费用6.8万元由某教育装备企业承担。',
    partySanction: 'serious-warning', governmentSanction: 'demotion', confiscation: '个人应承担的费用已被责令退赔', decisionDate: '2025-07-16',
  }),
  kase({
    title: '松溪县自然资源局原局长许某某严重违纪违法问题',
    subject: '许某某', unitPosition: '松溪县自然资源局原党组书记、局长', department: '松溪县自然资源局',
    level: 'county', region: '松溪县', violationTypes: ['political', 'integrity', 'work', 'eight-rules'], eightRulesTypes: ['gifts', 'travel'],
    facts: '经查，许某某对抗组织审查；违反中央八项规定精神，接受矿山企业安排的旅游，收受礼品礼金；违反廉洁纪律，违规持有非上市公司股份；违反工作纪律，违规干预采矿权出让；利用职务上的便利，在矿产资源开发、土地审批等方面为他人谋取利益，非法收受他人财物，数额特别巨大。',
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2025-08-19',
  }),
  kase({
    title: '青莲区明月街道荷塘社区原党委书记曹某某违规操办婚丧喜庆事宜问题',
    subject: '曹某某', unitPosition: '青莲区明月街道荷塘社区原党委书记', department: '明月街道荷塘社区',
    level: 'village', region: '青莲区', violationTypes: ['eight-rules'], eightRulesTypes: ['weddings'],
    facts: '经查，2025年6月，曹某某在其父亲丧事中大操大办，宴请30余桌，收受辖区商户、物业企业负责人礼金共计2.4万元。',
    partySanction: 'warning', confiscation: '违规收受的礼金已全部退还', decisionDate: '2025-09-16',
  }),
  // —— 2025 Q4 ——
  kase({
    title: '清风市城市投资发展集团有限公司原党委副书记、总经理邓某某严重违纪违法问题',
    subject: '邓某某', unitPosition: '清风市城市投资发展集团有限公司原党委副书记、总经理', department: '清风市城市投资发展集团有限公司',
    level: 'city', region: '清风市本级', violationTypes: ['political', 'integrity', 'eight-rules', 'work'], eightRulesTypes: ['gifts', 'clubs'],
    facts: '经查，邓某某对抗组织审查；违反中央八项规定精神，出入私人会所，收受礼品礼金；违反廉洁纪律，利用职务影响为其亲属经营活动谋取利益；违反工作纪律，违规决策国有股权转让事项，造成国有资产损失；利用职务上的便利，在工程承揽、资产处置等方面为他人谋取利益，非法收受他人财物，数额特别巨大。',
    analysis: `邓某某${SERIOUS}`,
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2025-10-14',
    accountability: '集团公司党委落实主体责任不力，党委书记受到诫勉处理；集团纪委履行监督责任不到位，纪委书记受到批评教育。',
  }),
  kase({
    title: '竹山县水利局原党组成员、副局长彭某违规公款消费问题',
    subject: '彭某', unitPosition: '竹山县水利局原党组成员、副局长', department: '竹山县水利局',
    level: 'county', region: '竹山县', violationTypes: ['eight-rules'], eightRulesTypes: ['consumption'],
    facts: '经查，2024年至2025年，彭某安排下属以会议费名义在酒店报销高档烟酒等消费支出共计3.6万元。',
    partySanction: 'serious-warning', governmentSanction: 'major-demerit', confiscation: '违规报销款项已被责令退赔', decisionDate: '2025-10-28',
  }),
  kase({
    title: '清风市公共资源交易中心原副主任曾某某违反工作纪律、廉洁纪律问题',
    subject: '曾某某', unitPosition: '清风市公共资源交易中心原副主任', department: '清风市公共资源交易中心',
    level: 'city', region: '清风市本级', violationTypes: ['work', 'integrity'],
    facts: '经查，曾某某违反工作纪律，向投标人泄露评标专家抽取信息；违反廉洁纪律，收受投标企业所送购物卡共计2.8万元。',
    partySanction: 'removal', governmentSanction: 'dismissal', confiscation: '违规收受的2.8万元被收缴', decisionDate: '2025-11-11',
  }),
  kase({
    title: '松溪县溪口镇原党委副书记、镇长肖某某违反中央八项规定精神问题',
    subject: '肖某某', unitPosition: '松溪县溪口镇原党委副书记、镇长', department: '松溪县溪口镇',
    level: 'town', region: '松溪县', violationTypes: ['eight-rules'], eightRulesTypes: ['dining', 'allowances'],
    facts: '经查，肖某某多次在镇属企业食堂组织违规公款吃喝，费用由企业承担；以"乡村振兴专项补助"名义违规向镇机关干部发放津补贴共计11.2万元。',
    partySanction: 'serious-warning', governmentSanction: 'demotion', confiscation: '违规发放的津补贴已全部清退', decisionDate: '2025-11-25',
  }),
  kase({
    title: '松溪县溪口镇枫林村原村委会主任田某侵害群众利益问题',
    subject: '田某', unitPosition: '松溪县溪口镇枫林村原村委会主任', department: '溪口镇枫林村',
    level: 'village', region: '松溪县', violationTypes: ['mass', 'integrity'],
    facts: '经查，田某违反群众纪律，在征地拆迁补偿中虚报附着物数量，骗取补偿款；违反廉洁纪律，向拆迁户索要"好处费"，涉案金额共计26.7万元。',
    partySanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2025-12-09',
  }),
  kase({
    title: '清风市人力资源和社会保障局原副处长董某违反生活纪律问题',
    subject: '董某', unitPosition: '清风市人力资源和社会保障局原副处长', department: '清风市人力资源和社会保障局',
    level: 'city', region: '清风市本级', violationTypes: ['life'],
    facts: '经查，董某违反生活纪律，与他人发生不正当性关系，造成不良社会影响。',
    partySanction: 'probation', governmentSanction: 'dismissal', decisionDate: '2025-12-23',
  }),
  // —— 2026 Q1 ——
  kase({
    title: '清风市住房和城乡建设局原副局长张某某严重违纪违法问题',
    subject: '张某某', unitPosition: '清风市住房和城乡建设局原党组成员、副局长', department: '清风市住房和城乡建设局',
    level: 'city', region: '清风市本级', violationTypes: ['political', 'organizational', 'integrity', 'eight-rules', 'work'], eightRulesTypes: ['gifts', 'dining', 'clubs'],
    facts: '经查，张某某对抗组织审查；违反中央八项规定精神，收受礼品礼金，接受可能影响公正执行公务的宴请，出入私人会所；违反组织纪律，在干部选拔任用中为他人谋取利益；违反廉洁纪律，违规从事营利活动；违反工作纪律，违规干预插手工程项目招投标；利用职务上的便利，在工程承揽、资质审批、工程款拨付等方面为他人谋取利益，非法收受他人财物，数额特别巨大。',
    analysis: `张某某${SERIOUS}`,
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2026-01-13',
    accountability: '市住建局党组落实全面从严治党主体责任不力，党组书记受到诫勉处理；派驻纪检监察组履行监督责任不到位，组长受到批评教育。',
  }),
  kase({
    title: '梅岭市市场监督管理局执法科原科长袁某违规收受礼品礼金问题',
    subject: '袁某', unitPosition: '梅岭市市场监督管理局执法科原科长', department: '梅岭市市场监督管理局',
    level: 'county', region: '梅岭市', violationTypes: ['eight-rules'], eightRulesTypes: ['gifts'],
    facts: '经查，2025年元旦、春节前夕，袁某收受辖区企业负责人所送购物卡共计1.5万元。',
    partySanction: 'warning', governmentSanction: 'demerit', confiscation: '违规收受的购物卡已被收缴', decisionDate: '2026-01-27',
  }),
  kase({
    title: '翠湖区湖滨街道原副主任蒋某某违反廉洁纪律问题',
    subject: '蒋某某', unitPosition: '翠湖区湖滨街道办事处原副主任', department: '翠湖区湖滨街道',
    level: 'town', region: '翠湖区', violationTypes: ['integrity'],
    facts: '经查，蒋某某违反廉洁纪律，利用分管物业管理工作的便利，为其亲属承接辖区小区保洁业务提供帮助，并收受物业企业所送礼品。',
    partySanction: 'serious-warning', governmentSanction: 'major-demerit', decisionDate: '2026-02-10',
  }),
  kase({
    title: '竹山县云雾镇茶岭村原党支部书记蔡某截留挪用扶持资金问题',
    subject: '蔡某', unitPosition: '竹山县云雾镇茶岭村原党支部书记', department: '云雾镇茶岭村',
    level: 'village', region: '竹山县', violationTypes: ['mass', 'integrity'],
    facts: '经查，蔡某违反群众纪律，截留茶产业扶持资金5.6万元用于村级招待和个人开支；违反廉洁纪律，收受茶叶加工户所送礼金。',
    partySanction: 'probation', confiscation: '被责令退还截留的产业扶持资金5.6万元', decisionDate: '2026-03-03',
  }),
  kase({
    title: '清风市医疗保障局医药服务管理科原科长潘某某违反工作纪律问题',
    subject: '潘某某', unitPosition: '清风市医疗保障局医药服务管理科原科长', department: '清风市医疗保障局',
    level: 'city', region: '清风市本级', violationTypes: ['work', 'eight-rules'], eightRulesTypes: ['dining'],
    facts: '经查，潘某某违反工作纪律，在集采药品挂网审核中为特定企业"开绿灯"；违反中央八项规定精神，接受医药企业安排的宴请。',
    partySanction: 'serious-warning', governmentSanction: 'demotion', decisionDate: '2026-03-17',
  }),
  kase({
    title: '青莲区明月街道原党工委委员、武装部长魏某违规发放津补贴问题',
    subject: '魏某', unitPosition: '青莲区明月街道原党工委委员、武装部长', department: '青莲区明月街道',
    level: 'town', region: '青莲区', violationTypes: ['eight-rules'], eightRulesTypes: ['allowances'],
    facts: '经查，2025年，魏某以"征兵工作补助"名义，违规向街道工作人员发放补贴共计2.1万元。',
    partySanction: 'warning', governmentSanction: 'warning', confiscation: '违规发放的补贴已全部清退', decisionDate: '2026-03-26',
  }),
  // —— 2026 Q2 ——
  kase({
    title: '清风市财政局原党组成员、总会计师于某某严重违纪违法问题',
    subject: '于某某', unitPosition: '清风市财政局原党组成员、总会计师', department: '清风市财政局',
    level: 'city', region: '清风市本级', violationTypes: ['political', 'integrity', 'eight-rules'], eightRulesTypes: ['gifts', 'travel'],
    facts: '经查，于某某对抗组织审查；违反中央八项规定精神，接受企业安排的旅游，收受礼品礼金；违反廉洁纪律，利用职权为其亲属经营活动谋取利益；利用职务上的便利，在财政资金拨付、政府采购等方面为他人谋取利益，非法收受他人财物，数额特别巨大。',
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2026-04-14',
  }),
  kase({
    title: '松溪县民政局原副局长余某某违反群众纪律、工作纪律问题',
    subject: '余某某', unitPosition: '松溪县民政局原党组成员、副局长', department: '松溪县民政局',
    level: 'county', region: '松溪县', violationTypes: ['mass', 'work'],
    facts: '经查，余某某违反群众纪律，对低保审核中的"人情保"问题放任不管；违反工作纪律，对养老机构运营补贴审核把关不严，导致补贴资金被套取。',
    partySanction: 'serious-warning', governmentSanction: 'demotion', decisionDate: '2026-04-28',
    accountability: '松溪县民政局党组书记、局长对此负有主体责任，受到党内警告处分。',
  }),
  kase({
    title: '梅岭市桃源镇杏花村原党支部书记叶某违规操办婚丧喜庆事宜问题',
    subject: '叶某', unitPosition: '梅岭市桃源镇杏花村原党支部书记', department: '桃源镇杏花村',
    level: 'village', region: '梅岭市', violationTypes: ['eight-rules', 'integrity'], eightRulesTypes: ['weddings'],
    facts: '经查，2026年2月，叶某为其女儿操办婚宴40余桌，借机收受村民和工程承包人礼金共计5.2万元。',
    partySanction: 'removal', confiscation: '违规收受的礼金已被收缴', decisionDate: '2026-05-19',
  }),
  kase({
    title: '清风市卫生健康委员会原党组成员、副主任程某某违规公款旅游问题',
    subject: '程某某', unitPosition: '清风市卫生健康委员会原党组成员、副主任', department: '清风市卫生健康委员会',
    level: 'city', region: '清风市本级', violationTypes: ['eight-rules'], eightRulesTypes: ['travel', 'consumption'],
    facts: '经查，程某某借外出培训之机绕道旅游，相关费用在下属医院报销；违规使用公款购买高档白酒用于个人消费，共计4.3万元。',
    partySanction: 'serious-warning', governmentSanction: 'major-demerit', confiscation: '违规报销费用已被责令退赔', decisionDate: '2026-05-26',
  }),
  kase({
    title: '竹山县人民政府原党组成员、副县长苏某某严重违纪违法问题',
    subject: '苏某某', unitPosition: '竹山县人民政府原党组成员、副县长', department: '竹山县人民政府',
    level: 'county', region: '竹山县', violationTypes: ['political', 'organizational', 'integrity', 'life', 'eight-rules'], eightRulesTypes: ['gifts', 'clubs'],
    facts: '经查，苏某某对抗组织审查；违反中央八项规定精神，出入私人会所，收受礼品礼金；违反组织纪律，在组织函询时不如实说明问题；违反廉洁纪律，违规接受管理服务对象提供的宴请；违反生活纪律；利用职务上的便利，在工程承揽、土地开发等方面为他人谋取利益，非法收受他人财物，数额特别巨大。',
    analysis: `苏某某${SERIOUS}`,
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2026-06-09',
  }),
  kase({
    title: '翠湖区城市管理局原副局长吕某公车私用问题',
    subject: '吕某', unitPosition: '翠湖区城市管理局原副局长', department: '翠湖区城市管理局',
    level: 'county', region: '翠湖区', violationTypes: ['eight-rules'], eightRulesTypes: ['car'],
    facts: '经查，2026年端午节期间，吕某违规驾驶执法执勤用车接送家人外出游玩。',
    partySanction: 'warning', governmentSanction: 'demerit', confiscation: '相关费用已由其个人承担', decisionDate: '2026-06-23',
  }),
  // —— 2026 Q3 ——
  kase({
    title: '清风市农业农村局原党组成员、副局长丁某某严重违纪违法问题',
    subject: '丁某某', unitPosition: '清风市农业农村局原党组成员、副局长', department: '清风市农业农村局',
    level: 'city', region: '清风市本级', violationTypes: ['political', 'integrity', 'work'],
    facts: '经查，丁某某对抗组织审查；违反廉洁纪律，收受项目承包商所送礼金；违反工作纪律，违规干预高标准农田建设项目招投标；利用职务上的便利，在项目承揽、资金拨付等方面为他人谋取利益，非法收受他人财物，数额巨大。',
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2026-07-14',
  }),
  kase({
    title: '松溪县白沙镇原党委书记沈某某违反组织纪律问题',
    subject: '沈某某', unitPosition: '松溪县白沙镇原党委书记', department: '松溪县白沙镇',
    level: 'town', region: '松溪县', violationTypes: ['organizational', 'work'],
    facts: '经查，沈某某违反组织纪律，违规决定镇属事业单位人员借调和提拔事项；违反工作纪律，在村级工程项目中搞"一言堂"，违反民主集中制原则。',
    partySanction: 'removal', governmentSanction: 'dismissal', decisionDate: '2026-07-28',
  }),
  kase({
    title: '青莲区教育局基础教育科原科长任某违反廉洁纪律问题',
    subject: '任某', unitPosition: '青莲区教育局基础教育科原科长', department: '青莲区教育局',
    level: 'county', region: '青莲区', violationTypes: ['integrity'],
    facts: '经查，任某违反廉洁纪律，在义务教育招生工作中收受学生家长所送礼品礼金共计1.8万元。',
    partySanction: 'serious-warning', governmentSanction: 'demerit', confiscation: '违规收受的礼品礼金已被收缴', decisionDate: '2026-08-11',
  }),
  kase({
    title: '清风市住房公积金管理中心原主任助理姜某某违规公款吃喝、收受礼品问题',
    subject: '姜某某', unitPosition: '清风市住房公积金管理中心原主任助理', department: '清风市住房公积金管理中心',
    level: 'city', region: '清风市本级', violationTypes: ['eight-rules'], eightRulesTypes: ['dining', 'gifts'],
    facts: '经查，姜某某多次接受合作银行安排的宴请，收受高档茶叶等礼品，折合人民币共计1.6万元。',
    partySanction: 'serious-warning', governmentSanction: 'demotion', confiscation: '违规收受的礼品已折价上缴', decisionDate: '2026-08-25',
  }),
  kase({
    title: '翠湖区湖滨街道柳岸社区原党委书记范某违反群众纪律问题',
    subject: '范某', unitPosition: '翠湖区湖滨街道柳岸社区原党委书记', department: '湖滨街道柳岸社区',
    level: 'village', region: '翠湖区', violationTypes: ['mass'],
    facts: '经查，范某违反群众纪律，在老旧小区加装电梯补助申报中对群众合理诉求推诿敷衍，违规向申报居民收取"协调费"共计0.9万元。',
    partySanction: 'warning', confiscation: '违规收取的费用已全部退还', decisionDate: '2026-09-08',
  }),
  kase({
    title: '梅岭市财政局原副局长方某某违规发放津补贴、违规公款消费问题',
    subject: '方某某', unitPosition: '梅岭市财政局原党组成员、副局长', department: '梅岭市财政局',
    level: 'county', region: '梅岭市', violationTypes: ['eight-rules'], eightRulesTypes: ['allowances', 'consumption'],
    facts: '经查，方某某违规批准以"绩效考核奖"名义向单位职工发放津补贴共计18.6万元；违规使用公款购买购物卡用于个人消费。',
    partySanction: 'probation', governmentSanction: 'dismissal', confiscation: '违规发放的津补贴已全部清退', decisionDate: '2026-09-22',
  }),
  // —— 2026 Q4 ——
  kase({
    title: '清风市交通运输局公路管理处原副处长石某中秋国庆期间违规收受礼品礼金问题',
    subject: '石某', unitPosition: '清风市交通运输局公路管理处原副处长', department: '清风市交通运输局',
    level: 'city', region: '清风市本级', violationTypes: ['eight-rules'], eightRulesTypes: ['gifts'],
    facts: '经查，2026年中秋、国庆期间，石某收受公路养护企业负责人所送月饼、购物卡，折合人民币共计0.8万元。',
    partySanction: 'warning', governmentSanction: 'warning', confiscation: '违规收受的礼品礼金已被收缴', decisionDate: '2026-10-13',
  }),
  kase({
    title: '竹山县水利局工程科原科长熊某某中秋国庆期间公车私用问题',
    subject: '熊某某', unitPosition: '竹山县水利局工程科原科长', department: '竹山县水利局',
    level: 'county', region: '竹山县', violationTypes: ['eight-rules'], eightRulesTypes: ['car'],
    facts: '经查，2026年国庆假期期间，熊某某违规驾驶单位工程用车外出办理私事，行程共计460公里。',
    partySanction: 'warning', confiscation: '相关费用已由其个人承担', decisionDate: '2026-10-20',
  }),
  kase({
    title: '松溪县溪口镇原党委委员、副镇长汪某违规公款吃喝问题',
    subject: '汪某', unitPosition: '松溪县溪口镇原党委委员、副镇长', department: '松溪县溪口镇',
    level: 'town', region: '松溪县', violationTypes: ['eight-rules'], eightRulesTypes: ['dining'],
    facts: '经查，2026年中秋节当晚，汪某以"慰问值班人员"为由，组织镇机关干部在餐馆聚餐饮酒，费用0.6万元由镇财政报销。',
    partySanction: 'serious-warning', governmentSanction: 'major-demerit', confiscation: '违规报销费用已被责令退赔', decisionDate: '2026-10-27',
  }),
  kase({
    title: '梅岭市市场监督管理局原副局长金某某严重违纪违法问题',
    subject: '金某某', unitPosition: '梅岭市市场监督管理局原党组成员、副局长', department: '梅岭市市场监督管理局',
    level: 'county', region: '梅岭市', violationTypes: ['political', 'integrity', 'eight-rules'], eightRulesTypes: ['gifts', 'consumption'],
    facts: '经查，金某某对抗组织审查；违反中央八项规定精神，收受礼品礼金，违规使用公款消费；违反廉洁纪律，利用职务影响为其亲属经营活动谋取利益；利用职务上的便利，在行政审批、执法检查等方面为他人谋取利益，非法收受他人财物，数额巨大。',
    partySanction: 'expulsion', governmentSanction: 'expulsion', referred: true, confiscation: '其违纪违法所得被收缴', decisionDate: '2026-11-10',
  }),
  // —— 草稿：尚在审核，不会出现在门户上 ——
  kase({
    draft: true,
    title: '【草稿·待审核】清风市交通运输局某工程项目负责人违反工作纪律问题（示例草稿，未发布）',
    subject: '某某', unitPosition: '【待核实】清风市交通运输局某工程项目负责人', department: '清风市交通运输局',
    level: 'city', region: '清风市本级', violationTypes: ['work'],
    facts: '【草稿】本条为演示审核流程的草稿：事实和处分尚待审核，审核通过并发布前不会出现在门户上。',
    partySanction: 'warning', decisionDate: '2026-11-20',
  }),
]
