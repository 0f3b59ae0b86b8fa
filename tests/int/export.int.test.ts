import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureCalendar } from '../../cms/calendar/ensureCalendar'
import { exportContent } from '../../cms/export/exportContent'
import { richText } from '../../cms/seed/lexical'
import { startTestPayload, type TestPayload } from '../helpers/payload'

const readJson = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8'))
const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  )

/** Every file under `dir` with its bytes, to compare two exports byte for byte. */
async function snapshot(dir: string): Promise<Map<string, { bytes: string; mtimeMs: number }>> {
  const out = new Map<string, { bytes: string; mtimeMs: number }>()
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const stat = await fs.stat(file)
    out.set(path.relative(dir, file), { bytes: await fs.readFile(file, 'utf8'), mtimeMs: stat.mtimeMs })
  }
  return out
}

describe('export to content/', () => {
  let test: TestPayload
  let payload: Payload
  let contentDir: string
  let departmentId: number | string
  let draftDepartmentId: number | string
  let caseId: number | string
  let draftCaseId: number | string

  beforeAll(async () => {
    test = await startTestPayload()
    payload = test.payload
    contentDir = await fs.mkdtemp(path.join(os.tmpdir(), 'export-test-'))
    const ctx = { skipPublish: true }
    const department = await payload.create({
      collection: 'departments',
      data: {
        name: '清风市测试局',
        code: '11330100TEST00001X',
        level: 'city',
        region: '清风市本级',
        _status: 'published',
      },
      context: ctx,
    })
    departmentId = department.id
    const draftDepartment = await payload.create({
      collection: 'departments',
      data: {
        name: '草稿单位DRAFTUNIT',
        code: '11330100TEST00002X',
        level: 'town',
        region: '松溪县',
        _status: 'draft',
      },
      draft: true,
      context: ctx,
    })
    draftDepartmentId = draftDepartment.id
    const published = await payload.create({
      collection: 'cases',
      data: {
        title: '清风市测试局原局长张某某违规收受礼品礼金问题',
        persons: [
          {
            name: '张某某',
            unit: '市测试局',
            position: '原局长',
            partySanction: '党内严重警告',
            governmentSanction: '政务降级',
            measures: ['诫勉谈话'],
            otherMeasures: ['违纪所得予以收缴'],
          },
          {
            name: '黃某某',
            unit: '市测试局',
            position: '原科长',
            partySanction: '黨內警告',
            governmentSanction: '行政记大过处分（待核）',
          },
        ],
        department: department.id,
        level: 'city',
        region: '清风市本级',
        violationTypes: ['eight-rules', 'integrity'],
        eightRulesTypes: ['gifts'],
        facts: richText('经查，张某某违规收受礼品礼金 <script>alert(1)</script>。', { ul: ['收受购物卡', '接受宴请'] }),
        decisionDate: '2025年3月',
        source: { kind: 'own' },
        _status: 'published',
      },
      context: ctx,
    })
    caseId = published.id
    const draft = await payload.create({
      collection: 'cases',
      data: {
        title: '草稿案例 DRAFTCASEMARKER',
        persons: [{ name: '李某某', unit: '某镇', position: '原站长' }],
        department: draftDepartment.id,
        level: 'town',
        region: '松溪县',
        violationTypes: ['work'],
        facts: richText('DRAFTCASEMARKER 不应出现在导出中。'),
        decisionDate: '2025-05-02',
        _status: 'draft',
      },
      draft: true,
      context: ctx,
    })
    draftCaseId = draft.id
  })

  afterAll(async () => {
    await fs.rm(contentDir, { recursive: true, force: true })
  })

  it('should write each published document as one JSON file with Chinese labels and HTML', async () => {
    const result = await exportContent(payload, { contentDir })
    expect(result.documents.cases).toBe(1)
    const exported = await readJson(path.join(contentDir, 'cases', `${caseId}.json`))
    expect(exported).toMatchObject({
      id: String(caseId),
      level: '市级',
      violationTypes: ['违反中央八项规定精神', '违反廉洁纪律'],
      eightRulesTypes: ['违规收受礼品礼金'],
      department: { id: String(departmentId), name: '清风市测试局' },
    })
    // Every fact as entered (the bulletin's words) with its kind; traditional characters are read too.
    expect(exported.persons).toEqual([
      {
        name: '张某某',
        unit: '市测试局',
        position: '原局长',
        rank: null,
        partyMember: null,
        partySanction: { published: '党内严重警告', value: '严重警告', years: null },
        governmentSanction: { published: '政务降级', value: '降级' },
        measures: [{ published: '诫勉谈话', value: '诫勉' }],
        otherMeasures: ['违纪所得予以收缴'],
        referred: false,
        criminalOutcome: null,
      },
      {
        name: '黃某某',
        unit: '市测试局',
        position: '原科长',
        rank: null,
        partyMember: null,
        partySanction: { published: '黨內警告', value: '警告', years: null },
        governmentSanction: { published: '行政记大过处分（待核）', value: '记大过' },
        measures: [],
        otherMeasures: [],
        referred: false,
        criminalOutcome: null,
      },
    ])
    // A date keeps the precision it was published with.
    expect(exported.decisionDate).toEqual({ value: '2025-03', published: '2025年3月' })
    expect(exported.source).toEqual({ kind: '本级查处', issuer: null, title: null, date: null, url: null })
    expect(exported.facts).toContain('<p>')
    expect(exported.facts).toContain('&lt;script&gt;')
    expect(exported.facts).not.toContain('<script>')
    // Plain list items: `value` is invalid inside <ul>.
    expect(exported.facts).toContain('<ul class="list-bullet"><li>收受购物卡</li><li>接受宴请</li></ul>')
    expect(exported).not.toHaveProperty('_status')
    // The public dates and change log leave the CMS; the review workflow's internals do not.
    expect(exported.firstPublishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(exported.publicUpdatedAt).toBe(exported.firstPublishedAt)
    expect(exported.changeLog).toEqual([])
    for (const internal of ['workflow', 'reviewComment', 'publishAt', 'changeKind', 'changeNote', 'workflowBy']) {
      expect(exported, internal).not.toHaveProperty(internal)
    }
  })

  it('should export the 工作日历 one year per file', async () => {
    await ensureCalendar(payload)
    const result = await exportContent(payload, { contentDir })
    expect(result.documents.calendar).toBeGreaterThanOrEqual(3)
    const year = await readJson(path.join(contentDir, 'calendar', '2025.json'))
    expect(year.source).toBe('国办发明电〔2024〕12号')
    expect(year.holidays).toContainEqual({ name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' })
    expect(year.workdays).toContain('2025-09-28')
  })

  it('should never export a draft, nor name a draft through a relationship', async () => {
    await exportContent(payload, { contentDir })
    expect(await exists(path.join(contentDir, 'cases', `${draftCaseId}.json`))).toBe(false)
    expect(await exists(path.join(contentDir, 'departments', `${draftDepartmentId}.json`))).toBe(false)
    const all = [...(await snapshot(contentDir)).values()].map((f) => f.bytes).join('\n')
    expect(all).not.toContain('DRAFTCASEMARKER')
    expect(all).not.toContain('DRAFTUNIT')
  })

  it('should rewrite nothing when nothing changed', async () => {
    await exportContent(payload, { contentDir })
    const before = await snapshot(contentDir)
    const again = await exportContent(payload, { contentDir })
    expect(again.written).toBe(0)
    expect(again.removed).toBe(0)
    const after = await snapshot(contentDir)
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [file, { bytes, mtimeMs }] of before) {
      expect(after.get(file)?.bytes).toBe(bytes)
      expect(after.get(file)?.mtimeMs).toBe(mtimeMs)
    }
  })

  it('should keep the published version when a draft edit is saved on top of it', async () => {
    await payload.update({
      collection: 'cases',
      id: caseId,
      data: { title: '未审核的修改 DRAFTEDITMARKER', _status: 'draft' },
      draft: true,
      context: { skipPublish: true },
    })
    await exportContent(payload, { contentDir })
    const exported = await readJson(path.join(contentDir, 'cases', `${caseId}.json`))
    expect(exported.title).toBe('清风市测试局原局长张某某违规收受礼品礼金问题')
  })

  it('should remove the file of a document that is unpublished or deleted', async () => {
    const file = path.join(contentDir, 'cases', `${caseId}.json`)
    expect(await exists(file)).toBe(true)
    await payload.update({
      collection: 'cases',
      id: caseId,
      data: { _status: 'draft' },
      context: { skipPublish: true },
    })
    const afterUnpublish = await exportContent(payload, { contentDir })
    expect(afterUnpublish.removed).toBeGreaterThanOrEqual(1)
    expect(await exists(file)).toBe(false)

    const departmentFile = path.join(contentDir, 'departments', `${departmentId}.json`)
    expect(await exists(departmentFile)).toBe(true)
    await payload.delete({ collection: 'cases', id: caseId, context: { skipPublish: true } })
    await payload.delete({ collection: 'departments', id: departmentId, context: { skipPublish: true } })
    await exportContent(payload, { contentDir })
    expect(await exists(departmentFile)).toBe(false)
  })
})
