// The data step of migration 20261207_115456_case_persons on SQLite (cms/migrations/): every case and every
// version of one keeps its person (cms/cases/legacyCase.ts). Runs between the new tables and
// the dropping of the old columns, inside the migration's transaction.
import { randomBytes } from 'node:crypto'

import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

import { legacyDecisionDate, legacyPerson, type LegacyCase } from './legacyCase'

type Db = MigrateUpArgs['db']
type Row = Record<string, unknown>

// Payload's array row ids are 24 hex digits (an ObjectId's shape).
const rowId = () => randomBytes(12).toString('hex')

const legacy = (row: Row, prefix: string): LegacyCase => ({
  subject: row[`${prefix}subject`] as string | null,
  unitPosition: row[`${prefix}unit_position`] as string | null,
  partySanction: row[`${prefix}party_sanction`] as string | null,
  governmentSanction: row[`${prefix}government_sanction`] as string | null,
  referred: row[`${prefix}referred`] as number | null,
  confiscation: row[`${prefix}confiscation`] as string | null,
  decisionDate: row[`${prefix}decision_date`],
})

export async function moveLegacyCases(db: Db): Promise<void> {
  const cases = (await db.all(
    sql`SELECT id, subject, unit_position, party_sanction, government_sanction, referred, confiscation, decision_date FROM cases`,
  )) as Row[]
  for (const row of cases) {
    const old = legacy(row, '')
    // A draft saved without any of it had no person: it gets none (the editor adds one).
    if (!old.subject && !old.unitPosition && !old.partySanction && !old.governmentSanction) continue
    const p = legacyPerson(old)
    await db.run(sql`INSERT INTO cases_persons (_order, _parent_id, id, name, unit, position, party_sanction, government_sanction, referred)
      VALUES (1, ${row.id}, ${rowId()}, ${p.name}, ${p.unit}, ${p.position}, ${p.partySanction}, ${p.governmentSanction}, ${p.referred ? 1 : 0})`)
    for (const [i, measure] of p.otherMeasures.entries())
      await db.run(
        sql`INSERT INTO cases_texts ("order", parent_id, path, text) VALUES (${i + 1}, ${row.id}, 'persons.0.otherMeasures', ${measure})`,
      )
    await db.run(sql`UPDATE cases SET decision_date = ${legacyDecisionDate(old.decisionDate)} WHERE id = ${row.id}`)
  }
  const versions = (await db.all(
    sql`SELECT id, version_subject, version_unit_position, version_party_sanction, version_government_sanction, version_referred, version_confiscation, version_decision_date FROM _cases_v`,
  )) as Row[]
  for (const row of versions) {
    const old = legacy(row, 'version_')
    if (!old.subject && !old.unitPosition && !old.partySanction && !old.governmentSanction) continue
    const p = legacyPerson(old)
    await db.run(sql`INSERT INTO _cases_v_version_persons (_order, _parent_id, name, unit, position, party_sanction, government_sanction, referred, _uuid)
      VALUES (1, ${row.id}, ${p.name}, ${p.unit}, ${p.position}, ${p.partySanction}, ${p.governmentSanction}, ${p.referred ? 1 : 0}, ${rowId()})`)
    for (const [i, measure] of p.otherMeasures.entries())
      await db.run(
        sql`INSERT INTO _cases_v_texts ("order", parent_id, path, text) VALUES (${i + 1}, ${row.id}, 'version.persons.0.otherMeasures', ${measure})`,
      )
    await db.run(
      sql`UPDATE _cases_v SET version_decision_date = ${legacyDecisionDate(old.decisionDate)} WHERE id = ${row.id}`,
    )
  }
}
