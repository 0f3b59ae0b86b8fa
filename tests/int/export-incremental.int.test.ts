// An export after a change serialises only what changed (cms/export/exportState.ts), and must
// leave content/ exactly as a full export would.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportContent } from '../../cms/export/exportContent'
import { richText } from '../../cms/seed/lexical'
import { treeDifferences } from '../helpers/files'
import { startTestPayload, type TestPayload } from '../helpers/payload'

const ctx = { skipPublish: true }

describe('incremental export', () => {
  let test: TestPayload
  let payload: Payload
  let work: string
  let contentDir: string
  let departmentId: number | string
  const caseIds: (number | string)[] = []

  /** A full export of the same database into a fresh folder, compared file for file (state file aside). */
  async function expectSameAsFullExport(): Promise<void> {
    const fullDir = await fs.mkdtemp(path.join(work, 'full-'))
    const full = await exportContent(payload, { contentDir: fullDir, full: true })
    expect(full.incremental).toBe(false)
    const differences = (await treeDifferences(contentDir, fullDir)).filter((f) => f !== '.export-state.json')
    expect(differences).toEqual([])
  }

  beforeAll(async () => {
    test = await startTestPayload()
    payload = test.payload
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'export-incremental-'))
    contentDir = path.join(work, 'content')
    const department = await payload.create({
      collection: 'departments',
      data: {
        name: '清风市增量局',
        code: '11330100INCR0001X',
        level: 'city',
        region: '清风市本级',
        _status: 'published',
      },
      context: ctx,
    })
    departmentId = department.id
    for (const [i, name] of ['张某某', '李某某', '王某某'].entries()) {
      const doc = await payload.create({
        collection: 'cases',
        data: {
          title: `清风市增量局原科长${name}违规收受礼品礼金问题`,
          persons: [{ name, unit: '市增量局', position: '原科长', partySanction: '党内警告' }],
          department: department.id,
          level: 'city',
          region: '清风市本级',
          violationTypes: ['eight-rules'],
          eightRulesTypes: ['gifts'],
          facts: richText(`经查，${name}违规收受礼品礼金。`),
          decisionDate: `2025-0${i + 3}-05`,
          source: { kind: 'own' },
          _status: 'published',
        },
        context: ctx,
      })
      caseIds.push(doc.id)
    }
  })

  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true })
  })

  it('should serialise everything the first time, then only the edited document', async () => {
    const first = await exportContent(payload, { contentDir })
    expect(first.incremental).toBe(false)
    expect(first.documents.cases).toBe(3)
    await payload.update({
      collection: 'cases',
      id: caseIds[0],
      data: { title: '清风市增量局原科长张某某违规收受礼品礼金问题（更正）' },
      context: ctx,
    })
    const second = await exportContent(payload, { contentDir })
    expect(second.incremental).toBe(true)
    expect(second.written).toBe(1)
    const edited = JSON.parse(await fs.readFile(path.join(contentDir, 'cases', `${caseIds[0]}.json`), 'utf8'))
    expect(edited.title).toContain('（更正）')
    await expectSameAsFullExport()
  })

  it('should rewrite every case that names a renamed unit', async () => {
    await payload.update({
      collection: 'departments',
      id: departmentId,
      data: { name: '清风市增量管理局' },
      context: ctx,
    })
    const result = await exportContent(payload, { contentDir })
    expect(result.written).toBe(4)
    for (const id of caseIds) {
      const doc = JSON.parse(await fs.readFile(path.join(contentDir, 'cases', `${id}.json`), 'utf8'))
      expect(doc.department.name).toBe('清风市增量管理局')
    }
    await expectSameAsFullExport()
  })

  it('should drop the unit from every case when the unit is unpublished', async () => {
    await payload.update({ collection: 'departments', id: departmentId, data: { _status: 'draft' }, context: ctx })
    await exportContent(payload, { contentDir })
    const doc = JSON.parse(await fs.readFile(path.join(contentDir, 'cases', `${caseIds[1]}.json`), 'utf8'))
    expect(doc.department).toBeNull()
    await expectSameAsFullExport()
  })

  it('should put back a content file removed by hand', async () => {
    const file = path.join(contentDir, 'cases', `${caseIds[2]}.json`)
    await fs.rm(file)
    const result = await exportContent(payload, { contentDir })
    expect(result.incremental).toBe(true)
    expect(result.written).toBe(1)
    await expect(fs.stat(file)).resolves.toBeTruthy()
  })
})
