import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`work_calendar_years_holidays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`work_calendar_years\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_calendar_years_holidays_order_idx\` ON \`work_calendar_years_holidays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`work_calendar_years_holidays_parent_id_idx\` ON \`work_calendar_years_holidays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`work_calendar_years_workdays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`work_calendar_years\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_calendar_years_workdays_order_idx\` ON \`work_calendar_years_workdays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`work_calendar_years_workdays_parent_id_idx\` ON \`work_calendar_years_workdays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`work_calendar_years\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`source\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`work_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_calendar_years_order_idx\` ON \`work_calendar_years\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`work_calendar_years_parent_id_idx\` ON \`work_calendar_years\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`work_calendar\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`work_calendar_years_holidays\`;`)
  await db.run(sql`DROP TABLE \`work_calendar_years_workdays\`;`)
  await db.run(sql`DROP TABLE \`work_calendar_years\`;`)
  await db.run(sql`DROP TABLE \`work_calendar\`;`)
}
