import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { payloadSecret } from '@/config/secret'

describe('the session secret', () => {
  it('should use PAYLOAD_SECRET when given', () => {
    expect(payloadSecret({ env: { PAYLOAD_SECRET: 'given' }, dataDir: '/nonexistent' })).toBe(
      'given',
    )
  })

  it('should make a random secret once per installation and keep it private', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cop-secret-'))
    const first = payloadSecret({ env: {}, dataDir })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret({ env: {}, dataDir })).toBe(first)
    expect(fs.statSync(path.join(dataDir, '.payload-secret')).mode & 0o077).toBe(0)
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'cop-secret-'))
    expect(payloadSecret({ env: {}, dataDir: other })).not.toBe(first)
  })
})
