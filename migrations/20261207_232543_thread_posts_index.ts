import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// A thread's posts by discussion, state and time (collections/Posts): SQLite otherwise chose the
// index on `state` alone for `discussion IN (…) AND state = …` and read every visible post.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`discussion_state_createdAt_idx\` ON \`posts\` (\`discussion_id\`,\`state\`,\`created_at\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`discussion_state_createdAt_idx\`;`)
}
