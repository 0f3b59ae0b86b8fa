import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import ExcelJS from 'exceljs'
import sharp from 'sharp'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatIssue, ImportRejected } from '../../cms/import/issues'
import { runImport, type ImportOptions } from '../../cms/import/runImport'
import { IMPORT_COLLECTIONS, type ImportSlug } from '../../cms/import/specs'
import { rootDir } from '../../content/shared/paths'
import { PUBLIC_READ, startTestPayload, type TestPayload } from '../helpers/payload'

const examples = path.join(rootDir, 'docs/examples')
/** Each collection's example file (docs/examples/<slug>.<ext>), in the import's dependency order. */
const EXAMPLES: [ImportSlug, string][] = IMPORT_COLLECTIONS.map((slug) => [
  slug,
  readdirSync(examples).find((file) => file.startsWith(`${slug}.`))!,
])

type Doc = Record<string, any>

describe('npm run import', () => {
  let test: TestPayload
  let payload: Payload
  let scratch: string

  const importFile = (collection: ImportSlug, file: string, options: Partial<ImportOptions> = {}) =>
    runImport(payload, { collection, file, ...options })

  /** The lines an editor would read for a rejected file. */
  const rejection = async (
    collection: ImportSlug,
    file: string,
    options: Partial<ImportOptions> = {},
  ): Promise<string[]> => {
    const error = await importFile(collection, file, options).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ImportRejected)
    const rejected = error as ImportRejected
    return rejected.issues.map((issue) =>
      formatIssue(issue, rejected.unit ?? (file.endsWith('.json') ? '条记录' : '行')),
    )
  }

  const all = async (collection: CollectionSlug, where = {}): Promise<Doc[]> =>
    (await payload.find({ collection, where, draft: true, pagination: false, depth: 0, overrideAccess: true }))
      .docs as Doc[]
  const count = async (collection: CollectionSlug) =>
    (await payload.count({ collection, overrideAccess: true })).totalDocs

  const write = async (name: string, content: string | Uint8Array) => {
    const file = path.join(scratch, name)
    await fs.writeFile(file, content)
    return file
  }

  beforeAll(async () => {
    // What scripts/import.ts sets: one transaction per file on SQLite.
    process.env.PAYLOAD_DB_TRANSACTIONS = '1'
    test = await startTestPayload()
    payload = test.payload
    scratch = await fs.mkdtemp(path.join(test.dataDir, 'import-'))
  })
  afterAll(async () => test?.cleanup())

  it('imports every example file (CSV with BOM, GB18030 CSV, XLSX, JSON) as drafts, relationships by natural key', async () => {
    for (const [collection, file] of EXAMPLES) {
      const report = await importFile(collection, path.join(examples, file))
      expect(report.counts, `${collection} ${file}`).toMatchObject({ updated: 0, unchanged: 0 })
      expect(report.counts.created, `${collection} ${file}`).toBeGreaterThan(0)
    }

    const units = await all('departments')
    const byName = new Map(units.map((unit) => [unit.name, unit]))
    // The first row names a parent defined further down the same file.
    expect(byName.get('白鹭县水利局')?.parent).toBe(byName.get('白鹭县人民政府')?.id)
    expect(byName.get('白鹭县人民政府')?.level).toBe('county')
    expect(byName.get('白鹭县白沙镇人民政府')?.description).toContain('"三资"')
    expect(units.every((unit) => unit._status === 'draft')).toBe(true)

    const [budget] = await all('catalog-items', { secondaryItem: { equals: '部门预算' } })
    expect(budget).toMatchObject({
      primaryItem: '预决算公开',
      category: 'government',
      domain: 'budget',
      channels: ['website', 'board'],
    })
    expect(budget.timeLimit).toMatchObject({ text: '预算批复后 20 日内', workingDays: 20 })

    const disclosures = await all('disclosures')
    const given = disclosures.find((doc) => doc.title === '白鹭县水利局2024年部门预算公开')!
    const generated = disclosures.find((doc) => doc.title === '白鹭县水利局2023年部门决算公开')!
    expect(given.indexNumber).toBe('11330999MB1000017A/2024-00001')
    expect(given.catalogItem).toBe(budget.id)
    expect(given.documentNumber).toBe('白水〔2024〕3号')
    expect(generated.indexNumber).toBe('11330999MB1000017A/2024-00002')

    const [quarterly] = await all('bulletins', { kind: { equals: 'quarterly' } })
    const cases = await all('cases')
    const titled = (title: string) => cases.find((doc) => doc.title.startsWith(title))!.id
    expect(quarterly).toMatchObject({ year: 2024, quarter: 1 })
    expect(quarterly.cases).toEqual([titled('白鹭县水利局原副局长李某某'), titled('白鹭县人民政府办公室原科员张某某')])
    const named = (name: string) => cases.find((doc) => doc.persons.some((p: Doc) => p.name === name))!
    const li = named('李某某')
    expect(li).toMatchObject({ violationTypes: ['eight-rules', 'integrity'], eightRulesTypes: ['gifts'] })
    // The person's columns become 被处分人: 单位及职务 split, sanctions as written, 否 as not published.
    expect(li.persons).toMatchObject([
      {
        name: '李某某',
        unit: '白鹭县水利局',
        position: '原副局长',
        partySanction: '严重警告',
        governmentSanction: '记过',
        referred: false,
      },
    ])
    // Dates are kept as written, at their precision (2024年4月2日, 2024-03-15, 2024/1/20).
    expect(named('王某某').decisionDate).toBe('2024年4月2日')
    const many = named('陈某某')
    expect(many.persons.map((p: Doc) => [p.name, p.partySanction ?? null, p.measures])).toEqual([
      ['陈某某', '留党察看一年', []],
      ['刘某某', '党内警告', []],
      ['何某', null, ['诫勉谈话']],
    ])
    expect(many.decisionDate).toBe('2024年3月')

    const [january] = await all('themes', { month: { equals: '2024-01' } })
    expect(january.activities.map((a: Doc) => a.venueType)).toEqual(['community', 'school'])
    expect(january.materials[0]).toMatchObject({
      title: '中央纪委国家监委网站：廉洁过节提醒',
      url: 'https://www.ccdi.gov.cn/',
    })
    const [spring] = await all('reminders', { week: { equals: '2024-W06' } })
    expect(spring).toMatchObject({ occasion: 'spring', channels: ['web', 'sms', 'weibo'] })

    // Drafts: nothing of it is public.
    const anonymous = await payload.find({ collection: 'reminders', ...PUBLIC_READ, depth: 0 })
    expect(anonymous.totalDocs).toBe(0)
  })

  it('a second import of the same files changes nothing', async () => {
    const before = await all('disclosures')
    for (const [collection, file] of EXAMPLES) {
      const report = await importFile(collection, path.join(examples, file))
      expect(report.counts, `${collection} ${file}`).toMatchObject({ created: 0, updated: 0 })
    }
    const after = await all('disclosures')
    expect(after.map((doc) => [doc.id, doc.indexNumber, doc.updatedAt])).toEqual(
      before.map((doc) => [doc.id, doc.indexNumber, doc.updatedAt]),
    )
  })

  it('--dry-run reports what would change and writes nothing', async () => {
    const file = await write(
      'reminders-new.csv',
      'ISO 周,提醒内容,发布渠道\n2024-W40,国庆廉洁提醒：严禁公款旅游。,网站\n2024-W06,春节将至，严禁违规收送礼品礼金。,网站\n',
    )
    const report = await importFile('reminders', file, { dryRun: true })
    expect(report.counts).toMatchObject({ created: 1, updated: 1, unchanged: 0 })
    expect(await all('reminders', { week: { equals: '2024-W40' } })).toHaveLength(0)
  })

  it('--publish publishes what the file creates or changes, and the public can read it', async () => {
    const file = await write(
      'reminders-publish.csv',
      'ISO 周,提醒内容,节点\n2024-W39,中秋国庆将至，严禁违规收送月饼等礼品。,中秋\n',
    )
    const report = await importFile('reminders', file, { publish: true })
    expect(report.counts.created).toBe(1)
    const anonymous = await payload.find({ collection: 'reminders', ...PUBLIC_READ, depth: 0 })
    expect(anonymous.docs.map((doc) => doc.week)).toEqual(['2024-W39'])
    // Publishing a draft that already exists counts as a change; a rerun then changes nothing.
    const again = await importFile('reminders', file, { publish: true })
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
  })

  it('lists every bad row by row and column in Chinese, and writes nothing', async () => {
    const before = await count('disclosures')
    const file = await write(
      'disclosures-bad.csv',
      [
        '索引号,标题,发文机关,一级事项,二级事项,成文日期,发布日期,有效性',
        '11330999MB1000017A/2024-00001,另一个文件,白鹭县水利局,预决算公开,部门预算,2024-02-01,2024-02-08,有效',
        ",=cmd|' /C calc'!A0,白鹭县水利局,预决算公开,部门预算,2024-02-01,2024-03-01,有效",
        'X-1,新文件甲,不存在的局,预决算公开,部门预算,2025-02-30,2025-03-01,有效',
        'X-2,新文件乙,白鹭县水利局,预决算公开,部门预算,2025-02-01,2025-03-01,作废',
        'X-2,新文件丙,白鹭县水利局,预决算公开,部门预算,2025-02-01,2025-03-01,有效',
        'X-3,新文件丁,白鹭县水利局,预决算公开,部门预算,2025-02-01,2025-03-01,有效',
      ].join('\n'),
    )
    const lines = await rejection('disclosures', file)
    expect(lines).toEqual([
      '第 2 行「索引号」：索引号「11330999MB1000017A/2024-00001」已被「白鹭县水利局2024年部门预算公开」使用，与这一行的标题不符；索引号必须唯一，更正已有信息请在后台修改',
      "第 3 行「标题」：内容「=cmd|' /C calc'!A0」以“=”开头，会被电子表格当作公式执行，因此不导入；如确为文字，请在开头加一个英文单引号（'）",
      '第 4 行「成文日期」：日期「2025-02-30」不存在：2025 年 2 月只有 28 天',
      '第 4 行「发文机关」：找不到单位「不存在的局」（按单位名称或单位代码查找）；请先导入责任单位',
      '第 5 行「有效性」：「作废」不是可选值；可选：有效、失效、废止',
      expect.stringMatching(/^第 6 行：与第 5 行是同一条公开信息/),
    ])
    // Row 7 was valid, but nothing of a rejected file is written.
    expect(await count('disclosures')).toBe(before)
  })

  it('refuses a file whose lines mix UTF-8 and GB18030, naming the odd line', async () => {
    const utf8 = (text: string) => Buffer.from(text, 'utf8')
    // 主题二 in GB18030, as Excel on Chinese Windows saves it.
    const gb = () => Buffer.from([0xd6, 0xf7, 0xcc, 0xe2, 0xb6, 0xfe])
    const file = await write(
      'themes-mixed.csv',
      Buffer.concat([
        utf8('月份,主题,主题摘要\n2024-05,主题一,摘要一\n2024-06,'),
        gb(),
        utf8(',摘要二\n2024-07,主题三,摘要三\n'),
      ]),
    )
    expect(await rejection('themes', file)).toEqual([
      '第 3 行：这一行的编码与文件其余部分不一致：文件按 UTF-8 读取，这一行不是 UTF-8（可能是 GB18030/GBK）。请在表格软件中统一另存为“CSV UTF-8”后重新导入',
    ])
    expect(await all('themes', { month: { in: ['2024-05', '2024-06', '2024-07'] } })).toHaveLength(0)
  })

  it('never takes a formula from a workbook, and never its cached result', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('提醒')
    sheet.addRow(['ISO 周', '提醒内容'])
    sheet.addRow(['2024-W41', { formula: "cmd|' /C calc'!A0", result: '看起来正常的提醒' }])
    sheet.addRow(['2024-W42', '正常的提醒内容。'])
    const file = path.join(scratch, 'formula.xlsx')
    await workbook.xlsx.writeFile(file)
    expect(await rejection('reminders', file)).toEqual([
      "第 2 行「提醒内容」：单元格是公式（=cmd|' /C calc'!A0），导入只接受值：请在 Excel 中“选择性粘贴 → 数值”后再导入",
    ])
    expect(await all('reminders', { week: { in: ['2024-W41', '2024-W42'] } })).toHaveLength(0)
  })

  it('rolls back the whole file when a save fails after earlier rows were written', async () => {
    // Row 2 gets the next generated 索引号 (…/2024-00003) when it is saved; row 3 claims that
    // number itself, which only the save can tell.
    const before = await count('disclosures')
    const file = await write(
      'disclosures-generated-clash.csv',
      [
        '索引号,标题,发文机关,一级事项,二级事项,发布日期',
        ',新公开信息一,白鹭县水利局,预决算公开,部门预算,2024-05-01',
        '11330999MB1000017A/2024-00003,新公开信息二,白鹭县水利局,预决算公开,部门预算,2024-05-02',
      ].join('\n'),
    )
    const lines = await rejection('disclosures', file)
    expect(lines).toEqual([expect.stringMatching(/^第 3 行「索引号」：索引号「11330999MB1000017A\/2024-00003」已被/)])
    // Row 2 had been written inside the transaction; it is gone.
    expect(await count('disclosures')).toBe(before)
  })

  it('checks links in imported rich text before writing, for every record', async () => {
    const link = (url: string) => ({
      root: {
        type: 'root',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [
          {
            type: 'paragraph',
            direction: 'ltr',
            format: '',
            indent: 0,
            version: 1,
            textFormat: 0,
            children: [
              {
                type: 'link',
                version: 3,
                direction: 'ltr',
                format: '',
                indent: 0,
                fields: { linkType: 'custom', url, newTab: false },
                children: [{ type: 'text', text: '点击', version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
              },
            ],
          },
        ],
      },
    })
    const file = await write(
      'themes-link.json',
      JSON.stringify([
        { 月份: '2024-08', 主题: '有效的主题', 主题摘要: '摘要', 正文: link('https://www.ccdi.gov.cn/') },
        { 月份: '2024-09', 主题: '带危险链接的主题', 主题摘要: '摘要', 正文: link('javascript:alert(1)') },
        { 月份: '2024-10', 主题: '另一个危险链接', 主题摘要: '摘要', 正文: link('javascript:alert(2)') },
      ]),
    )
    const lines = await rejection('themes', file)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^第 2 条记录「正文」：.*链接/)
    expect(lines[1]).toMatch(/^第 3 条记录「正文」：.*链接/)
    expect(await all('themes', { month: { in: ['2024-08', '2024-09', '2024-10'] } })).toHaveLength(0)
  })

  it('keeps what a row cannot say: defaults for empty cells, uploaded files in 学习资料, another person of the same name', async () => {
    // Empty 公开对象/公开方式 on a new item take their defaults; on an existing one a required cell may not be emptied.
    const items = await write(
      'items-defaults.csv',
      '一级事项,二级事项,公开类别,领域,公开内容,公开时限,公开主体,公开对象,公开方式\n预决算公开,政府采购预算,政务公开,政府采购,采购预算,批复后 20 日内,白鹭县水利局,,\n',
    )
    expect((await importFile('catalog-items', items)).counts.created).toBe(1)
    const [item] = await all('catalog-items', { secondaryItem: { equals: '政府采购预算' } })
    expect(item).toMatchObject({ audience: 'public', mode: 'proactive' })
    const emptied = await write(
      'items-emptied.csv',
      '一级事项,二级事项,公开主体,公开时限\n预决算公开,部门预算,白鹭县水利局,\n',
    )
    expect(await rejection('catalog-items', emptied)).toEqual([
      '第 2 行「公开时限」：必填，不能为空（要保留原值，请删除这一列或填写原值）',
    ])

    // A file uploaded to 学习资料 in the admin survives a re-import that changes the summary.
    const [january] = await all('themes', { month: { equals: '2024-01' } })
    const png = await sharp({ create: { width: 3, height: 2, channels: 3, background: '#c00' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: '学习资料' },
      file: { data: png, mimetype: 'image/png', name: 'ziliao.png', size: png.length },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'themes',
      id: january.id,
      data: { materials: [{ ...january.materials[0], file: media.id }] },
      draft: true,
      overrideAccess: true,
    })
    const themes = JSON.parse(await fs.readFile(path.join(examples, 'themes.json'), 'utf8'))
    themes[0].summary = '围绕元旦春节两节期间作风建设，开展廉洁文化进家庭活动（更新）。'
    expect((await importFile('themes', await write('themes-v2.json', JSON.stringify(themes)))).counts).toMatchObject({
      updated: 1,
    })
    const [updated] = await all('themes', { month: { equals: '2024-01' } })
    expect(updated.materials[0]).toMatchObject({ file: media.id, url: 'https://www.ccdi.gov.cn/' })

    // 李某某 of another unit on the same day is another case.
    const namesake = await write(
      'cases-namesake.csv',
      '标题,被处分人,单位及职务,层级,区域,违纪类型,违纪事实,处分决定日期\n白鹭县交通局原科长李某某违规吃喝问题,李某某,白鹭县交通局原科长,县(市、区)级,白鹭县,违反中央八项规定精神,另一起案件的事实。,2024-03-15\n',
    )
    expect((await importFile('cases', namesake)).counts).toMatchObject({ created: 1, updated: 0 })
    expect(
      (await all('cases', { 'persons.name': { equals: '李某某' } }))
        .map((c) => `${c.persons[0].unit}${c.persons[0].position}`)
        .sort(),
    ).toEqual(['白鹭县交通局原科长', '白鹭县水利局原副局长'])
  })

  it('refuses two rows for one record, a second 索引号 for a stored record, and a unit above itself', async () => {
    const twoRows = await write(
      'disclosures-two-keys.csv',
      '索引号,标题,发文机关,一级事项,二级事项,发布日期,正文\n11330999MB1000017A/2024-00001,白鹭县水利局2024年部门预算公开,白鹭县水利局,预决算公开,部门预算,2024-02-08,正文甲\n,白鹭县水利局2024年部门预算公开,白鹭县水利局,预决算公开,部门预算,2024-02-08,正文乙\n',
    )
    expect(await rejection('disclosures', twoRows)).toEqual([
      expect.stringMatching(/^第 3 行：与第 2 行是同一条公开信息/),
    ])
    const renumber = await write(
      'disclosures-renumber.csv',
      '索引号,标题,发文机关,一级事项,二级事项,发布日期\n11330999MB1000017A/2024-00099,白鹭县水利局2023年部门决算公开,白鹭县水利局,预决算公开,部门决算,2024-08-28\n',
    )
    expect(await rejection('disclosures', renumber)).toEqual([
      expect.stringMatching(
        /^第 2 行「索引号」：已有发文机关、标题和发布日期都相同的「白鹭县水利局2023年部门决算公开」（索引号 11330999MB1000017A\/2024-00002）/,
      ),
    ])
    const self = await write(
      'units-self.csv',
      '单位名称,上级单位\n白鹭县人民政府,白鹭县水利局\n白鹭县水利局,白鹭县水利局\n',
    )
    expect(await rejection('departments', self)).toEqual([
      '第 2 行「上级单位」：上级单位不能是本单位的下级单位（会形成循环）',
      '第 3 行「上级单位」：上级单位不能是本单位',
    ])
  })

  it('reads a short GBK file whose characters also happen to be valid UTF-8, and a special bulletin with a quarter stays unchanged', async () => {
    // 学习 in GBK is D1A7 CFB0, which is also valid (two-byte) UTF-8.
    const gbk = Buffer.concat([
      Buffer.from('week,message\n2024-W20,'),
      Buffer.from([0xd1, 0xa7, 0xcf, 0xb0]),
      Buffer.from('\n'),
    ])
    const report = await importFile('reminders', await write('gbk-short.csv', gbk))
    expect(report.encoding).toBe('gb18030')
    expect((await all('reminders', { week: { equals: '2024-W20' } }))[0].message).toBe('学习')

    const special = await write(
      'bulletin-special.csv',
      '标题,通报类型,年度,季度,发布单位,发布日期\n专项通报甲,专项通报,2024,3,白鹭县纪委监委,2024-09-01\n',
    )
    expect((await importFile('bulletins', special)).counts.created).toBe(1)
    expect((await importFile('bulletins', special)).counts).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
  })

  it('finds a 二级事项 that itself contains a slash when 一级事项 has its own column', async () => {
    const items = await write(
      'items-slash.csv',
      '一级事项,二级事项,公开类别,领域,公开内容,公开时限,公开主体\n工程建设,招标公告/资格预审公告,政务公开,工程建设招投标,公告要素,发布前 5 日,白鹭县水利局\n',
    )
    expect((await importFile('catalog-items', items)).counts.created).toBe(1)
    const records = await write(
      'disclosures-slash.csv',
      '标题,发文机关,一级事项,二级事项,发布日期\n白鹭县水库除险加固工程招标公告,白鹭县水利局,工程建设,招标公告/资格预审公告,2024-06-03\n',
    )
    expect((await importFile('disclosures', records)).counts.created).toBe(1)
  })

  it('adds cases to their quarterly bulletin by 所属通报 (year + quarter)', async () => {
    const file = await write(
      'cases-bulletin.csv',
      '标题,被处分人,单位及职务,层级,区域,违纪类型,违纪事实,处分决定日期,所属通报\n白鹭县水利局原科员赵某某违规发放津补贴问题,赵某某,白鹭县水利局原科员,县(市、区)级,白鹭县,违反中央八项规定精神,违规发放津补贴0.5万元。,2024-02-20,2024年第一季度\n',
    )
    const report = await importFile('cases', file)
    expect(report.counts).toMatchObject({ created: 1, linked: 1 })
    const [quarterly] = await all('bulletins', { kind: { equals: 'quarterly' } })
    const [zhao] = await all('cases', { 'persons.name': { equals: '赵某某' } })
    expect(quarterly.cases.at(-1)).toBe(zhao.id)
    expect((await importFile('cases', file)).counts).toMatchObject({ created: 0, updated: 0, unchanged: 1, linked: 0 })
  })

  it('imports a pasted notice (.txt) as one case draft per item, every field in the words of the text', async () => {
    const notice = path.join(rootDir, 'docs/examples/notice.txt')
    const before = await count('cases')
    const report = await importFile('cases', notice, { forwarded: true })
    expect(report).toMatchObject({ format: 'notice', rows: 3, unit: '条', counts: { created: 3 } })
    expect(await count('cases')).toBe(before + 3)
    const drafts = (await all('cases', { 'source.issuer': { equals: '山海省纪委监委' } })).sort((a, b) => a.id - b.id)
    // Drafts for review: nothing is published by a paste.
    expect(drafts.map((d) => d._status)).toEqual(['draft', 'draft', 'draft'])
    expect(drafts[0]).toMatchObject({
      title: '山海省交通运输厅原党组成员、副厅长吴某某违规收受礼品礼金问题',
      decisionDate: '2025年7月',
      source: { kind: 'forwarded', title: '山海省纪委监委通报三起违反中央八项规定精神典型问题', date: '2025年12月3日' },
    })
    expect(drafts[0].persons).toMatchObject([
      {
        name: '吴某某',
        unit: '山海省交通运输厅',
        position: '原党组成员、副厅长',
        partySanction: '开除党籍',
        governmentSanction: '开除公职',
        referred: true,
      },
    ])
    expect(drafts[1].persons.map((p: Doc) => [p.name, p.partySanction])).toEqual([
      ['郑某某', '党内严重警告'],
      ['冯某', '党内警告'],
    ])
    expect(drafts[2]).toMatchObject({
      decisionDate: '2025年',
      violationTypes: ['eight-rules'],
      eightRulesTypes: ['gifts', 'weddings'],
    })
    expect(drafts[2].persons[0].measures).toEqual(['被免职处理'])
    // The same notice again finds the same drafts.
    expect((await importFile('cases', notice, { forwarded: true })).counts).toMatchObject({ created: 0, unchanged: 3 })
  })

  it('refuses a pasted notice it cannot read, saying which item and why, and writes nothing', async () => {
    const before = await count('cases')
    const empty = await write('empty.txt', '  \n\n')
    expect(await rejection('cases', empty)).toEqual(['文件是空的：请粘贴通报全文或案例条目'])
    const noise = await write('noise.txt', '今天天气很好，适合散步。\n\n明天也许会下雨。')
    expect((await rejection('cases', noise))[0]).toContain('没有找到案例条目')
    const nobody = await write(
      'nobody.txt',
      '1.青石县某局违规发放津补贴问题。2024年，该局违规发放津补贴。2025年，相关责任人受到党纪处分。\n2.青石县白云镇副镇长褚某违规收受礼金问题。2025年，褚某受到党内警告处分。',
    )
    expect(await rejection('cases', nobody)).toEqual([expect.stringMatching(/^第 1 条「被处分人」：/)])
    expect(await count('cases')).toBe(before)
  })

  it('names every bad value of a multi-value cell, and the column a value belongs in', async () => {
    const file = await write(
      'cases-columns.csv',
      [
        '标题,被处分人,单位及职务,层级,区域,违纪类型,违纪事实,处分决定日期',
        '白鹭县交通局科员钱某某公车私用问题,钱某某,白鹭县交通局科员,县(市、区)级,白鹭县,违反廉洁纪律、公车私用、乱收费,事实。,2024-03-15',
      ].join('\n'),
    )
    expect(await rejection('cases', file)).toEqual([
      '第 2 行「违纪类型」：「公车私用」、「乱收费」不是可选值；可选：违反政治纪律、违反组织纪律、违反廉洁纪律、违反群众纪律、违反工作纪律、违反生活纪律、违反中央八项规定精神；「公车私用」是「八项规定问题类型」的可选值，是否应填在「八项规定问题类型」列？',
    ])
  })

  it('checks a 100,000-row file and names its one bad row without writing any', async () => {
    const lines = ['被处分人,单位及职务,标题,层级,区域,违纪类型,违纪事实,处分决定日期']
    for (let i = 0; i < 100_000; i++) {
      const day = `20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
      lines.push(
        `某${i}号,白鹭县水利局科员,白鹭县某干部${i}号违纪问题,县(市、区)级,白鹭县,违反廉洁纪律,利用职务便利为他人谋取利益。,${day}`,
      )
    }
    lines.push('某末号,科员,最后一行,县(市、区)级,白鹭县,违反廉洁纪律,事实,2025-02-30')
    const file = await write('cases-100k.csv', lines.join('\n'))
    const before = await count('cases')
    expect(await rejection('cases', file)).toEqual([
      '第 100002 行「处分决定日期」：处分决定日期：日期「2025-02-30」不存在：2025 年 2 月只有 28 天',
    ])
    expect(await count('cases')).toBe(before)
  })

  it('the command prints the errors and exits non-zero; a valid file is summarised; --publish runs one publish', async () => {
    const run = promisify(execFile)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: test.dataDir,
      DATABASE_URI: process.env.DATABASE_URI,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    }
    const cli = path.join(rootDir, '.build/scripts/import.mjs')
    const ok = await run(process.execPath, [cli, 'reminders', path.join(examples, 'reminders.csv'), '--dry-run'], {
      env,
      cwd: rootDir,
    })
    expect(ok.stdout).toContain('新建 0，将更新 0，无变化 3')
    expect(ok.stdout).toContain('检查通过（--dry-run，未写入任何数据）')

    const bad = await write('bad-week.csv', 'ISO 周,提醒内容\n2024-W54,内容\n')
    const failed = await run(process.execPath, [cli, 'reminders', bad], { env, cwd: rootDir }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failed?.code).toBe(1)
    expect(failed?.stderr).toContain('导入失败：导入文件有 1 处错误，未写入任何数据。')
    expect(failed?.stderr).toContain(
      '第 2 行「ISO 周」：ISO 周「2024-W54」格式不正确：请按 YYYY-Www 填写，例如 2026-W48（2024 年共 52 周）',
    )

    // More errors than the console lists: all of them go into a report file beside the input.
    const many = await write(
      'many-bad-weeks.csv',
      ['ISO 周,提醒内容', ...Array.from({ length: 250 }, (_, i) => `2024-W${60 + i},内容${i}`)].join('\n'),
    )
    const manyFailed = await run(process.execPath, [cli, 'reminders', many], { env, cwd: rootDir }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    )
    expect(manyFailed?.code).toBe(1)
    expect(manyFailed?.stderr).toContain('另有 50 处错误未在此列出；全部 250 处已写入')
    const report = await fs.readFile(`${many}.错误报告.txt`, 'utf8')
    expect(report.split('\n').filter((line) => line.startsWith('第 '))).toHaveLength(250)
    expect(report).toContain('第 251 行「ISO 周」：ISO 周「2024-W309」格式不正确')

    // --publish: the rows are published, then one publish run of the portal shows them.
    const site = await fs.mkdtemp(path.join(test.dataDir, 'site-'))
    const siteEnv = {
      ...env,
      CONTENT_DIR: path.join(site, 'content'),
      PUBLISH_DIR: path.join(site, 'publish'),
      LIVE_DIR: path.join(site, 'dist'),
    }
    const weeks = await write(
      'reminders-site.csv',
      'ISO 周,标题,提醒内容\n2024-W45,立冬廉洁提醒,天气转凉，廉洁之心不可凉；严禁借机收送礼品。\n2024-W46,每周廉洁提醒,严禁公车私用，欢迎拨打12388举报。\n',
    )
    const published = await run(process.execPath, [cli, 'reminders', weeks, '--publish'], {
      env: siteEnv,
      cwd: rootDir,
    })
    expect(published.stdout).toContain('已新建 2，已更新 0，无变化 0')
    const runs = JSON.parse(await fs.readFile(path.join(site, 'publish', 'runs.json'), 'utf8')) as {
      trigger: string
      result: string
    }[]
    expect(runs).toEqual([
      expect.objectContaining({ trigger: '导入 reminders-site.csv（每周提醒）', result: 'success' }),
    ])
    const reminders = await fs.readdir(path.join(site, 'dist', 'reminders'), { recursive: true })
    const pages = await Promise.all(
      reminders
        .filter((file) => file.endsWith('.html'))
        .map((file) => fs.readFile(path.join(site, 'dist', 'reminders', file), 'utf8')),
    )
    expect(pages.some((html) => html.includes('立冬廉洁提醒'))).toBe(true)
    expect(pages.some((html) => html.includes('每周廉洁提醒'))).toBe(true)

    const usage = await run(process.execPath, [cli, 'users', bad], { env, cwd: rootDir }).catch(
      (error: { code: number; stderr: string }) => error,
    )
    expect((usage as { code: number }).code).toBe(2)
    expect((usage as { stderr: string }).stderr).toContain('不能导入集合「users」')
  })
})
