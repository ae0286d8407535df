import { describe, expect, it } from 'vitest'

import { applicationOf, refusedFields } from '@/account/application'

const formWith = (entries: [string, string][]) => {
  const form = new FormData()
  for (const [name, value] of entries) form.append(name, value)
  return form
}

/** The join form's answers as the registration contract (`POST /api/users`) takes them. */
describe('the join form', () => {
  it('should send a directory entry, a country and themes as ids, and leave out what was left empty', () => {
    const form = formWith([
      ['locale', 'th'],
      ['name', '  Somchai  '],
      ['email', 'somchai@example.org '],
      ['password', 'a-long-password'],
      ['repeat', 'a-long-password'],
      ['organisation', '12'],
      ['organisationName', ''],
      ['memberGroup', 'trade-union'],
      ['country', '3'],
      ['themesOfInterest', '1'],
      ['themesOfInterest', '4'],
      ['statement', ''],
      ['preferredLanguage', 'th'],
    ])
    expect(applicationOf(form, 'number')).toEqual({
      name: 'Somchai',
      email: 'somchai@example.org',
      password: 'a-long-password',
      organisation: 12,
      memberGroup: 'trade-union',
      country: 3,
      themesOfInterest: [1, 4],
      preferredLanguage: 'th',
    })
  })

  it('should prefer a written organisation name to the list, and send nothing for no organisation', () => {
    const written = formWith([
      ['organisation', '12'],
      ['organisationName', 'Migrant Workers Rights Network'],
    ])
    expect(applicationOf(written, 'number').organisation).toBe('Migrant Workers Rights Network')
    expect('organisation' in applicationOf(formWith([['organisation', '']]), 'number')).toBe(false)
  })

  it('should carry an invitation link’s token, and nothing when there is none', () => {
    const token = 'a'.repeat(64)
    expect(applicationOf(formWith([['invitation', token]]), 'number').invitation).toBe(token)
    expect('invitation' in applicationOf(formWith([['invitation', '']]), 'number')).toBe(false)
  })

  it('should pass an id the database cannot hold as it came, for the API to name its field', () => {
    expect(applicationOf(formWith([['country', 'x1']]), 'number').country).toBe('x1')
    const mongo = applicationOf(formWith([['country', '64b7f0c2a1b2c3d4e5f6a7b8']]), 'text')
    expect(mongo.country).toBe('64b7f0c2a1b2c3d4e5f6a7b8')
  })

  it('should name the refused fields in the form’s order, an entry and array rows by their field', () => {
    const refusal = {
      status: 400,
      data: {
        errors: [
          { path: 'themesOfInterest.1', message: '…' },
          { path: 'organisationEntry', message: '…' },
          { path: 'name', message: '…' },
          { path: 'roles', message: '…' },
        ],
      },
    }
    expect(refusedFields(refusal)).toEqual(['name', 'organisation', 'themesOfInterest'])
    expect(refusedFields(new Error('database is locked'))).toEqual([])
    expect(refusedFields(null)).toEqual([])
  })
})
