import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`cases_persons\` ADD \`rank\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v_version_persons\` ADD \`rank\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`cases_persons\` DROP COLUMN \`rank\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v_version_persons\` DROP COLUMN \`rank\`;`)
}
