import type { Locale } from '@/i18n/languages'
import type { User } from '@/payload-types'

import { cachedRead } from './cache'
import { RESOURCE_CARD_SELECT, withCardLanguages } from './resources'
import { listEvents } from './events'
import { listNews } from './news'
import { regionalComparison } from './regional'
import { listThemes } from './themes'

/** The works editors feature on the home page, newest first, with their titles' language. */
export async function featuredResources({
  user,
  locale,
  limit = 4,
}: {
  user: User | null
  locale: Locale
  limit?: number
}) {
  return cachedRead({ user, key: ['featuredResources', locale, limit] }, async (payload) => {
    const { docs } = await payload.find({
      collection: 'resources',
      where: { isFeatured: { equals: true } },
      sort: ['-year', 'title'],
      limit,
      locale,
      fallbackLocale: 'en',
      depth: 0,
      select: RESOURCE_CARD_SELECT,
      user,
      overrideAccess: false,
    })
    return withCardLanguages(payload, { locale, user, docs })
  })
}

/** Everything the home page shows, read in parallel. */
export async function homePage({ user, locale }: { user: User | null; locale: Locale }) {
  const [themes, featured, news, events, figures] = await Promise.all([
    listThemes({ user, locale }),
    featuredResources({ user, locale }),
    listNews({ user, locale, limit: 3 }),
    listEvents({ user, locale, from: new Date(), limit: 3 }),
    regionalComparison({ user, locale }),
  ])
  return { themes, featured, news: news.docs, events: events.events, figures }
}
