import { createClient, type Client, type InStatement, type Transaction } from '@libsql/client'
import { Mutex, withTimeout, type MutexInterface } from 'async-mutex'
import { APIError, type DatabaseAdapterObj } from 'payload'

/**
 * How long a connection waits for another process's write (the seed command, a second server)
 * before SQLite gives up with "database is locked". libsql waits synchronously, so this is also
 * the longest the event loop can stall behind another process's transaction.
 */
export const BUSY_TIMEOUT_MS = 10_000
/**
 * How long a write waits for this process's open transaction before it is answered 503. Writes
 * queue here one at a time (a forum reply is one transaction of about 175 ms on two cores), so
 * a burst of writers on a loaded machine can reach it; a hook that wrote without passing `req`
 * inside another write's transaction would wait here forever, and reach it too.
 */
const GATE_TIMEOUT_MS = 30_000
/**
 * How long a write keeps trying when another process holds the database past the busy timeout.
 * SQLite's lock is not fair: a server writing back to back can starve a second process (the seed
 * command) whose busy handler only polls, so a refused BEGIN is tried again, later, at random.
 */
const RETRY_BUSY_FOR_MS = 90_000

type LibsqlAdapter = {
  client: Client
  clientConfig: Parameters<typeof createClient>[0]
  connect?: (options?: { hotReload?: boolean }) => Promise<void>
  destroy?: () => Promise<void>
}

/** Statements that only read run beside an open transaction: WAL gives them the last commit. */
const isRead = (statement: InStatement) => {
  const sql = typeof statement === 'string' ? statement : statement.sql
  return /^\s*(select|pragma|explain)\b/i.test(sql)
}

const isBusy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(String(error))

/** Runs a statement that did nothing if it failed busy, until it gets the database's lock. */
async function untilNotBusy<T>(run: () => Promise<T>): Promise<T> {
  const giveUp = Date.now() + RETRY_BUSY_FOR_MS
  for (;;) {
    try {
      return await run()
    } catch (error) {
      if (!isBusy(error) || Date.now() > giveUp) throw error
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 200))
    }
  }
}

/**
 * The gate is handed on after a timer tick rather than at once, so that between two
 * transactions of this process another process's busy handler can find the lock free.
 */
const handOn = (release: () => void) => setTimeout(release, 1)

/**
 * The writer is told the truth: nothing of theirs was stored (the transaction never began), and
 * trying again later will do. A 503 with a sentence, not a 500 with a stack trace.
 */
export class DatabaseBusy extends APIError {
  constructor() {
    super(
      `The portal is busy saving other changes and could not save yours within ` +
        `${GATE_TIMEOUT_MS / 1000} seconds; nothing was saved. Please try again in a moment.`,
      503,
      null,
      true,
    )
    this.name = 'DatabaseBusy'
  }
}
const gateError = () => new DatabaseBusy()

/**
 * Every write on SQLite all or nothing (`@payloadcms/db-sqlite` begins no transaction unless
 * `transactionOptions` is set), without meeting libsql's two traps:
 *
 * - libsql's `transaction()` hands its connection to the transaction and opens a fresh one for
 *   later queries, without the busy timeout set on the first; and it never closes the old one.
 *   Transactions here run instead on one dedicated writer connection, opened once with the
 *   timeout, beside the main connection that serves every read.
 * - libsql is synchronous: two transactions of one process on two connections would make the
 *   second's BEGIN busy-wait on the event loop the first needs to finish, so it always timed
 *   out. One async gate per process lets one transaction in at a time and makes writes outside
 *   a transaction (the job runner's, a command's) wait their turn; other processes are held off
 *   by SQLite's own lock and the busy timeout.
 */
export function withWholeWrites(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapterObj.init
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = init(args) as unknown as LibsqlAdapter
      const connect = adapter.connect?.bind(adapter)
      const destroy = adapter.destroy?.bind(adapter)
      let writer: Client | undefined
      adapter.connect = async (options) => {
        await connect?.(options)
        if (!writer) writer = await openWriter(adapter)
      }
      adapter.destroy = async () => {
        writer?.close()
        writer = undefined
        await destroy?.()
      }
      return adapter as unknown as ReturnType<typeof init>
    },
  }
}

async function openWriter(adapter: LibsqlAdapter): Promise<Client> {
  const main = adapter.client
  const writer = createClient(adapter.clientConfig)
  await writer.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
  await main.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
  const gate: MutexInterface = withTimeout(new Mutex(), GATE_TIMEOUT_MS, gateError())

  // `execute(sql, args)` and `execute(statement)`: pass on whatever drizzle sends.
  const execute = main.execute.bind(main) as (...params: unknown[]) => ReturnType<Client['execute']>
  const batch = main.batch.bind(main)
  const executeMultiple = main.executeMultiple.bind(main)
  Object.assign(main, {
    execute: (statement: InStatement, ...rest: unknown[]) =>
      isRead(statement)
        ? execute(statement, ...rest)
        : exclusive(gate, () => untilNotBusy(() => execute(statement, ...rest))),
    batch: (...params: Parameters<Client['batch']>) =>
      exclusive(gate, () => untilNotBusy(() => batch(...params))),
    executeMultiple: (sql: string) =>
      exclusive(gate, () => untilNotBusy(() => executeMultiple(sql))),
    transaction: async () => {
      const release = await gate.acquire()
      try {
        await untilNotBusy(() => writer.execute('BEGIN IMMEDIATE'))
      } catch (error) {
        handOn(release)
        throw error
      }
      return writerTransaction(writer, () => handOn(release))
    },
  })
  return writer
}

/** `runExclusive`, with the gate handed on as between transactions. */
async function exclusive<T>(gate: MutexInterface, run: () => Promise<T>): Promise<T> {
  const release = await gate.acquire()
  try {
    return await run()
  } finally {
    handOn(release)
  }
}

/** The slice of libsql's `Transaction` that drizzle uses, on the writer connection. */
function writerTransaction(writer: Client, release: () => void): Transaction {
  let open = true
  const end = async (sql: 'COMMIT' | 'ROLLBACK') => {
    if (!open) return
    open = false
    try {
      await writer.execute(sql)
    } catch (error) {
      // A failed COMMIT leaves SQLite's transaction open; roll it back before the next one.
      if (sql === 'COMMIT') await writer.execute('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      release()
    }
  }
  const ensureOpen = () => {
    if (!open) throw new Error('The transaction is closed')
  }
  return {
    execute: async (statement: InStatement) => {
      ensureOpen()
      return writer.execute(statement)
    },
    batch: async (statements: InStatement[]) => {
      const results = []
      for (const statement of statements) {
        ensureOpen()
        results.push(await writer.execute(statement))
      }
      return results
    },
    executeMultiple: async (sql: string) => {
      ensureOpen()
      return writer.executeMultiple(sql)
    },
    commit: () => end('COMMIT'),
    rollback: () => end('ROLLBACK'),
    close: () => void end('ROLLBACK').catch(() => undefined),
    get closed() {
      return !open
    },
  } as Transaction
}
