// Cases saved before a case had persons keep what they said after migration 20261207_115456:
// the one 被处分人 with unit and position split, sanctions in words, 责令退缴 as another measure,
// the decision day — in the document and in its versions. The database is taken back to the
// old schema (the migration's down), old rows are written as the old admin wrote them, and the
// migration runs again.
import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq, type Migration, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../cms/migrations'
import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
type Db = { run: (q: unknown) => Promise<unknown>; all: (q: unknown) => Promise<Record<string, unknown>[]> }

const FACTS = JSON.stringify({
  root: {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', text: '经查，违规收受礼品礼金。', version: 1 }], version: 1 },
    ],
    direction: null,
    format: '',
    indent: 0,
    version: 1,
  },
})

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const db = (payload.db as unknown as { drizzle: Db }).drizzle
  // Back to the schema before 20261207_115456_case_persons: it and every later migration, newest first.
  const from = migrations.findIndex((m) => m.name === '20261207_115456_case_persons')
  expect(from).toBeGreaterThan(0)
  const req = await createLocalReq({}, payload)
  for (const migration of migrations.slice(from).reverse()) {
    await migration.down({ db, payload, req } as never)
    await db.run(sql`DELETE FROM payload_migrations WHERE name = ${migration.name}`)
  }
  // As the old admin stored a published case: option values, a date at Shanghai midnight in UTC.
  await db.run(sql`INSERT INTO cases (id, title, subject, unit_position, level, region, facts, party_sanction, government_sanction, referred, confiscation, decision_date, _status, workflow)
    VALUES (7, '清风市住建局原局长张某某严重违纪违法问题', '张某某', '清风市住建局原党组书记、局长', 'city', '清风市本级', ${FACTS}, 'probation', 'dismissal', 1, '违纪所得12.6万元已收缴', '2024-03-14T16:00:00.000Z', 'published', 'published')`)
  await db.run(sql`INSERT INTO _cases_v (id, parent_id, version_title, version_subject, version_unit_position, version_level, version_facts, version_party_sanction, version_decision_date, version__status, latest)
    VALUES (70, 7, '清风市住建局原局长张某某严重违纪违法问题', '张某某', '清风市住建局原党组书记、局长', 'city', ${FACTS}, 'warning', '2024-03-14T16:00:00.000Z', 'draft', 0)`)
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
})
afterAll(async () => t?.cleanup())

describe('migration 20261207_115456_case_persons', () => {
  it('should move the one person of an old case into 被处分人 and keep every fact', async () => {
    const doc = await payload.findByID({ collection: 'cases', id: 7 })
    expect(doc.persons).toHaveLength(1)
    expect(doc.persons[0]).toMatchObject({
      name: '张某某',
      unit: '清风市住建局',
      position: '原党组书记、局长',
      partySanction: '留党察看',
      governmentSanction: '撤职',
      otherMeasures: ['违纪所得12.6万元已收缴'],
      referred: true,
    })
    // The old date named the day 2024-03-15 in Shanghai.
    expect(doc.decisionDate).toBe('2024-03-15')
    expect(doc.source?.kind).toBe('own')
  })

  it('should move the person of an old version too', async () => {
    const versions = await payload.findVersions({ collection: 'cases', where: { parent: { equals: 7 } } })
    const old = versions.docs.find((v) => String(v.id) === '70')!
    expect(old.version.persons?.[0]).toMatchObject({ name: '张某某', partySanction: '警告', unit: '清风市住建局' })
    expect(old.version.decisionDate).toBe('2024-03-15')
  })

  it('should leave a case that saves again valid', async () => {
    const saved = await payload.update({ collection: 'cases', id: 7, data: { region: '清风市本级' } })
    expect(saved.persons[0].name).toBe('张某某')
  })
})
