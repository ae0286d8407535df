import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Theme, User } from '@/payload-types'

import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, type Cast } from '../helpers/people'
import { createSample } from '../helpers/samples'

/**
 * The library's year filter offers the years that have works the visitor can see, from one
 * DISTINCT query (issue 10: facet options never read every record).
 */
let portal: Portal
let payload: Payload
let cast: Cast
let resourceYears: typeof import('@/data/resources').resourceYears

beforeAll(async () => {
  portal = await bootPortal('library-facets')
  payload = portal.payload
  resourceYears = (await import('@/data/resources')).resourceYears
  const { moderated } = await createThemes(payload)
  cast = await createCast(payload, moderated)
  const country = (await createSample(payload, 'countries', {
    theme: moderated,
  } as never)) as Country
  const context = { theme: moderated as Theme, country }
  await createSample(payload, 'resources', context, { year: 2005 })
  await createSample(payload, 'resources', context, { year: 2005 })
  await createSample(payload, 'resources', context, { year: 1999 })
  await createSample(payload, 'resources', context, { year: 1997, visibility: 'members' })
  await createSample(payload, 'resources', context, { year: 1998, _status: 'draft' })
  await createSample(payload, 'resources', context, { year: null })
}, 120_000)

afterAll(async () => {
  await portal?.close()
})

describe('the year filter', () => {
  it('should offer a visitor each year of a published work once, newest first, members-only works included', async () => {
    expect(await resourceYears({ user: null })).toEqual([2005, 1999, 1997])
  })

  it('should offer a member the same years, and staff the year that only a draft has', async () => {
    expect(await resourceYears({ user: cast.member as User })).toEqual([2005, 1999, 1997])
    expect(await resourceYears({ user: cast.staff as User })).toEqual([2005, 1999, 1998, 1997])
  })
})
