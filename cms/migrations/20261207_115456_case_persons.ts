import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { moveLegacyCases } from '../cases/migrateRows'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`cases_persons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`party_member\` text,
  	\`unit\` text,
  	\`position\` text,
  	\`party_sanction\` text,
  	\`government_sanction\` text,
  	\`referred\` integer DEFAULT false,
  	\`criminal_outcome\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_persons_order_idx\` ON \`cases_persons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_persons_parent_id_idx\` ON \`cases_persons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_texts_order_parent\` ON \`cases_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_persons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`party_member\` text,
  	\`unit\` text,
  	\`position\` text,
  	\`party_sanction\` text,
  	\`government_sanction\` text,
  	\`referred\` integer DEFAULT false,
  	\`criminal_outcome\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_persons_order_idx\` ON \`_cases_v_version_persons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_persons_parent_id_idx\` ON \`_cases_v_version_persons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_texts_order_parent\` ON \`_cases_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`cadre_level\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`source_kind\` text DEFAULT 'own';`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`source_issuer\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`source_date\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`source_title\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`source_url\` text;`)
  // Each old case's one 被处分人 moves into its persons before the old columns go.
  await moveLegacyCases(db)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`subject\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`unit_position\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`party_sanction\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`government_sanction\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`referred\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`confiscation\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_cadre_level\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_source_kind\` text DEFAULT 'own';`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_source_issuer\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_source_date\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_source_title\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_source_url\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_subject\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_unit_position\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_party_sanction\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_government_sanction\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_referred\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_confiscation\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`cases_persons\`;`)
  await db.run(sql`DROP TABLE \`cases_texts\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_persons\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_texts\`;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`subject\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`unit_position\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`party_sanction\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`government_sanction\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`referred\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`confiscation\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`cadre_level\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`source_kind\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`source_issuer\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`source_date\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`source_url\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_subject\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_unit_position\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_party_sanction\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_government_sanction\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_referred\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_confiscation\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_cadre_level\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_source_kind\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_source_issuer\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_source_date\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_source_title\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_source_url\`;`)
}
