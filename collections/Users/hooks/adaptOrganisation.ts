import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { asRecordId } from '@/validation/shape'

/** Set on the operation's arguments: the data as the client sent it, for `answerApplicant`. */
export const SENT = 'sentData'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `organisation` is what clients send and read, as they always have: the organisation's name.
 * The registration contract also lets them send the id of a directory entry (`organisations`)
 * instead. Both end up as two stored fields: `organisation`, the name shown (the entry's name when
 * there is one, else the name the person proposed), and `organisationEntry`, the directory entry,
 * which a manager sets or corrects when confirming the member.
 *
 * It runs before the API edge's checks (`custom.beforeEdge`, see src/validation/plugin.ts): the
 * edge would refuse an id in a text field. An id that names no entry is a 400 on `organisation`.
 * A name sent alone clears the entry (the person says they moved); an entry chosen in the admin
 * panel (`organisationEntry`) brings its name with it.
 */
export const adaptOrganisation: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: unknown = args.data
  if (!isPlainObject(data)) return args
  const hasName = 'organisation' in data
  const hasEntry = 'organisationEntry' in data
  if (!hasName && !hasEntry) return args
  const withData = (adapted: Record<string, unknown>) =>
    ({ ...args, data: adapted, [SENT]: data }) as never

  const idType = req.payload.db.defaultIDType
  const sentId = hasName ? asRecordId(data.organisation, idType) : undefined
  const looksLikeId = typeof data.organisation === 'number' || (hasName && sentId !== undefined)
  const entryId = looksLikeId
    ? sentId
    : hasEntry && data.organisationEntry != null
      ? asRecordId(
          isPlainObject(data.organisationEntry)
            ? data.organisationEntry.id
            : data.organisationEntry,
          idType,
        )
      : undefined

  if (entryId === undefined) {
    if (looksLikeId) refuse(req, 'organisation', data.organisation)
    // A proposed name (or none): no entry unless the request names one the edge will check.
    return withData(hasEntry ? data : { ...data, organisationEntry: null })
  }
  const entry = await req.payload.db.findOne<{ id: number | string; name?: string }>({
    collection: 'organisations',
    where: { id: { equals: entryId } },
    req,
  })
  if (!entry) refuse(req, looksLikeId ? 'organisation' : 'organisationEntry', entryId)
  return withData({ ...data, organisation: entry.name ?? null, organisationEntry: entry.id })
}

function refuse(
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
  path: string,
  id: unknown,
): never {
  throw new ValidationError(
    {
      collection: 'users',
      errors: [
        {
          path,
          message: `There is no organisation ${String(id)} in the directory: send the id of an entry of /api/organisations, or the organisation's name.`,
        },
      ],
      req,
    },
    req.t,
  )
}
