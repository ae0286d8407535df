import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`proposed_organisation_name\` text;`)
  await db.run(
    sql`ALTER TABLE \`users\` ADD \`proposed_organisation_entry_id\` integer REFERENCES organisations(id);`,
  )
  await db.run(sql`ALTER TABLE \`users\` ADD \`proposed_organisation_proposed_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`directory_listed\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`directory_show_organisation\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`directory_show_group\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`directory_show_country\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`directory_show_themes\` integer DEFAULT false;`)
  await db.run(
    sql`CREATE INDEX \`users_proposed_organisation_proposed_organisation_entry_idx\` ON \`users\` (\`proposed_organisation_entry_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`organisation\` text,
  	\`organisation_entry_id\` integer,
  	\`member_group\` text,
  	\`affiliation_confirmed\` integer DEFAULT false,
  	\`country_id\` integer,
  	\`statement\` text,
  	\`preferred_language\` text DEFAULT 'en',
  	\`membership_status\` text DEFAULT 'pending' NOT NULL,
  	\`rejection_reason\` text,
  	\`may_submit\` integer DEFAULT false,
  	\`notification_preferences_digest\` text DEFAULT 'weekly',
  	\`notification_preferences_watched_replies\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`_verified\` integer,
  	\`_verificationtoken\` text,
  	FOREIGN KEY (\`organisation_entry_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_users\`("id", "name", "organisation", "organisation_entry_id", "member_group", "affiliation_confirmed", "country_id", "statement", "preferred_language", "membership_status", "rejection_reason", "may_submit", "notification_preferences_digest", "notification_preferences_watched_replies", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "_verified", "_verificationtoken") SELECT "id", "name", "organisation", "organisation_entry_id", "member_group", "affiliation_confirmed", "country_id", "statement", "preferred_language", "membership_status", "rejection_reason", "may_submit", "notification_preferences_digest", "notification_preferences_watched_replies", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "_verified", "_verificationtoken" FROM \`users\`;`,
  )
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`users_organisation_entry_idx\` ON \`users\` (\`organisation_entry_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`users_country_idx\` ON \`users\` (\`country_id\`);`)
  await db.run(
    sql`CREATE INDEX \`users_membership_status_idx\` ON \`users\` (\`membership_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
}
