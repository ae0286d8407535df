import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { applyMigrations } from '@/db/migrate'

import { pointAtTemporaryDatabase } from './env'

export type Portal = { payload: Payload; config: SanitizedConfig; close: () => Promise<void> }

/** Boots Payload through its Local API on a fresh database with the committed migrations applied. */
export async function bootPortal(name: string): Promise<Portal> {
  const database = pointAtTemporaryDatabase(name)
  const config = await (await import('@payload-config')).default
  const payload = await getPayload({ config })
  await applyMigrations(payload)
  return {
    payload,
    config,
    close: async () => {
      if (payload.db.name === 'mongoose') {
        await (
          payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }
        ).connection.dropDatabase()
      }
      await payload.destroy()
      database.cleanup()
    },
  }
}
