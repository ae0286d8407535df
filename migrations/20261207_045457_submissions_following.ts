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
  await db.run(sql`ALTER TABLE \`resources\` ADD \`submission_status\` text;`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`first_published_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`resources_submission_status_idx\` ON \`resources\` (\`submission_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`resources_submitted_by_idx\` ON \`resources\` (\`submitted_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`resources_first_published_at_idx\` ON \`resources\` (\`first_published_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_submission_status\` text;`)
  await db.run(
    sql`ALTER TABLE \`_resources_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_first_published_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_submission_status_idx\` ON \`_resources_v\` (\`version_submission_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_submitted_by_idx\` ON \`_resources_v\` (\`version_submitted_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_first_published_at_idx\` ON \`_resources_v\` (\`version_first_published_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`news\` ADD \`submission_status\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`first_published_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`news_submission_status_idx\` ON \`news\` (\`submission_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`news_submitted_by_idx\` ON \`news\` (\`submitted_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`news_first_published_at_idx\` ON \`news\` (\`first_published_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_submission_status\` text;`)
  await db.run(
    sql`ALTER TABLE \`_news_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_first_published_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_submission_status_idx\` ON \`_news_v\` (\`version_submission_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_submitted_by_idx\` ON \`_news_v\` (\`version_submitted_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_first_published_at_idx\` ON \`_news_v\` (\`version_first_published_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`events\` ADD \`submission_status\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`first_published_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`events_submission_status_idx\` ON \`events\` (\`submission_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`events_submitted_by_idx\` ON \`events\` (\`submitted_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`events_first_published_at_idx\` ON \`events\` (\`first_published_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_submission_status\` text;`)
  await db.run(
    sql`ALTER TABLE \`_events_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_rejection_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_first_published_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_submission_status_idx\` ON \`_events_v\` (\`version_submission_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_submitted_by_idx\` ON \`_events_v\` (\`version_submitted_by_id\`);`,
  )
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
  await db.run(sql`CREATE TABLE \`__new_resources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`publisher\` text,
  	\`is_featured\` integer DEFAULT false,
  	\`is_ilo_publication\` integer DEFAULT false,
  	\`year\` numeric,
  	\`project_id\` integer,
  	\`source\` text,
  	\`title_order_in_en\` text,
  	\`title_order_in_th\` text,
  	\`title_order_in_km\` text,
  	\`title_order_in_lo\` text,
  	\`title_order_in_my\` text,
  	\`title_order_in_vi\` text,
  	\`title_order_in_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_resources\`("id", "slug", "kind", "visibility", "publisher", "is_featured", "is_ilo_publication", "year", "project_id", "source", "title_order_in_en", "title_order_in_th", "title_order_in_km", "title_order_in_lo", "title_order_in_my", "title_order_in_vi", "title_order_in_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "visibility", "publisher", "is_featured", "is_ilo_publication", "year", "project_id", "source", "title_order_in_en", "title_order_in_th", "title_order_in_km", "title_order_in_lo", "title_order_in_my", "title_order_in_vi", "title_order_in_id", "updated_at", "created_at", "_status" FROM \`resources\`;`,
  )
  await db.run(sql`DROP TABLE \`resources\`;`)
  await db.run(sql`ALTER TABLE \`__new_resources\` RENAME TO \`resources\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`resources_slug_idx\` ON \`resources\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`resources_kind_idx\` ON \`resources\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`resources_visibility_idx\` ON \`resources\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`resources_is_featured_idx\` ON \`resources\` (\`is_featured\`);`)
  await db.run(sql`CREATE INDEX \`resources_project_idx\` ON \`resources\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_updated_at_idx\` ON \`resources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resources_created_at_idx\` ON \`resources\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`resources__status_idx\` ON \`resources\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`titleOrder_inEn_slug_idx\` ON \`resources\` (\`title_order_in_en\`,\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`titleOrder_inTh_slug_idx\` ON \`resources\` (\`title_order_in_th\`,\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`titleOrder_inKm_slug_idx\` ON \`resources\` (\`title_order_in_km\`,\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`titleOrder_inLo_slug_idx\` ON \`resources\` (\`title_order_in_lo\`,\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`titleOrder_inMy_slug_idx\` ON \`resources\` (\`title_order_in_my\`,\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`titleOrder_inVi_slug_idx\` ON \`resources\` (\`title_order_in_vi\`,\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`titleOrder_inId_slug_idx\` ON \`resources\` (\`title_order_in_id\`,\`slug\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__resources_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_publisher\` text,
  	\`version_is_featured\` integer DEFAULT false,
  	\`version_is_ilo_publication\` integer DEFAULT false,
  	\`version_year\` numeric,
  	\`version_project_id\` integer,
  	\`version_source\` text,
  	\`version_title_order_in_en\` text,
  	\`version_title_order_in_th\` text,
  	\`version_title_order_in_km\` text,
  	\`version_title_order_in_lo\` text,
  	\`version_title_order_in_my\` text,
  	\`version_title_order_in_vi\` text,
  	\`version_title_order_in_id\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__resources_v\`("id", "parent_id", "version_slug", "version_kind", "version_visibility", "version_publisher", "version_is_featured", "version_is_ilo_publication", "version_year", "version_project_id", "version_source", "version_title_order_in_en", "version_title_order_in_th", "version_title_order_in_km", "version_title_order_in_lo", "version_title_order_in_my", "version_title_order_in_vi", "version_title_order_in_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_visibility", "version_publisher", "version_is_featured", "version_is_ilo_publication", "version_year", "version_project_id", "version_source", "version_title_order_in_en", "version_title_order_in_th", "version_title_order_in_km", "version_title_order_in_lo", "version_title_order_in_my", "version_title_order_in_vi", "version_title_order_in_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_resources_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_resources_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__resources_v\` RENAME TO \`_resources_v\`;`)
  await db.run(sql`CREATE INDEX \`_resources_v_parent_idx\` ON \`_resources_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_slug_idx\` ON \`_resources_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_kind_idx\` ON \`_resources_v\` (\`version_kind\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_visibility_idx\` ON \`_resources_v\` (\`version_visibility\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_is_featured_idx\` ON \`_resources_v\` (\`version_is_featured\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_project_idx\` ON \`_resources_v\` (\`version_project_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_updated_at_idx\` ON \`_resources_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_created_at_idx\` ON \`_resources_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version__status_idx\` ON \`_resources_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_created_at_idx\` ON \`_resources_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_updated_at_idx\` ON \`_resources_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_resources_v_snapshot_idx\` ON \`_resources_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_resources_v_published_locale_idx\` ON \`_resources_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_resources_v_latest_idx\` ON \`_resources_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`version_titleOrder_inEn_version_slug_idx\` ON \`_resources_v\` (\`version_title_order_in_en\`,\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_titleOrder_inTh_version_slug_idx\` ON \`_resources_v\` (\`version_title_order_in_th\`,\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_titleOrder_inKm_version_slug_idx\` ON \`_resources_v\` (\`version_title_order_in_km\`,\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_titleOrder_inLo_version_slug_idx\` ON \`_resources_v\` (\`version_title_order_in_lo\`,\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_titleOrder_inMy_version_slug_idx\` ON \`_resources_v\` (\`version_title_order_in_my\`,\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_titleOrder_inVi_version_slug_idx\` ON \`_resources_v\` (\`version_title_order_in_vi\`,\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_titleOrder_inId_version_slug_idx\` ON \`_resources_v\` (\`version_title_order_in_id\`,\`version_slug\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`date\` text,
  	\`kind\` text,
  	\`image_id\` integer,
  	\`project_id\` integer,
  	\`source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_news\`("id", "slug", "date", "kind", "image_id", "project_id", "source", "updated_at", "created_at", "_status") SELECT "id", "slug", "date", "kind", "image_id", "project_id", "source", "updated_at", "created_at", "_status" FROM \`news\`;`,
  )
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_date_idx\` ON \`news\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`news_image_idx\` ON \`news\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_project_idx\` ON \`news\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_date\` text,
  	\`version_kind\` text,
  	\`version_image_id\` integer,
  	\`version_project_id\` integer,
  	\`version_source\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_slug", "version_date", "version_kind", "version_image_id", "version_project_id", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_date", "version_kind", "version_image_id", "version_project_id", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_news_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_date_idx\` ON \`_news_v\` (\`version_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_image_idx\` ON \`_news_v\` (\`version_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_project_idx\` ON \`_news_v\` (\`version_project_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`start\` text,
  	\`start_tz\` text,
  	\`end\` text,
  	\`end_tz\` text,
  	\`mode\` text DEFAULT 'in-person',
  	\`online_url\` text,
  	\`country_id\` integer,
  	\`is_regional\` integer DEFAULT false,
  	\`project_id\` integer,
  	\`source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_events\`("id", "slug", "kind", "start", "start_tz", "end", "end_tz", "mode", "online_url", "country_id", "is_regional", "project_id", "source", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "start", "start_tz", "end", "end_tz", "mode", "online_url", "country_id", "is_regional", "project_id", "source", "updated_at", "created_at", "_status" FROM \`events\`;`,
  )
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_start_idx\` ON \`events\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`events_country_idx\` ON \`events\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`events_project_idx\` ON \`events\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_start\` text,
  	\`version_start_tz\` text,
  	\`version_end\` text,
  	\`version_end_tz\` text,
  	\`version_mode\` text DEFAULT 'in-person',
  	\`version_online_url\` text,
  	\`version_country_id\` integer,
  	\`version_is_regional\` integer DEFAULT false,
  	\`version_project_id\` integer,
  	\`version_source\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_kind", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_mode", "version_online_url", "version_country_id", "version_is_regional", "version_project_id", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_mode", "version_online_url", "version_country_id", "version_is_regional", "version_project_id", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_start_idx\` ON \`_events_v\` (\`version_start\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_country_idx\` ON \`_events_v\` (\`version_country_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_project_idx\` ON \`_events_v\` (\`version_project_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
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
