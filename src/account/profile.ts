import type { Payload } from 'payload'

import { isLocale } from '@/i18n/languages'
import { DIRECTORY_OPT_INS } from '@/people/directory'
import type { User } from '@/payload-types'
import { asRecordId } from '@/validation/shape'

/**
 * The profile form's answers as a change to the person's own account: only the fields the form
 * has (name, country, themes, language, directory choices), whatever else was posted. Roles,
 * status, the right to submit and the organisation are not among them: the organisation goes
 * through a manager (`proposeOrganisation`), the rest are managers' to give.
 */
export function profileChanges(form: FormData, idType: 'number' | 'text') {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.trim() : ''
  }
  const id = (value: string) => asRecordId(value, idType) ?? value
  const themes = form
    .getAll('themesOfInterest')
    .filter((value): value is string => typeof value === 'string' && value !== '')
  const language = text('preferredLanguage')
  return {
    name: text('name'),
    country: text('country') ? id(text('country')) : null,
    themesOfInterest: themes.map(id),
    ...(isLocale(language) ? { preferredLanguage: language } : {}),
    directory: Object.fromEntries(
      DIRECTORY_OPT_INS.map((optIn) => [optIn, form.get(`directory.${optIn}`) === 'on']),
    ),
  }
}

/**
 * Saves the profile form for the signed-in person, with their own access (`overrideAccess:
 * false`): the same rules, hooks and 400s as `PATCH /api/users/<their id>`.
 */
export async function saveProfile({
  payload,
  user,
  form,
}: {
  payload: Payload
  user: User
  form: FormData
}) {
  return payload.update({
    collection: 'users',
    id: user.id,
    data: profileChanges(form, payload.db.defaultIDType) as Partial<User>,
    overrideAccess: false,
    user,
  })
}
