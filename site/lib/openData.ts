// Open data (数据开放): the catalogue, disclosures, cases and bulletins as JSON and as CSV that
// Excel opens correctly (UTF-8 with BOM). One definition per dataset drives both files and the
// field documentation on /data/.
import { loadCollection, type Entry } from './collections'
import { detailUrl } from './urls'
import { csvCell, type CsvValue } from './csv'

type Value = CsvValue

export interface Column<C extends DatasetCollection> {
  key: string
  /** 中文字段名, the CSV header. */
  label: string
  /** What the field means, for the documentation page. */
  description: string
  value: (entry: Entry<C>) => Value
}

type DatasetCollection = 'catalog-items' | 'disclosures' | 'cases' | 'bulletins'

export interface Dataset<C extends DatasetCollection = DatasetCollection> {
  slug: string
  title: string
  collection: C
  columns: Column<C>[]
}

const name = (ref: { name: string } | null) => ref?.name ?? null

const common = <C extends DatasetCollection>(): Column<C>[] => [
  { key: 'id', label: '编号', description: '记录的永久编号，与网址中的编号相同', value: (e) => e.id },
  {
    key: 'url',
    label: '网址',
    description: '记录在本站的永久网址（站内路径）',
    value: (e) => detailUrl(e.collection, e.id),
  },
]

const define = <C extends DatasetCollection>(d: Dataset<C>) => d

export const DATASETS = [
  define({
    slug: 'catalog-items',
    title: '公开目录清单',
    collection: 'catalog-items',
    columns: [
      ...common<'catalog-items'>(),
      {
        key: 'category',
        label: '公开类别',
        description: '党务公开、政务公开或办事公开',
        value: (e) => e.data.category,
      },
      {
        key: 'domain',
        label: '领域',
        description: '所属领域，如工程建设招投标、政府采购',
        value: (e) => e.data.domain,
      },
      { key: 'primaryItem', label: '一级事项', description: '目录的一级事项', value: (e) => e.data.primaryItem },
      { key: 'secondaryItem', label: '二级事项', description: '目录的二级事项', value: (e) => e.data.secondaryItem },
      { key: 'department', label: '公开主体', description: '负责公开的单位', value: (e) => name(e.data.department) },
      { key: 'basis', label: '公开依据', description: '要求公开的法律法规和文件', value: (e) => e.data.basis },
      { key: 'timeLimit', label: '公开时限', description: '应在何时公开', value: (e) => e.data.timeLimit.text },
      {
        key: 'workingDays',
        label: '时限(工作日)',
        description: '时限折算的工作日数，没有固定天数时为空',
        value: (e) => e.data.timeLimit.workingDays,
      },
      { key: 'procedure', label: '公开程序', description: '公开前的审核与发布程序', value: (e) => e.data.procedure },
      {
        key: 'channels',
        label: '公开渠道',
        description: '公开的渠道（CSV 中以“、”分隔）',
        value: (e) => e.data.channels,
      },
      { key: 'audience', label: '公开对象', description: '全社会或特定群体', value: (e) => e.data.audience },
      { key: 'mode', label: '公开方式', description: '主动公开或依申请公开', value: (e) => e.data.mode },
      { key: 'updateCycle', label: '更新周期', description: '信息更新的频率', value: (e) => e.data.updateCycle },
    ],
  }),
  define({
    slug: 'disclosures',
    title: '公开信息',
    collection: 'disclosures',
    columns: [
      ...common<'disclosures'>(),
      {
        key: 'indexNumber',
        label: '索引号',
        description: '信息的唯一索引号（单位代码/年份-序号）',
        value: (e) => e.data.indexNumber,
      },
      { key: 'title', label: '标题', description: '信息标题', value: (e) => e.data.title },
      {
        key: 'catalogItem',
        label: '目录事项',
        description: '所属公开目录事项（一级事项 / 二级事项）',
        value: (e) => name(e.data.catalogItem),
      },
      { key: 'department', label: '发文机关', description: '发布信息的单位', value: (e) => name(e.data.department) },
      { key: 'subject', label: '主题分类', description: '信息的主题分类', value: (e) => e.data.subject },
      { key: 'documentNumber', label: '文号', description: '发文字号', value: (e) => e.data.documentNumber },
      {
        key: 'writtenDate',
        label: '成文日期',
        description: '文件成文日期（YYYY-MM-DD）',
        value: (e) => e.data.writtenDate,
      },
      {
        key: 'publishDate',
        label: '发布日期',
        description: '在本站发布的日期（YYYY-MM-DD）',
        value: (e) => e.data.publishDate,
      },
      { key: 'keywords', label: '主题词', description: '主题词', value: (e) => e.data.keywords },
      { key: 'validity', label: '有效性', description: '有效、失效或废止', value: (e) => e.data.validity },
    ],
  }),
  define({
    slug: 'cases',
    title: '典型案例',
    collection: 'cases',
    columns: [
      ...common<'cases'>(),
      { key: 'title', label: '标题', description: '案例标题', value: (e) => e.data.title },
      { key: 'subject', label: '被处分人', description: '按公开发布的写法，如张某某', value: (e) => e.data.subject },
      {
        key: 'unitPosition',
        label: '单位及职务',
        description: '违纪时的单位和职务',
        value: (e) => e.data.unitPosition,
      },
      {
        key: 'department',
        label: '所在单位',
        description: '所在单位（责任单位名录中的名称）',
        value: (e) => name(e.data.department),
      },
      {
        key: 'level',
        label: '层级',
        description: '市级、县(市、区)级、镇(街道)级或村(社区)级',
        value: (e) => e.data.level,
      },
      { key: 'region', label: '区域', description: '所在区域', value: (e) => e.data.region },
      {
        key: 'violationTypes',
        label: '违纪类型',
        description: '违反的纪律（CSV 中以“、”分隔）',
        value: (e) => e.data.violationTypes,
      },
      {
        key: 'eightRulesTypes',
        label: '八项规定问题类型',
        description: '违反中央八项规定精神问题的具体类型',
        value: (e) => e.data.eightRulesTypes,
      },
      {
        key: 'partySanction',
        label: '党纪处分',
        description: '警告、严重警告、撤销党内职务、留党察看或开除党籍',
        value: (e) => e.data.partySanction,
      },
      {
        key: 'governmentSanction',
        label: '政务处分',
        description: '警告、记过、记大过、降级、撤职或开除',
        value: (e) => e.data.governmentSanction,
      },
      {
        key: 'referred',
        label: '移送检察机关',
        description: '涉嫌犯罪问题是否移送检察机关（CSV 中为“是/否”）',
        value: (e) => e.data.referred,
      },
      { key: 'confiscation', label: '责令退缴', description: '违纪所得的收缴情况', value: (e) => e.data.confiscation },
      {
        key: 'accountability',
        label: '一案双查',
        description: '同时被追责的领导干部及处理情况',
        value: (e) => e.data.accountability,
      },
      {
        key: 'decisionDate',
        label: '处分决定日期',
        description: '处分决定日期（YYYY-MM-DD）',
        value: (e) => e.data.decisionDate,
      },
    ],
  }),
  define({
    slug: 'bulletins',
    title: '警示通报',
    collection: 'bulletins',
    columns: [
      ...common<'bulletins'>(),
      { key: 'title', label: '标题', description: '通报标题', value: (e) => e.data.title },
      {
        key: 'kind',
        label: '通报类型',
        description: '季度警示通报、典型案例通报或专项通报',
        value: (e) => e.data.kind,
      },
      { key: 'year', label: '年度', description: '通报年度', value: (e) => e.data.year },
      {
        key: 'quarter',
        label: '季度',
        description: '季度警示通报的季度（1–4），其他类型为空',
        value: (e) => e.data.quarter,
      },
      { key: 'issuer', label: '发布单位', description: '发布通报的单位', value: (e) => name(e.data.issuer) },
      {
        key: 'publishDate',
        label: '发布日期',
        description: '发布日期（YYYY-MM-DD）',
        value: (e) => e.data.publishDate,
      },
      {
        key: 'cases',
        label: '通报案例编号',
        description: '通报的案例编号，按通报顺序（对应典型案例数据集的“编号”）',
        value: (e) => e.data.cases.map((c) => c.id),
      },
    ],
  }),
] as Dataset[]

/** Rows of a dataset: one object per published record, keyed by column key. */
export async function datasetRecords(dataset: Dataset): Promise<Record<string, Value>[]> {
  const entries = (await loadCollection(dataset.collection)) as Entry<DatasetCollection>[]
  return entries.map((entry) =>
    Object.fromEntries(dataset.columns.map((c) => [c.key, (c.value as (e: Entry<DatasetCollection>) => Value)(entry)])),
  )
}

export function toJson(dataset: Dataset, records: Record<string, Value>[]): string {
  const fields = dataset.columns.map(({ key, label, description }) => ({ key, label, description }))
  return `${JSON.stringify({ dataset: dataset.slug, title: dataset.title, fields, records }, null, 2)}\n`
}

/** UTF-8 with a byte-order mark and CRLF line ends: Excel on Chinese Windows reads it as UTF-8. */
export function toCsv(dataset: Dataset, records: Record<string, Value>[]): string {
  const lines = [dataset.columns.map((c) => csvCell(c.label)).join(',')]
  for (const record of records) lines.push(dataset.columns.map((c) => csvCell(record[c.key])).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
