'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { getSafeRedirect } from 'payload/shared'
import { useEffect } from 'react'

/**
 * Shown under the sign-in form: once signed in, loads the admin panel as a new page instead of
 * Payload's in-page transition. Payload creates the panel's locale state once per page, on the
 * sign-in page, where the signed-out configuration has no locales; after the transition the
 * dashboard's switcher read "Locale: undefined" until a preferences request came back (and
 * stayed so if it failed). A new page starts with the signed-in configuration and the saved
 * locale, read on the server.
 */
export function LoadAdminAfterSignIn() {
  const { user } = useAuth()
  const { config } = useConfig()
  const redirect = useSearchParams().get('redirect')
  useEffect(() => {
    if (!user) return
    // The same destination, and the same open-redirect guard, as Payload's sign-in form.
    window.location.replace(
      getSafeRedirect({ fallbackTo: config.routes.admin, redirectTo: redirect ?? '' }),
    )
  }, [user, config.routes.admin, redirect])
  return null
}
