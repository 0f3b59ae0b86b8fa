import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`departments_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_change_log_order_idx\` ON \`departments_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`departments_change_log_parent_id_idx\` ON \`departments_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_departments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_departments_v_version_change_log_order_idx\` ON \`_departments_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_change_log_parent_id_idx\` ON \`_departments_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_change_log_order_idx\` ON \`catalog_items_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_change_log_parent_id_idx\` ON \`catalog_items_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_change_log_order_idx\` ON \`_catalog_items_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_change_log_parent_id_idx\` ON \`_catalog_items_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosures_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_change_log_order_idx\` ON \`disclosures_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_change_log_parent_id_idx\` ON \`disclosures_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_change_log_order_idx\` ON \`_disclosures_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_change_log_parent_id_idx\` ON \`_disclosures_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_change_log_order_idx\` ON \`cases_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_change_log_parent_id_idx\` ON \`cases_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_change_log_order_idx\` ON \`_cases_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_change_log_parent_id_idx\` ON \`_cases_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bulletins_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bulletins_change_log_order_idx\` ON \`bulletins_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_change_log_parent_id_idx\` ON \`bulletins_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bulletins_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bulletins_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_change_log_order_idx\` ON \`_bulletins_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_change_log_parent_id_idx\` ON \`_bulletins_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`themes_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_change_log_order_idx\` ON \`themes_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`themes_change_log_parent_id_idx\` ON \`themes_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_themes_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_themes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_themes_v_version_change_log_order_idx\` ON \`_themes_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_change_log_parent_id_idx\` ON \`_themes_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reminders_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reminders_change_log_order_idx\` ON \`reminders_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reminders_change_log_parent_id_idx\` ON \`reminders_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_reminders_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reminders_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reminders_v_version_change_log_order_idx\` ON \`_reminders_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reminders_v_version_change_log_parent_id_idx\` ON \`_reminders_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`brands_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brands_change_log_order_idx\` ON \`brands_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brands_change_log_parent_id_idx\` ON \`brands_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_brands_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_brands_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_brands_v_version_change_log_order_idx\` ON \`_brands_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_change_log_parent_id_idx\` ON \`_brands_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exemplars_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exemplars_change_log_order_idx\` ON \`exemplars_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_change_log_parent_id_idx\` ON \`exemplars_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_exemplars_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exemplars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_change_log_order_idx\` ON \`_exemplars_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_change_log_parent_id_idx\` ON \`_exemplars_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_change_log_order_idx\` ON \`articles_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_change_log_parent_id_idx\` ON \`articles_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_change_log_order_idx\` ON \`_articles_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_change_log_parent_id_idx\` ON \`_articles_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`collection_label\` text,
  	\`doc_id\` text NOT NULL,
  	\`title\` text,
  	\`actor\` text,
  	\`actor_id\` numeric,
  	\`change_kind\` text,
  	\`comment\` text,
  	\`publish_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_at_idx\` ON \`workflow_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_action_idx\` ON \`workflow_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_collection_slug_idx\` ON \`workflow_events\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_doc_id_idx\` ON \`workflow_events\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_id_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`publish_runs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`run_id\` text NOT NULL,
  	\`kind\` text DEFAULT 'publish' NOT NULL,
  	\`trigger\` text,
  	\`started_at\` text NOT NULL,
  	\`finished_at\` text,
  	\`duration_ms\` numeric,
  	\`result\` text NOT NULL,
  	\`error\` text,
  	\`pages\` numeric,
  	\`documents\` numeric,
  	\`build\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`publish_runs_run_id_idx\` ON \`publish_runs\` (\`run_id\`);`)
  await db.run(sql`CREATE INDEX \`publish_runs_started_at_idx\` ON \`publish_runs\` (\`started_at\`);`)
  await db.run(sql`CREATE INDEX \`publish_runs_updated_at_idx\` ON \`publish_runs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publish_runs_created_at_idx\` ON \`publish_runs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`departments_workflow_idx\` ON \`departments\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`departments_first_published_at_idx\` ON \`departments\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_workflow_idx\` ON \`_departments_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_first_published_at_idx\` ON \`_departments_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`catalog_items\` ADD \`workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`catalog_items\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` ADD \`public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` ADD \`workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`catalog_items_workflow_idx\` ON \`catalog_items\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_first_published_at_idx\` ON \`catalog_items\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` ADD \`version_workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` ADD \`version_public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` ADD \`version_workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_workflow_idx\` ON \`_catalog_items_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_first_published_at_idx\` ON \`_catalog_items_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`disclosures_workflow_idx\` ON \`disclosures\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_first_published_at_idx\` ON \`disclosures\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_workflow_idx\` ON \`_disclosures_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_first_published_at_idx\` ON \`_disclosures_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`cases_workflow_idx\` ON \`cases\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`cases_first_published_at_idx\` ON \`cases\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_workflow_idx\` ON \`_cases_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_first_published_at_idx\` ON \`_cases_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`bulletins\` ADD \`workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`bulletins_workflow_idx\` ON \`bulletins\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`bulletins_first_published_at_idx\` ON \`bulletins\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` ADD \`version_workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_workflow_idx\` ON \`_bulletins_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_bulletins_v_version_version_first_published_at_idx\` ON \`_bulletins_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`themes\` ADD \`workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`themes\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`themes\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`themes\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`themes\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`themes\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`themes\` ADD \`public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`themes\` ADD \`workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`themes_workflow_idx\` ON \`themes\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`themes_first_published_at_idx\` ON \`themes\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_themes_v\` ADD \`version_workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_themes_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` ADD \`version_public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` ADD \`version_workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_workflow_idx\` ON \`_themes_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_first_published_at_idx\` ON \`_themes_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`reminders\` ADD \`workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`reminders\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`reminders\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`reminders\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`reminders\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`reminders\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`reminders\` ADD \`public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`reminders\` ADD \`workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`reminders_workflow_idx\` ON \`reminders\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`reminders_first_published_at_idx\` ON \`reminders\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` ADD \`version_workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` ADD \`version_public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` ADD \`version_workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`_reminders_v_version_version_workflow_idx\` ON \`_reminders_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_reminders_v_version_version_first_published_at_idx\` ON \`_reminders_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`brands_workflow_idx\` ON \`brands\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`brands_first_published_at_idx\` ON \`brands\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_version_workflow_idx\` ON \`_brands_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_version_first_published_at_idx\` ON \`_brands_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`exemplars\` ADD \`workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`exemplars_workflow_idx\` ON \`exemplars\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_first_published_at_idx\` ON \`exemplars\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` ADD \`version_workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_workflow_idx\` ON \`_exemplars_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_first_published_at_idx\` ON \`_exemplars_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`articles_workflow_idx\` ON \`articles\` (\`workflow\`);`)
  await db.run(sql`CREATE INDEX \`articles_first_published_at_idx\` ON \`articles\` (\`first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_public_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_by\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_idx\` ON \`_articles_v\` (\`version_workflow\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_first_published_at_idx\` ON \`_articles_v\` (\`version_first_published_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`department_id\` integer REFERENCES departments(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`users_department_idx\` ON \`users\` (\`department_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workflow_events_id\` integer REFERENCES workflow_events(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`publish_runs_id\` integer REFERENCES publish_runs(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publish_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`publish_runs_id\`);`)
  // Documents published before the workflow existed: record them as published, with their
  // last update as first publication, so editors cannot delete them as "never published".
  for (const table of ['departments', 'catalog_items', 'disclosures', 'cases', 'bulletins', 'themes', 'reminders', 'brands', 'exemplars', 'articles']) {
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`workflow\` = 'published', \`first_published_at\` = \`updated_at\`, \`public_updated_at\` = \`updated_at\` WHERE \`_status\` = 'published' AND \`first_published_at\` IS NULL;`))
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`departments_change_log\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`catalog_items_change_log\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`disclosures_change_log\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`cases_change_log\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`bulletins_change_log\`;`)
  await db.run(sql`DROP TABLE \`_bulletins_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`themes_change_log\`;`)
  await db.run(sql`DROP TABLE \`_themes_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`reminders_change_log\`;`)
  await db.run(sql`DROP TABLE \`_reminders_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`brands_change_log\`;`)
  await db.run(sql`DROP TABLE \`_brands_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`exemplars_change_log\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`articles_change_log\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`publish_runs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	\`catalog_items_id\` integer,
  	\`disclosures_id\` integer,
  	\`cases_id\` integer,
  	\`bulletins_id\` integer,
  	\`themes_id\` integer,
  	\`reminders_id\` integer,
  	\`brands_id\` integer,
  	\`exemplars_id\` integer,
  	\`articles_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`catalog_items_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bulletins_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reminders_id\`) REFERENCES \`reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brands_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "departments_id", "catalog_items_id", "disclosures_id", "cases_id", "bulletins_id", "themes_id", "reminders_id", "brands_id", "exemplars_id", "articles_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "departments_id", "catalog_items_id", "disclosures_id", "cases_id", "bulletins_id", "themes_id", "reminders_id", "brands_id", "exemplars_id", "articles_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_catalog_items_id_idx\` ON \`payload_locked_documents_rels\` (\`catalog_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bulletins_id_idx\` ON \`payload_locked_documents_rels\` (\`bulletins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brands_id_idx\` ON \`payload_locked_documents_rels\` (\`brands_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exemplars_id_idx\` ON \`payload_locked_documents_rels\` (\`exemplars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`departments_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`departments_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`workflow\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`change_kind\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`workflow_by\`;`)
  await db.run(sql`DROP INDEX \`_departments_v_version_version_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`_departments_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_workflow\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_change_kind\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_workflow_by\`;`)
  await db.run(sql`DROP INDEX \`catalog_items_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`catalog_items_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` DROP COLUMN \`workflow\`;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` DROP COLUMN \`change_kind\`;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` DROP COLUMN \`public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`catalog_items\` DROP COLUMN \`workflow_by\`;`)
  await db.run(sql`DROP INDEX \`_catalog_items_v_version_version_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`_catalog_items_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` DROP COLUMN \`version_workflow\`;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` DROP COLUMN \`version_change_kind\`;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` DROP COLUMN \`version_public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` DROP COLUMN \`version_workflow_by\`;`)
  await db.run(sql`DROP INDEX \`disclosures_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`disclosures_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`workflow\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`change_kind\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`workflow_by\`;`)
  await db.run(sql`DROP INDEX \`_disclosures_v_version_version_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`_disclosures_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_workflow\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_change_kind\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_workflow_by\`;`)
  await db.run(sql`DROP INDEX \`cases_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`cases_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`workflow\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`change_kind\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`workflow_by\`;`)
  await db.run(sql`DROP INDEX \`_cases_v_version_version_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`_cases_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_workflow\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_change_kind\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_workflow_by\`;`)
  await db.run(sql`DROP INDEX \`bulletins_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`bulletins_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`bulletins\` DROP COLUMN \`workflow\`;`)
  await db.run(sql`ALTER TABLE \`bulletins\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`bulletins\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`bulletins\` DROP COLUMN \`change_kind\`;`)
  await db.run(sql`ALTER TABLE \`bulletins\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`bulletins\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`bulletins\` DROP COLUMN \`public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`bulletins\` DROP COLUMN \`workflow_by\`;`)
  await db.run(sql`DROP INDEX \`_bulletins_v_version_version_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`_bulletins_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` DROP COLUMN \`version_workflow\`;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` DROP COLUMN \`version_change_kind\`;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` DROP COLUMN \`version_public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_bulletins_v\` DROP COLUMN \`version_workflow_by\`;`)
  await db.run(sql`DROP INDEX \`themes_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`themes_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`themes\` DROP COLUMN \`workflow\`;`)
  await db.run(sql`ALTER TABLE \`themes\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`themes\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`themes\` DROP COLUMN \`change_kind\`;`)
  await db.run(sql`ALTER TABLE \`themes\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`themes\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`themes\` DROP COLUMN \`public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`themes\` DROP COLUMN \`workflow_by\`;`)
  await db.run(sql`DROP INDEX \`_themes_v_version_version_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`_themes_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` DROP COLUMN \`version_workflow\`;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` DROP COLUMN \`version_change_kind\`;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` DROP COLUMN \`version_public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` DROP COLUMN \`version_workflow_by\`;`)
  await db.run(sql`DROP INDEX \`reminders_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`reminders_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`reminders\` DROP COLUMN \`workflow\`;`)
  await db.run(sql`ALTER TABLE \`reminders\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`reminders\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`reminders\` DROP COLUMN \`change_kind\`;`)
  await db.run(sql`ALTER TABLE \`reminders\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`reminders\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`reminders\` DROP COLUMN \`public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`reminders\` DROP COLUMN \`workflow_by\`;`)
  await db.run(sql`DROP INDEX \`_reminders_v_version_version_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`_reminders_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` DROP COLUMN \`version_workflow\`;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` DROP COLUMN \`version_change_kind\`;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` DROP COLUMN \`version_public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_reminders_v\` DROP COLUMN \`version_workflow_by\`;`)
  await db.run(sql`DROP INDEX \`brands_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`brands_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`workflow\`;`)
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`change_kind\`;`)
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`workflow_by\`;`)
  await db.run(sql`DROP INDEX \`_brands_v_version_version_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`_brands_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` DROP COLUMN \`version_workflow\`;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` DROP COLUMN \`version_change_kind\`;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` DROP COLUMN \`version_public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` DROP COLUMN \`version_workflow_by\`;`)
  await db.run(sql`DROP INDEX \`exemplars_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`exemplars_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`workflow\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`change_kind\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`exemplars\` DROP COLUMN \`workflow_by\`;`)
  await db.run(sql`DROP INDEX \`_exemplars_v_version_version_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`_exemplars_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_workflow\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_change_kind\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_exemplars_v\` DROP COLUMN \`version_workflow_by\`;`)
  await db.run(sql`DROP INDEX \`articles_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`change_kind\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_by\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_workflow_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_change_kind\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_public_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_by\`;`)
}
