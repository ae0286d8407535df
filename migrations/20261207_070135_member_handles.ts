import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`handle\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_handle_idx\` ON \`users\` (\`handle\`);`)
  // Members approved before the forums are not newcomers; every account gets a handle it can
  // change (new accounts get one made from their name, collections/Users/hooks/assignHandle.ts).
  await db.run(
    sql`UPDATE \`users\` SET \`approved_at\` = \`created_at\` WHERE \`membership_status\` = 'approved';`,
  )
  await db.run(sql`UPDATE \`users\` SET \`handle\` = 'member-' || \`id\` WHERE \`handle\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`users_handle_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`approved_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`handle\`;`)
}
