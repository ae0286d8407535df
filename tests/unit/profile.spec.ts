import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { profileChanges } from '@/account/profile'
import { MemberBadge } from '@/components/people/MemberBadge'
import { creditFor } from '@/people/credit'
import { directoryWhere } from '@/people/directory'
import { CONSTITUENCY_OF } from '@/people/memberGroups'

const badge = (person: Parameters<typeof MemberBadge>[0]['person'], locale = 'en' as const) =>
  renderToStaticMarkup(createElement(MemberBadge, { locale, person }))

describe('the affiliation badge', () => {
  it('should tell the tripartite constituencies and the UN apart at a glance', () => {
    const constituencies = ['government', 'trade-union', 'employers', 'ilo-technical'] as const
    const classes = constituencies.map(
      (group) =>
        badge({ memberGroup: group, organisation: 'Org', affiliationConfirmed: true }).match(
          /member-badge-([a-z-]+)/,
        )?.[1],
    )
    expect(classes).toEqual(['government', 'workers', 'employers', 'un'])
    expect(CONSTITUENCY_OF['un-working-group']).toBe('un')
  })

  it('should show the group in the reader’s language with the organisation', () => {
    expect(
      badge(
        { memberGroup: 'trade-union', organisation: 'Federation', affiliationConfirmed: true },
        'th' as never,
      ),
    ).toContain('ลูกจ้าง</strong><span class="member-badge-organisation">Federation</span>')
  })

  it('should show nothing until a manager has confirmed the affiliation', () => {
    expect(badge({ memberGroup: 'government', organisation: 'Ministry' })).toBe('')
    expect(badge({ memberGroup: 'government', affiliationConfirmed: false })).toBe('')
  })
})

describe('the profile form', () => {
  it('should take only the profile’s own fields, whatever else is posted', () => {
    const form = new FormData()
    for (const [name, value] of [
      ['name', ' Ana '],
      ['country', '3'],
      ['themesOfInterest', '4'],
      ['themesOfInterest', '5'],
      ['preferredLanguage', 'xx'],
      ['directory.listed', 'on'],
      ['roles', 'admin'],
      ['membershipStatus', 'approved'],
      ['maySubmit', 'on'],
      ['organisation', 'Elsewhere'],
    ])
      form.append(name, value)
    expect(profileChanges(form, 'number')).toEqual({
      name: 'Ana',
      country: 3,
      themesOfInterest: [4, 5],
      directory: {
        listed: true,
        showOrganisation: false,
        showGroup: false,
        showCountry: false,
        showThemes: false,
      },
    })
  })
})

describe('the member directory query', () => {
  it('should join each filter to the opt-in that shows it', () => {
    expect(directoryWhere({ country: 3 })).toEqual({
      and: [
        { membershipStatus: { equals: 'approved' } },
        { 'directory.listed': { equals: true } },
        { 'directory.showCountry': { equals: true } },
        { country: { equals: 3 } },
      ],
    })
  })
})

describe('credit for a contribution', () => {
  it('should name an open account’s person, and a closed one’s organisation or a former member', () => {
    expect(creditFor({ user: { name: 'Ana', membershipStatus: 'approved' }, locale: 'en' })).toBe(
      'Ana',
    )
    expect(
      creditFor({ user: { name: 'Former member', organisation: 'Ministry' }, locale: 'en' }),
    ).toBe('Ministry')
    expect(creditFor({ user: { name: 'Former member' }, locale: 'vi' })).toBe('Cựu thành viên')
    expect(creditFor({ user: null, locale: 'id' })).toBe('Mantan anggota')
  })
})
