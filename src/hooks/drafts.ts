import type { RequestContext } from 'payload'

/**
 * Collection hooks after a save are not told whether it was a draft save (which writes only a new
 * version; the published document stays as it is) or a change of the published document.
 * `noteDraftSave` runs before the operation, where Payload's `draft` argument is visible, and
 * notes it in the request's context for `isDraftSave`.
 */
export function noteDraftSave({
  args,
  context,
  operation,
}: {
  args: unknown
  context: RequestContext
  operation: string
}): void {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return
  const { draft, data } = args as { draft?: boolean; data?: { _status?: string } }
  context.savingDraft = Boolean(draft) && data?._status !== 'published'
}

/** True when the save that just happened wrote a draft only (see `noteDraftSave`). */
export const isDraftSave = (context: RequestContext | undefined): boolean =>
  Boolean(context?.savingDraft)
