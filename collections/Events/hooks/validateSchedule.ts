import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** An event that ends before it starts would vanish from calendars: refuse it with a 400. */
export const validateSchedule: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const start = data?.start ?? originalDoc?.start
  const end = data?.end ?? originalDoc?.end
  if (!start || !end) return data
  if (new Date(end).getTime() < new Date(start).getTime()) {
    throw new ValidationError(
      {
        collection: 'events',
        errors: [{ path: 'end', message: 'The event must end after it starts.' }],
        req,
      },
      req.t,
    )
  }
  return data
}
