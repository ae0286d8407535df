import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { slugify } from '@/fields/slug'

const HANDLE = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/

/**
 * Every account gets a handle others type after @ to mention it: the Latin letters of the name
 * (`somchai-prasert`), or `member` for names in other scripts, with a number added until it is
 * free. A handle someone chooses must keep the same shape, so a mention is always one word.
 */
export const assignHandle: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const chosen = typeof data.handle === 'string' ? data.handle.trim().toLowerCase() : ''
  if (chosen) {
    if (!HANDLE.test(chosen)) {
      throw new ValidationError(
        {
          collection: 'users',
          errors: [
            {
              path: 'handle',
              message:
                'A handle has lower-case Latin letters and digits, joined by single dots, hyphens or underscores.',
            },
          ],
          req,
        },
        req.t,
      )
    }
    return { ...data, handle: chosen }
  }
  if (originalDoc?.handle) return { ...data, handle: originalDoc.handle }
  const name = typeof data.name === 'string' ? data.name : (originalDoc?.name ?? '')
  const base = slugify(name).slice(0, 30).replace(/-+$/, '') || 'member'
  for (let n = 1; ; n++) {
    const handle = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await req.payload.count({
      collection: 'users',
      where: { handle: { equals: handle } },
      req,
      overrideAccess: true,
    })
    if (totalDocs === 0) return { ...data, handle }
  }
}
