import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../migrations'
import { pointAtTemporaryDatabase } from '../helpers/env'

/**
 * The following migration on a database that has members already: their old digest setting
 * carries over (never → none) and approved members start following their themes of interest
 * and country, as approval does now. SQLite only: MongoDB has no migrations for schema.
 */
let payload: Payload
let database: ReturnType<typeof pointAtTemporaryDatabase>
type Migrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

beforeAll(async () => {
  database = pointAtTemporaryDatabase('following-migration')
  const config = await (await import('@payload-config')).default
  payload = await getPayload({ config })
})
afterAll(async () => {
  await payload?.destroy()
  database?.cleanup()
})

describe.skipIf(process.env.MONGODB_URI)('the following migration', () => {
  it('should carry the old digest setting over and start approved members following their interests and country', async () => {
    const at = migrations.findIndex((migration) => migration.name.endsWith('_following'))
    expect(at).toBeGreaterThan(0)
    await payload.db.migrate({ migrations: migrations.slice(0, at) as unknown as Migrations })
    const client = (
      payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
    ).client
    for (const sql of [
      "INSERT INTO themes (id, slug) VALUES (1, 'fishers'), (2, 'care-work')",
      "INSERT INTO countries (id, iso, region, role) VALUES (7, 'KH', 'south-east-asia', 'origin')",
      `INSERT INTO users (id, name, email, membership_status, country_id, notification_preferences_digest)
       VALUES (1, 'Old', 'old@example.org', 'approved', 7, 'never'),
              (2, 'Daily', 'daily@example.org', 'approved', NULL, 'daily'),
              (3, 'Waiting', 'waiting@example.org', 'pending', 7, 'weekly')`,
      `INSERT INTO users_rels ("order", parent_id, path, themes_id)
       VALUES (1, 1, 'themesOfInterest', 1), (2, 1, 'themesOfInterest', 2), (1, 3, 'themesOfInterest', 1)`,
    ]) {
      await client.execute(sql)
    }

    await payload.db.migrate({ migrations: migrations as unknown as Migrations })

    const read = (id: number) =>
      payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
    const old = await read(1)
    expect(old.notifications).toBe('none')
    expect(old.follows?.themes).toEqual([1, 2])
    expect(old.follows?.countries).toEqual([7])
    expect(old.themesOfInterest).toEqual([1, 2])
    const daily = await read(2)
    expect(daily.notifications).toBe('daily')
    expect(daily.follows?.countries).toEqual([])
    const waiting = await read(3)
    expect(waiting.notifications).toBe('weekly')
    expect(waiting.follows?.themes).toEqual([])
  })
})
