import type { PayloadRequest } from 'payload'

import { PROFILE_FIELDS, type ProfileField } from '@collections/Organisations/profile'
import { slugs } from '@collections/slugs'
import { asRecordId } from '@/validation/shape'

import type { Outcome } from './site'

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}

/**
 * The profile form's answers as `POST /api/organisation-proposals` takes them. The form shows
 * the whole current profile, so an emptied answer empties the field (the name excepted: the
 * API refuses an empty one).
 */
export function profileFromForm(form: FormData, idType: 'number' | 'text') {
  const country = text(form, 'country')
  return {
    name: text(form, 'name'),
    acronym: text(form, 'acronym') || null,
    country: country ? (asRecordId(country, idType) ?? country) : null,
    website: text(form, 'website') || null,
  }
}

type Refusal = { status?: number; data?: { errors?: { path?: unknown }[] } } | null

/** The profile's fields a refused proposal names, in the form's order. */
function refusedFields(error: unknown): ProfileField[] {
  const named = new Set(
    ((error as Refusal)?.data?.errors ?? []).map(({ path }) => String(path ?? '')),
  )
  return PROFILE_FIELDS.filter((field) => named.has(field))
}

/** The site's profile form, as the signed-in person, through the API's rules. */
export async function proposeProfileFromForm({
  req,
  form,
}: {
  req: PayloadRequest
  form: FormData
}): Promise<Outcome> {
  try {
    const doc = await req.payload.create({
      collection: slugs.organisationProposals,
      data: profileFromForm(form, req.payload.db.defaultIDType) as never,
      overrideAccess: false,
      req,
    })
    return { ok: true, id: doc.id }
  } catch (error) {
    const status = (error as Refusal)?.status
    if (status === 403) return { ok: false, codes: ['forbidden'] }
    if (status === 409) return { ok: false, codes: ['waiting'] }
    const fields = refusedFields(error)
    if (fields.length > 0) return { ok: false, codes: fields }
    req.payload.logger.error({ err: error, msg: 'submissions: a profile proposal failed' })
    return { ok: false, codes: ['failed'] }
  }
}
