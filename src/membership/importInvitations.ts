import { headersWithCors, type Endpoint } from 'payload'

import { Refused } from '@/access/refused'
import { isManagerUser, type Person } from '@/access/roles'
import { isLocale } from '@/i18n/languages'
import { MalformedRequest } from '@/validation/errors'

import { parseInvitationList } from './invitationList'
import { inviteMembers } from './inviteMembers'

/**
 * `POST /api/invitations/import`: a whole list at once, as the members-admin page sends it. The
 * body is the CSV itself (`Content-Type: text/csv`) or JSON `{ "csv": "…", "language": "th" }`
 * (the language of rows that name none). The answer is 200 with one result per person, in the
 * list's order; a list that cannot be read or is too long is a 400, a non-manager a 403.
 */
export const importInvitationsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!isManagerUser(req.user as Person | null)) {
      throw new Refused('Only managers and administrators can invite people.')
    }
    const type = req.headers.get('content-type') ?? ''
    let csv: unknown
    let language: unknown
    if (type.startsWith('text/csv') || type.startsWith('text/plain')) {
      csv = await req.text?.()
    } else {
      const body = (await req.json?.().catch(() => undefined)) as Record<string, unknown> | null
      csv = body?.csv
      language = body?.language
    }
    if (typeof csv !== 'string') {
      throw new MalformedRequest('Send the list as text/csv, or as JSON { "csv": "…" }.')
    }
    if (language !== undefined && !isLocale(language)) {
      throw new MalformedRequest('language must be one of en, th, km, lo, my, vi, id.')
    }
    const results = await inviteMembers({
      req,
      rows: parseInvitationList(csv),
      defaultLanguage: isLocale(language) ? language : undefined,
    })
    return Response.json(
      { results },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}
