import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'

import { isLocale, type Locale } from '@/i18n/languages'

import { titleOrderOf, type TitleOrder } from './titleOrder'

type TitleRow = { id: number; locale: string; title: string | null }

/**
 * Gives every saved work, and every saved version of one, the title keys that
 * `collections/Resources/hooks/orderTitles.ts` keeps from then on. In SQL rather than through
 * Payload, which would save a new version of each work: at 100,000 works that is minutes of
 * writes, this is seconds. A migration that changes `titleOrderKey` calls it again.
 *
 * SQLite only, like the migrations that call it; on MongoDB every work is saved through Payload
 * (the seed, the admin, the API), so the hook has already given it its keys.
 */
export async function orderSavedTitles({ db, payload }: Pick<MigrateUpArgs, 'db' | 'payload'>) {
  for (const table of [
    { rows: 'resources', titles: 'resources_locales', title: 'title', prefix: '' },
    {
      rows: '_resources_v',
      titles: '_resources_v_locales',
      title: 'version_title',
      prefix: 'version_',
    },
  ]) {
    const titles = (await db.all(
      sql`SELECT _parent_id AS id, _locale AS locale, ${sql.identifier(table.title)} AS title
          FROM ${sql.identifier(table.titles)}`,
    )) as TitleRow[]
    const byWork = new Map<number, Partial<Record<Locale, string | null>>>()
    for (const { id, locale, title } of titles) {
      if (!isLocale(locale)) continue
      byWork.set(id, { ...byWork.get(id), [locale]: title })
    }
    for (const [id, workTitles] of byWork) {
      await db.run(
        sql`UPDATE ${sql.identifier(table.rows)} SET ${assignments(table.prefix, titleOrderOf(workTitles))}
            WHERE id = ${id}`,
      )
    }
    payload.logger.info(`Title order: ${byWork.size} rows of ${table.rows} keyed`)
  }
}

/** `title_order_in_en = …, title_order_in_th = …`, the columns Payload names for `titleOrder.inEn`… */
function assignments(prefix: string, order: TitleOrder) {
  return sql.join(
    Object.entries(order).map(
      ([name, key]) =>
        sql`${sql.identifier(`${prefix}title_order_${name.replace(/[A-Z]/, (c) => `_${c.toLowerCase()}`)}`)} = ${key}`,
    ),
    sql`, `,
  )
}
