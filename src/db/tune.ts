import type { Payload } from 'payload'

/**
 * SQLite, shared by the server, its job runner and commands such as `npm run seed`: WAL lets
 * readers continue while one writes, and a busy timeout makes a second writer wait its turn
 * instead of failing at once with "database is locked". MongoDB needs neither.
 */
export async function tuneDatabase(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const client = (
    payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
  ).client
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('PRAGMA busy_timeout = 5000')
}
