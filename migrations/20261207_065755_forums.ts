import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { addReferenceActions } from '../src/db/referenceActions'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`discussions_poll_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`discussions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`discussions_poll_options_order_idx\` ON \`discussions_poll_options\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussions_poll_options_parent_id_idx\` ON \`discussions_poll_options\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`discussions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`author_id\` integer,
  	\`cross_theme\` integer DEFAULT false,
  	\`language\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`pinned\` integer DEFAULT false,
  	\`first_post_id\` integer,
  	\`answer_id\` integer,
  	\`merged_into_id\` integer,
  	\`reply_count\` numeric DEFAULT 0,
  	\`last_post_at\` text,
  	\`last_poster_id\` integer,
  	\`last_post_id\` integer,
  	\`facilitation_facilitator_id\` integer,
  	\`facilitation_opens_at\` text,
  	\`facilitation_closes_at\` text,
  	\`facilitation_summary\` text,
  	\`facilitation_summary_public\` integer DEFAULT false,
  	\`poll_question\` text,
  	\`poll_multiple\` integer DEFAULT false,
  	\`poll_closes_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`first_post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`answer_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`discussions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_poster_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`facilitation_facilitator_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`discussions_slug_idx\` ON \`discussions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`discussions_author_idx\` ON \`discussions\` (\`author_id\`);`)
  await db.run(
    sql`CREATE INDEX \`discussions_cross_theme_idx\` ON \`discussions\` (\`cross_theme\`);`,
  )
  await db.run(sql`CREATE INDEX \`discussions_status_idx\` ON \`discussions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`discussions_pinned_idx\` ON \`discussions\` (\`pinned\`);`)
  await db.run(
    sql`CREATE INDEX \`discussions_first_post_idx\` ON \`discussions\` (\`first_post_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`discussions_answer_idx\` ON \`discussions\` (\`answer_id\`);`)
  await db.run(
    sql`CREATE INDEX \`discussions_merged_into_idx\` ON \`discussions\` (\`merged_into_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussions_last_post_at_idx\` ON \`discussions\` (\`last_post_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussions_last_poster_idx\` ON \`discussions\` (\`last_poster_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussions_last_post_idx\` ON \`discussions\` (\`last_post_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussions_facilitation_facilitation_facilitator_idx\` ON \`discussions\` (\`facilitation_facilitator_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussions_updated_at_idx\` ON \`discussions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussions_created_at_idx\` ON \`discussions\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`discussions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`discussions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`discussions_texts_order_parent\` ON \`discussions_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`discussions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`discussions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`discussions_rels_order_idx\` ON \`discussions_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussions_rels_parent_idx\` ON \`discussions_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`discussions_rels_path_idx\` ON \`discussions_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`discussions_rels_themes_id_idx\` ON \`discussions_rels\` (\`themes_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`posts_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`body\` text,
  	\`edited_at\` text,
  	\`edited_by_id\` integer,
  	FOREIGN KEY (\`edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`posts_history_order_idx\` ON \`posts_history\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`posts_history_parent_id_idx\` ON \`posts_history\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`posts_history_edited_by_idx\` ON \`posts_history\` (\`edited_by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`discussion_id\` integer NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`reply_to_id\` integer,
  	\`language\` text,
  	\`text\` text,
  	\`edited_at\` text,
  	\`state\` text DEFAULT 'visible' NOT NULL,
  	\`moderation_reason\` text,
  	\`moderation_by_id\` integer,
  	\`moderation_at\` text,
  	\`flag_count\` numeric DEFAULT 0,
  	\`helpful_count\` numeric DEFAULT 0,
  	\`merged_from_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`discussion_id\`) REFERENCES \`discussions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reply_to_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderation_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_from_id\`) REFERENCES \`discussions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`posts_discussion_idx\` ON \`posts\` (\`discussion_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_author_idx\` ON \`posts\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_reply_to_idx\` ON \`posts\` (\`reply_to_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_state_idx\` ON \`posts\` (\`state\`);`)
  await db.run(
    sql`CREATE INDEX \`posts_moderation_moderation_by_idx\` ON \`posts\` (\`moderation_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`posts_merged_from_idx\` ON \`posts\` (\`merged_from_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`posts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`forum_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`forum_files_id\`) REFERENCES \`forum_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`posts_rels_order_idx\` ON \`posts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`posts_rels_parent_idx\` ON \`posts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_rels_path_idx\` ON \`posts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`posts_rels_users_id_idx\` ON \`posts_rels\` (\`users_id\`);`)
  await db.run(
    sql`CREATE INDEX \`posts_rels_forum_files_id_idx\` ON \`posts_rels\` (\`forum_files_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`post_reactions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`post_id\` integer NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`kind\` text DEFAULT 'helpful' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`post_reactions_post_idx\` ON \`post_reactions\` (\`post_id\`);`)
  await db.run(
    sql`CREATE INDEX \`post_reactions_member_idx\` ON \`post_reactions\` (\`member_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`post_reactions_updated_at_idx\` ON \`post_reactions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`post_reactions_created_at_idx\` ON \`post_reactions\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`post_member_kind_idx\` ON \`post_reactions\` (\`post_id\`,\`member_id\`,\`kind\`);`,
  )
  await db.run(sql`CREATE TABLE \`forum_subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`scope\` text NOT NULL,
  	\`discussion_id\` integer,
  	\`theme_id\` integer,
  	\`cross_theme\` integer DEFAULT false,
  	\`level\` text NOT NULL,
  	\`last_mailed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`discussion_id\`) REFERENCES \`discussions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`theme_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`forum_subscriptions_member_idx\` ON \`forum_subscriptions\` (\`member_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`forum_subscriptions_scope_idx\` ON \`forum_subscriptions\` (\`scope\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`forum_subscriptions_discussion_idx\` ON \`forum_subscriptions\` (\`discussion_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`forum_subscriptions_theme_idx\` ON \`forum_subscriptions\` (\`theme_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`forum_subscriptions_updated_at_idx\` ON \`forum_subscriptions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`forum_subscriptions_created_at_idx\` ON \`forum_subscriptions\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`member_scope_idx\` ON \`forum_subscriptions\` (\`member_id\`,\`scope\`);`,
  )
  await db.run(sql`CREATE TABLE \`read_states\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`discussion_id\` integer NOT NULL,
  	\`last_read_at\` text NOT NULL,
  	\`last_read_post_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`discussion_id\`) REFERENCES \`discussions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_read_post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`read_states_member_idx\` ON \`read_states\` (\`member_id\`);`)
  await db.run(
    sql`CREATE INDEX \`read_states_discussion_idx\` ON \`read_states\` (\`discussion_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`read_states_last_read_post_idx\` ON \`read_states\` (\`last_read_post_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`read_states_updated_at_idx\` ON \`read_states\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`read_states_created_at_idx\` ON \`read_states\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`member_discussion_idx\` ON \`read_states\` (\`member_id\`,\`discussion_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`post_flags\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`post_id\` integer NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`reason\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`cross_theme\` integer DEFAULT false,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`post_flags_post_idx\` ON \`post_flags\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`post_flags_member_idx\` ON \`post_flags\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`post_flags_status_idx\` ON \`post_flags\` (\`status\`);`)
  await db.run(
    sql`CREATE INDEX \`post_flags_decided_by_idx\` ON \`post_flags\` (\`decided_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`post_flags_updated_at_idx\` ON \`post_flags\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`post_flags_created_at_idx\` ON \`post_flags\` (\`created_at\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`post_member_idx\` ON \`post_flags\` (\`post_id\`,\`member_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`post_flags_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`post_flags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`post_flags_rels_order_idx\` ON \`post_flags_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`post_flags_rels_parent_idx\` ON \`post_flags_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`post_flags_rels_path_idx\` ON \`post_flags_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`post_flags_rels_themes_id_idx\` ON \`post_flags_rels\` (\`themes_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`poll_votes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`discussion_id\` integer NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`discussion_id\`) REFERENCES \`discussions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`poll_votes_discussion_idx\` ON \`poll_votes\` (\`discussion_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`poll_votes_member_idx\` ON \`poll_votes\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`poll_votes_updated_at_idx\` ON \`poll_votes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`poll_votes_created_at_idx\` ON \`poll_votes\` (\`created_at\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`discussion_member_idx\` ON \`poll_votes\` (\`discussion_id\`,\`member_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`poll_votes_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`poll_votes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`poll_votes_texts_order_parent\` ON \`poll_votes_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`forum_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`member_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`forum_files_member_idx\` ON \`forum_files\` (\`member_id\`);`)
  await db.run(
    sql`CREATE INDEX \`forum_files_updated_at_idx\` ON \`forum_files\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`forum_files_created_at_idx\` ON \`forum_files\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`forum_files_filename_idx\` ON \`forum_files\` (\`filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`discussion_summaries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`discussion_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`cross_theme\` integer DEFAULT false,
  	\`language\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`discussion_id\`) REFERENCES \`discussions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`discussion_summaries_discussion_idx\` ON \`discussion_summaries\` (\`discussion_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussion_summaries_published_at_idx\` ON \`discussion_summaries\` (\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussion_summaries_updated_at_idx\` ON \`discussion_summaries\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussion_summaries_created_at_idx\` ON \`discussion_summaries\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`discussion_summaries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`discussion_summaries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`discussion_summaries_rels_order_idx\` ON \`discussion_summaries_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussion_summaries_rels_parent_idx\` ON \`discussion_summaries_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussion_summaries_rels_path_idx\` ON \`discussion_summaries_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`discussion_summaries_rels_themes_id_idx\` ON \`discussion_summaries_rels\` (\`themes_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`users\` ADD \`forum_mail_participating\` text DEFAULT 'immediate';`,
  )
  await db.run(sql`ALTER TABLE \`users\` ADD \`forum_mail_mentions\` text DEFAULT 'immediate';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`forum_mail_watching\` text DEFAULT 'weekly';`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`discussions_id\` integer REFERENCES discussions(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`posts_id\` integer REFERENCES posts(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`post_reactions_id\` integer REFERENCES post_reactions(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`forum_subscriptions_id\` integer REFERENCES forum_subscriptions(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`read_states_id\` integer REFERENCES read_states(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`post_flags_id\` integer REFERENCES post_flags(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`poll_votes_id\` integer REFERENCES poll_votes(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`forum_files_id\` integer REFERENCES forum_files(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`discussion_summaries_id\` integer REFERENCES discussion_summaries(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_discussions_id_idx\` ON \`payload_locked_documents_rels\` (\`discussions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_post_reactions_id_idx\` ON \`payload_locked_documents_rels\` (\`post_reactions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_forum_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`forum_subscriptions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_read_states_id_idx\` ON \`payload_locked_documents_rels\` (\`read_states_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_post_flags_id_idx\` ON \`payload_locked_documents_rels\` (\`post_flags_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_poll_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`poll_votes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_forum_files_id_idx\` ON \`payload_locked_documents_rels\` (\`forum_files_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_discussion_summaries_id_idx\` ON \`payload_locked_documents_rels\` (\`discussion_summaries_id\`);`,
  )
  // drizzle-kit's ALTER TABLE … REFERENCES writes no ON DELETE rule (src/db/referenceActions.ts).
  await addReferenceActions(db, 'payload_locked_documents_rels', {
    discussions_id: 'cascade',
    posts_id: 'cascade',
    post_reactions_id: 'cascade',
    forum_subscriptions_id: 'cascade',
    read_states_id: 'cascade',
    post_flags_id: 'cascade',
    poll_votes_id: 'cascade',
    forum_files_id: 'cascade',
    discussion_summaries_id: 'cascade',
  })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`discussions_poll_options\`;`)
  await db.run(sql`DROP TABLE \`discussions\`;`)
  await db.run(sql`DROP TABLE \`discussions_texts\`;`)
  await db.run(sql`DROP TABLE \`discussions_rels\`;`)
  await db.run(sql`DROP TABLE \`posts_history\`;`)
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`DROP TABLE \`posts_rels\`;`)
  await db.run(sql`DROP TABLE \`post_reactions\`;`)
  await db.run(sql`DROP TABLE \`forum_subscriptions\`;`)
  await db.run(sql`DROP TABLE \`read_states\`;`)
  await db.run(sql`DROP TABLE \`post_flags\`;`)
  await db.run(sql`DROP TABLE \`post_flags_rels\`;`)
  await db.run(sql`DROP TABLE \`poll_votes\`;`)
  await db.run(sql`DROP TABLE \`poll_votes_texts\`;`)
  await db.run(sql`DROP TABLE \`forum_files\`;`)
  await db.run(sql`DROP TABLE \`discussion_summaries\`;`)
  await db.run(sql`DROP TABLE \`discussion_summaries_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`organisation_proposals_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`invitations_id\` integer,
  	\`mail_deliveries_id\` integer,
  	\`notices_sent_id\` integer,
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
  	FOREIGN KEY (\`organisation_proposals_id\`) REFERENCES \`organisation_proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invitations_id\`) REFERENCES \`invitations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_deliveries_id\`) REFERENCES \`mail_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_sent_id\`) REFERENCES \`notices_sent\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "resources_id", "news_id", "events_id", "themes_id", "countries_id", "projects_id", "statistics_id", "resource_centres_id", "organisations_id", "organisation_proposals_id", "media_id", "users_id", "invitations_id", "mail_deliveries_id", "notices_sent_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "resources_id", "news_id", "events_id", "themes_id", "countries_id", "projects_id", "statistics_id", "resource_centres_id", "organisations_id", "organisation_proposals_id", "media_id", "users_id", "invitations_id", "mail_deliveries_id", "notices_sent_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
    sql`CREATE INDEX \`payload_locked_documents_rels_organisation_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`organisation_proposals_id\`);`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_notices_sent_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_sent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`forum_mail_participating\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`forum_mail_mentions\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`forum_mail_watching\`;`)
}
