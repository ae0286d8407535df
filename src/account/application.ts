import { asRecordId } from '@/validation/shape'
import { JOIN_FIELDS, type JoinField } from '@/people/application'

/**
 * The join form's answers as the registration contract takes them (`POST /api/users`): ids of
 * the directory, countries and themes as the database's ids, the organisation as the entry's id
 * unless the person wrote a name of their own, and nothing for what was left empty, so that a
 * missing field is the contract's own 400 naming it.
 */
export function applicationOf(form: FormData, idType: 'number' | 'text'): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.trim() : ''
  }
  // An id the database cannot hold is sent as it came, for the API's check to name its field.
  const id = (value: string) => asRecordId(value, idType) ?? value
  const proposed = text('organisationName')
  const chosen = text('organisation')
  const themes = form
    .getAll('themesOfInterest')
    .filter((value): value is string => typeof value === 'string' && value !== '')
  const given = {
    name: text('name'),
    email: text('email'),
    password: form.get('password'),
    organisation: proposed || (chosen ? id(chosen) : ''),
    memberGroup: text('memberGroup'),
    country: text('country') ? id(text('country')) : '',
    themesOfInterest: themes.length > 0 ? themes.map(id) : '',
    statement: text('statement'),
    preferredLanguage: text('preferredLanguage'),
    // The invitation link's token, which confirms an invited address (acceptInvitation).
    invitation: text('invitation'),
  }
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== ''))
}

type Refusal = { status?: number; data?: { errors?: { path?: unknown }[] } } | null

/**
 * The fields a refused application names (`ValidationError`'s `data.errors`, paths such as
 * `themesOfInterest.1` or `organisationEntry`), in the form's order, for the page's address.
 */
export function refusedFields(error: unknown): JoinField[] {
  const problems = (error as Refusal)?.data?.errors ?? []
  const named = new Set(
    problems.map(({ path }) => {
      const root = String(path ?? '').match(/^[A-Za-z_]+/)?.[0] ?? ''
      return root === 'organisationEntry' ? 'organisation' : root
    }),
  )
  return JOIN_FIELDS.filter((field) => named.has(field))
}
