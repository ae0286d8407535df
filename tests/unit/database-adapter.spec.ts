import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { chooseDatabase, databaseAdapter, DatabaseConfigError } from '@/db/adapter'

describe('choosing the database from DATABASE_URI', () => {
  it('should default to the embedded SQLite file under data/', () => {
    expect(chooseDatabase({ uri: undefined, cwd: '/srv/cop' })).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/cop/data/portal.db',
    })
    expect(chooseDatabase({ uri: '  ', cwd: '/srv/cop' }).kind).toBe('sqlite')
  })

  it('should take a file: URI as SQLite, relative to the project', () => {
    expect(chooseDatabase({ uri: 'file:./tmp/test.db', cwd: '/srv/cop' })).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/cop/tmp/test.db',
    })
    expect(chooseDatabase({ uri: 'file:/var/lib/cop.db' }).url).toBe('file:/var/lib/cop.db')
  })

  it('should select MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(chooseDatabase({ uri: 'mongodb://127.0.0.1:27017/cop' }).kind).toBe('mongodb')
    expect(chooseDatabase({ uri: 'mongodb+srv://user:pw@cluster0.example.net/cop' }).kind).toBe(
      'mongodb',
    )
  })

  it('should build the MongoDB adapter for a MongoDB URI and the SQLite adapter otherwise', () => {
    const migrationDir = path.resolve('migrations')
    expect(
      databaseAdapter({ env: { DATABASE_URI: 'mongodb://127.0.0.1:27017/cop' }, migrationDir })
        .name,
    ).toBe('mongoose')
    expect(
      databaseAdapter({ env: { DATABASE_URI: 'file:./tmp/unit.db' }, migrationDir }).name,
    ).toBe('sqlite')
  })

  it.each(['postgres://localhost/cop', 'mysql://db/cop', 'file:', 'mongodb://', 'cop.db'])(
    'should refuse %s with one line naming the variable and the accepted forms',
    (uri) => {
      expect(() => chooseDatabase({ uri })).toThrow(DatabaseConfigError)
      try {
        chooseDatabase({ uri })
      } catch (error) {
        const message = (error as Error).message
        expect(message).not.toContain('\n')
        expect(message).toMatch(/^DATABASE_URI=/)
        expect(message).toContain('file:<path>')
        expect(message).toContain('mongodb://')
        expect(message).toContain('mongodb+srv://')
      }
    },
  )

  it('should not print a password from a refused URI', () => {
    expect(() => chooseDatabase({ uri: 'postgres://cop:s3cret@db/cop' })).toThrow(/cop:\*\*\*@db/)
  })
})
