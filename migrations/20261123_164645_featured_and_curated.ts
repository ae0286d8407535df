import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`themes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_rels_order_idx\` ON \`themes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`themes_rels_parent_idx\` ON \`themes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_rels_path_idx\` ON \`themes_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`themes_rels_resources_id_idx\` ON \`themes_rels\` (\`resources_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`resources\` ADD \`is_featured\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`resources_is_featured_idx\` ON \`resources\` (\`is_featured\`);`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_is_featured\` integer DEFAULT false;`)
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_is_featured_idx\` ON \`_resources_v\` (\`version_is_featured\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`themes_rels\`;`)
  await db.run(sql`DROP INDEX \`resources_is_featured_idx\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`is_featured\`;`)
  await db.run(sql`DROP INDEX \`_resources_v_version_version_is_featured_idx\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_is_featured\`;`)
}
