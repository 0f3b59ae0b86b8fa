// MongoDB side of SQLite migration 20261207_115456_case_persons: MongoDB needs no schema
// change, but documents written before a case had persons keep their old fields until moved.
// The same transform as on SQLite (cms/cases/legacyCase.ts). Not run here (no MongoDB server on
// the development machines): unit-tested through legacyCase, run against a server by whoever
// deploys on MongoDB.
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import { randomBytes } from 'node:crypto'

import { legacyDecisionDate, legacyPerson, type LegacyCase } from '../cases/legacyCase'

const OLD_FIELDS = [
  'subject',
  'unitPosition',
  'partySanction',
  'governmentSanction',
  'referred',
  'confiscation',
] as const

// Payload's array row ids: 24 hex digits.
const personOf = (old: LegacyCase) => ({ id: randomBytes(12).toString('hex'), ...legacyPerson(old) })

const isLegacy = (doc: LegacyCase | undefined) =>
  Boolean(doc && (doc.subject || doc.unitPosition || doc.partySanction || doc.governmentSanction))

export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const unset = Object.fromEntries(OLD_FIELDS.map((f) => [f, '']))
  const cases = payload.db.collections.cases.collection
  for await (const doc of cases.find({ subject: { $exists: true } }, { session })) {
    const old = doc as unknown as LegacyCase
    await cases.updateOne(
      { _id: doc._id },
      {
        $set: {
          persons: isLegacy(old) ? [personOf(old)] : [],
          decisionDate: legacyDecisionDate(old.decisionDate),
          source: { kind: 'own' },
        },
        $unset: unset,
      },
      { session },
    )
  }
  const versions = payload.db.versions.cases.collection
  const versionUnset = Object.fromEntries(OLD_FIELDS.map((f) => [`version.${f}`, '']))
  for await (const doc of versions.find({ 'version.subject': { $exists: true } }, { session })) {
    const old = (doc as unknown as { version: LegacyCase }).version
    await versions.updateOne(
      { _id: doc._id },
      {
        $set: {
          'version.persons': isLegacy(old) ? [personOf(old)] : [],
          'version.decisionDate': legacyDecisionDate(old.decisionDate),
          'version.source': { kind: 'own' },
        },
        $unset: versionUnset,
      },
      { session },
    )
  }
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // A case of several persons has no old shape: going back would lose them.
  throw new Error('20261207_case_persons: 无法回退（一案多人的案例在旧结构中无法表示）')
}
