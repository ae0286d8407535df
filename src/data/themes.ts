import type { Locale } from '@/i18n/languages'
import type { Theme, User } from '@/payload-types'

import { cachedRead } from './cache'
import { RESOURCE_CARD_SELECT, withCardLanguages } from './resources'
import { payloadClient } from './payload'

/** The five themes in their display order, as the visitor may see them. */
export async function listThemes({
  user,
  locale,
}: {
  user: User | null
  locale: Locale
}): Promise<Theme[]> {
  return cachedRead({ user, key: ['listThemes', locale] }, async (payload) => {
    const { docs } = await payload.find({
      collection: 'themes',
      locale,
      fallbackLocale: 'en',
      sort: 'order',
      limit: 20,
      depth: 0,
      user,
      overrideAccess: false,
    })
    return docs
  })
}

/** One theme by its slug. */
export async function getTheme({
  user,
  locale,
  slug,
}: {
  user: User | null
  locale: Locale
  slug: string
}): Promise<Theme | null> {
  const themes = await listThemes({ user, locale })
  return themes.find((theme) => theme.slug === slug) ?? null
}

/**
 * Who moderates a theme. The member directory is for approved members (a person's name is theirs
 * to share with the community, not with the web), so visitors get an empty list.
 */
export async function themeModerators({ user, themeId }: { user: User | null; themeId: number }) {
  if (!user) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'users',
    where: { moderatedThemes: { contains: themeId } },
    limit: 20,
    depth: 0,
    // The badge's fields, and the opt-ins the field rules need to let them through.
    select: {
      name: true,
      organisation: true,
      memberGroup: true,
      affiliationConfirmed: true,
      directory: true,
    },
    user,
    overrideAccess: false,
  })
  return docs
}

/**
 * The works an editor chose for the theme, in their order, that the visitor may see, with their
 * titles' language.
 */
export async function curatedResources({
  user,
  locale,
  theme,
}: {
  user: User | null
  locale: Locale
  theme: Theme
}) {
  const ids = (theme.curatedResources ?? []).map((entry) =>
    typeof entry === 'object' ? entry.id : entry,
  )
  if (ids.length === 0) return []
  return cachedRead({ user, key: ['curatedResources', locale, theme.id, ids] }, async (payload) => {
    const { docs } = await payload.find({
      collection: 'resources',
      where: { id: { in: ids } },
      limit: ids.length,
      locale,
      fallbackLocale: 'en',
      depth: 0,
      select: RESOURCE_CARD_SELECT,
      user,
      overrideAccess: false,
    })
    return withCardLanguages(payload, {
      locale,
      user,
      docs: ids.flatMap((id) => docs.filter((doc) => doc.id === id)),
    })
  })
}
