import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`notices_sent\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`member_id\` integer,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`mail_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_sent_member_idx\` ON \`notices_sent\` (\`member_id\`);`)
  await db.run(
    sql`CREATE INDEX \`notices_sent_updated_at_idx\` ON \`notices_sent\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`notices_sent_created_at_idx\` ON \`notices_sent\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`member_itemCollection_itemId_idx\` ON \`notices_sent\` (\`member_id\`,\`item_collection\`,\`item_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`first_published_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`resources_first_published_at_idx\` ON \`resources\` (\`first_published_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_first_published_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_first_published_at_idx\` ON \`_resources_v\` (\`version_first_published_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`news\` ADD \`first_published_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`news_first_published_at_idx\` ON \`news\` (\`first_published_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_first_published_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_first_published_at_idx\` ON \`_news_v\` (\`version_first_published_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`events\` ADD \`first_published_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`events_first_published_at_idx\` ON \`events\` (\`first_published_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_first_published_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_first_published_at_idx\` ON \`_events_v\` (\`version_first_published_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications\` text DEFAULT 'weekly';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`digest_covered_until\` text;`)
  await db.run(sql`CREATE INDEX \`users_notifications_idx\` ON \`users\` (\`notifications\`);`)
  // The old digest setting carries over: never → none, daily and weekly stay.
  await db.run(
    sql`UPDATE \`users\` SET \`notifications\` = CASE \`notification_preferences_digest\` WHEN 'never' THEN 'none' WHEN 'daily' THEN 'daily' ELSE 'weekly' END;`,
  )
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_digest\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notification_preferences_watched_replies\`;`)
  await db.run(
    sql`ALTER TABLE \`users_rels\` ADD \`countries_id\` integer REFERENCES countries(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`users_rels_countries_id_idx\` ON \`users_rels\` (\`countries_id\`);`,
  )
  // Members approved before following existed follow their themes of interest and country, as
  // approval now seeds them (decideMembership).
  await db.run(
    sql`INSERT INTO \`users_rels\` (\`order\`, \`parent_id\`, \`path\`, \`themes_id\`) SELECT r.\`order\`, r.\`parent_id\`, 'follows.themes', r.\`themes_id\` FROM \`users_rels\` r JOIN \`users\` u ON u.\`id\` = r.\`parent_id\` WHERE r.\`path\` = 'themesOfInterest' AND u.\`membership_status\` = 'approved';`,
  )
  await db.run(
    sql`INSERT INTO \`users_rels\` (\`order\`, \`parent_id\`, \`path\`, \`countries_id\`) SELECT 1, \`id\`, 'follows.countries', \`country_id\` FROM \`users\` WHERE \`membership_status\` = 'approved' AND \`country_id\` IS NOT NULL;`,
  )
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notices_sent_id\` integer REFERENCES notices_sent(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_notices_sent_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_sent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`notices_sent\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_users_rels\`("id", "order", "parent_id", "path", "themes_id") SELECT "id", "order", "parent_id", "path", "themes_id" FROM \`users_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_rels\` RENAME TO \`users_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_themes_id_idx\` ON \`users_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` integer,
  	\`news_id\` integer,
  	\`events_id\` integer,
  	\`themes_id\` integer,
  	\`countries_id\` integer,
  	\`projects_id\` integer,
  	\`statistics_id\` integer,
  	\`resource_centres_id\` integer,
  	\`organisations_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`invitations_id\` integer,
  	\`mail_deliveries_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`statistics_id\`) REFERENCES \`statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resource_centres_id\`) REFERENCES \`resource_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invitations_id\`) REFERENCES \`invitations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_deliveries_id\`) REFERENCES \`mail_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "resources_id", "news_id", "events_id", "themes_id", "countries_id", "projects_id", "statistics_id", "resource_centres_id", "organisations_id", "media_id", "users_id", "invitations_id", "mail_deliveries_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "resources_id", "news_id", "events_id", "themes_id", "countries_id", "projects_id", "statistics_id", "resource_centres_id", "organisations_id", "media_id", "users_id", "invitations_id", "mail_deliveries_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_statistics_id_idx\` ON \`payload_locked_documents_rels\` (\`statistics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_resource_centres_id_idx\` ON \`payload_locked_documents_rels\` (\`resource_centres_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_invitations_id_idx\` ON \`payload_locked_documents_rels\` (\`invitations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_mail_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_deliveries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(sql`DROP INDEX \`resources_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_resources_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`news_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`events_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_first_published_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_first_published_at\`;`)
  await db.run(sql`DROP INDEX \`users_notifications_idx\`;`)
  await db.run(
    sql`ALTER TABLE \`users\` ADD \`notification_preferences_digest\` text DEFAULT 'weekly';`,
  )
  await db.run(
    sql`ALTER TABLE \`users\` ADD \`notification_preferences_watched_replies\` integer DEFAULT true;`,
  )
  await db.run(
    sql`UPDATE \`users\` SET \`notification_preferences_digest\` = CASE \`notifications\` WHEN 'none' THEN 'never' WHEN 'daily' THEN 'daily' ELSE 'weekly' END;`,
  )
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`digest_covered_until\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
