import path from 'node:path'

export type DatabaseChoice = { kind: 'sqlite'; url: string } | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_FILE = 'data/portal.db'

/** Thrown at start-up when DATABASE_URI names a database the portal cannot use. */
export class DatabaseConfigError extends Error {
  constructor(uri: string) {
    // One line, so it reads cleanly in a terminal, a container log or a CI summary.
    super(
      `DATABASE_URI="${redact(uri)}" is not supported: leave it unset or use "file:<path>" ` +
        `for the embedded SQLite database, or "mongodb://…" / "mongodb+srv://…" for MongoDB.`,
    )
    this.name = 'DatabaseConfigError'
  }
}

/** Hides a password in a connection string before it is printed. */
function redact(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}

/** Decides which database the portal runs on; the only place that knows the adapters differ. */
export function chooseDatabase({
  uri,
  cwd = process.cwd(),
}: {
  uri?: string
  cwd?: string
}): DatabaseChoice {
  const value = uri?.trim()
  if (!value) return { kind: 'sqlite', url: `file:${path.resolve(cwd, DEFAULT_SQLITE_FILE)}` }
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length)
    if (!file) throw new DatabaseConfigError(value)
    return { kind: 'sqlite', url: `file:${path.resolve(cwd, file)}` }
  }
  if (/^mongodb(\+srv)?:\/\/[^/]+/.test(value)) return { kind: 'mongodb', url: value }
  throw new DatabaseConfigError(value)
}
