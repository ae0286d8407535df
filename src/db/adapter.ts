import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../../migrations'
import { chooseDatabase } from './choose'
import { indexLocaleParents } from './indexes'
import { withWholeWrites } from './transactions'

export {
  chooseDatabase,
  DatabaseConfigError,
  DEFAULT_SQLITE_FILE,
  type DatabaseChoice,
} from './choose'

export function databaseAdapter({
  env = process.env,
  migrationDir,
}: {
  env?: Record<string, string | undefined>
  migrationDir: string
}): DatabaseAdapterObj {
  const choice = chooseDatabase({ uri: env.DATABASE_URI })
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })

  fs.mkdirSync(path.dirname(choice.url.slice('file:'.length)), { recursive: true })
  return withWholeWrites(
    sqliteAdapter({
      client: { url: choice.url },
      // Every write is one transaction (see withWholeWrites for how it runs on libsql).
      transactionOptions: {},
      // WAL lets readers continue while one process writes.
      wal: true,
      migrationDir,
      // Only `next dev` pushes schema changes straight to the file; everything else (production,
      // the seed and migrate commands, the tests) applies the committed migrations, so what ships
      // is what was tested.
      push: env.NODE_ENV === 'development' && env.DATABASE_PUSH !== 'false',
      prodMigrations: migrations,
      afterSchemaInit: [indexLocaleParents],
    }),
  )
}
