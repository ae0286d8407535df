import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

import type { User } from '@/payload-types'

export const payloadClient = (): Promise<Payload> => getPayload({ config })

/**
 * The person looking at the page, from their session cookie, checked by Payload itself (never by
 * calling our own API over HTTP). Null for a visitor. Once per request (React's `cache()`): the
 * layout, `generateMetadata` and the page ask, and get the same user object.
 */
export const currentVisitor = cache(async (): Promise<User | null> => {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return (user as User | null) ?? null
})
