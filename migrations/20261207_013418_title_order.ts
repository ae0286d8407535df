import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { orderSavedTitles } from '../src/library/orderSavedTitles'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`resources\` ADD \`title_order_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`title_order_in_th\` text;`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`title_order_in_km\` text;`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`title_order_in_lo\` text;`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`title_order_in_my\` text;`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`title_order_in_vi\` text;`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`title_order_in_id\` text;`)
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
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_title_order_in_en\` text;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_title_order_in_th\` text;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_title_order_in_km\` text;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_title_order_in_lo\` text;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_title_order_in_my\` text;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_title_order_in_vi\` text;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_title_order_in_id\` text;`)
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
  // Works saved before this migration get their keys here; saves after it, from the hook.
  await orderSavedTitles({ db, payload })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`titleOrder_inEn_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`titleOrder_inTh_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`titleOrder_inKm_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`titleOrder_inLo_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`titleOrder_inMy_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`titleOrder_inVi_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`titleOrder_inId_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`title_order_in_en\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`title_order_in_th\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`title_order_in_km\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`title_order_in_lo\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`title_order_in_my\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`title_order_in_vi\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`title_order_in_id\`;`)
  await db.run(sql`DROP INDEX \`version_titleOrder_inEn_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`version_titleOrder_inTh_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`version_titleOrder_inKm_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`version_titleOrder_inLo_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`version_titleOrder_inMy_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`version_titleOrder_inVi_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`version_titleOrder_inId_version_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_title_order_in_en\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_title_order_in_th\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_title_order_in_km\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_title_order_in_lo\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_title_order_in_my\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_title_order_in_vi\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_title_order_in_id\`;`)
}
