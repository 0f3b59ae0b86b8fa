import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { proposeUnitAliases } from '../../content/model/searchTerms'

// 简称和别称 (issue 18): the tables, then for every unit already stored (and each of its versions)
// the 简称 the dictionary proposes, as a unit created now would get them (cms/departments/aliases.ts).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`departments_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_texts_order_parent\` ON \`departments_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_departments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_departments_v_texts_order_parent\` ON \`_departments_v_texts\` (\`order\`,\`parent_id\`);`)
  const units = (await db.all(sql`SELECT id, name FROM departments`)) as { id: number; name: string | null }[]
  for (const unit of units)
    for (const [i, alias] of proposeUnitAliases(unit.name ?? '').entries())
      await db.run(
        sql`INSERT INTO departments_texts ("order", parent_id, path, text) VALUES (${i + 1}, ${unit.id}, 'aliases', ${alias})`,
      )
  const versions = (await db.all(sql`SELECT id, version_name AS name FROM _departments_v`)) as {
    id: number
    name: string | null
  }[]
  for (const version of versions)
    for (const [i, alias] of proposeUnitAliases(version.name ?? '').entries())
      await db.run(
        sql`INSERT INTO _departments_v_texts ("order", parent_id, path, text) VALUES (${i + 1}, ${version.id}, 'version.aliases', ${alias})`,
      )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`departments_texts\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_texts\`;`)
}
