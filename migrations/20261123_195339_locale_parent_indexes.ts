import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`resources_locales_parent_id_idx\` ON \`resources_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_locales_parent_id_idx\` ON \`_resources_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`news_locales_parent_id_idx\` ON \`news_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_news_v_locales_parent_id_idx\` ON \`_news_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_locales_parent_id_idx\` ON \`events_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_locales_parent_id_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`themes_key_questions_locales_parent_id_idx\` ON \`themes_key_questions_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`themes_locales_parent_id_idx\` ON \`themes_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`countries_ratifications_locales_parent_id_idx\` ON \`countries_ratifications_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`countries_national_laws_locales_parent_id_idx\` ON \`countries_national_laws_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`countries_locales_parent_id_idx\` ON \`countries_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`projects_locales_parent_id_idx\` ON \`projects_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`statistics_locales_parent_id_idx\` ON \`statistics_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`resource_centres_locales_parent_id_idx\` ON \`resource_centres_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`resources_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_resources_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`news_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`events_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`themes_key_questions_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`themes_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`countries_ratifications_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`countries_national_laws_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`countries_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`projects_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`statistics_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`resource_centres_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_id_idx\`;`)
}
