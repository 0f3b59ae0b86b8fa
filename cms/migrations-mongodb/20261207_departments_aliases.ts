// MongoDB side of SQLite migration 20261207_144855_departments_aliases: every unit stored before
// units had 简称和别称 (and each of its versions) gets the 简称 the dictionary proposes, as a unit
// created now would (cms/departments/aliases.ts). Not run here (no MongoDB server on the
// development machines); the proposals are unit-tested (tests/unit/search-forms.test.ts).
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { proposeUnitAliases } from '../../content/model/searchTerms'

export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const units = payload.db.collections.departments.collection
  for await (const doc of units.find({ aliases: { $exists: false } }, { session })) {
    const name = typeof doc.name === 'string' ? doc.name : ''
    await units.updateOne({ _id: doc._id }, { $set: { aliases: proposeUnitAliases(name) } }, { session })
  }
  const versions = payload.db.versions.departments.collection
  for await (const doc of versions.find({ 'version.aliases': { $exists: false } }, { session })) {
    const version = (doc as unknown as { version?: { name?: unknown } }).version
    const name = typeof version?.name === 'string' ? version.name : ''
    await versions.updateOne({ _id: doc._id }, { $set: { 'version.aliases': proposeUnitAliases(name) } }, { session })
  }
}

export async function down({ payload, session }: MigrateDownArgs): Promise<void> {
  await payload.db.collections.departments.collection.updateMany({}, { $unset: { aliases: '' } }, { session })
  await payload.db.versions.departments.collection.updateMany({}, { $unset: { 'version.aliases': '' } }, { session })
}
