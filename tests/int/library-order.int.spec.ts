import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/languages'
import type { Country, Theme } from '@/payload-types'

import { bootPortal, type Portal } from '../helpers/payload'
import { createThemes } from '../helpers/people'
import { createSample } from '../helpers/samples'

/**
 * The library sorted by title, in the reader's language: works with a title of their own in
 * that language sort by it, the others by the English title they are shown with (issue 10: the
 * title order at 100,000 works reads a maintained, indexed key instead of joining every title).
 * Expected orders come from `Intl.Collator`, the Unicode collation, not from the portal's keys.
 */
let portal: Portal
let payload: Payload
let listResources: typeof import('@/data/resources').listResources
let orderSavedTitles: typeof import('@/library/orderSavedTitles').orderSavedTitles

/** English title, and the Thai one where the work has one. */
const WORKS: { en: string; th?: string }[] = [
  { en: 'Zero recruitment fees', th: 'ค่าหัวคิวเป็นศูนย์' },
  { en: '"Fair" recruitment in practice' },
  { en: 'apprenticeships abroad', th: 'การฝึกงานในต่างประเทศ' },
  { en: 'Émigré remittances' },
  { en: 'Bilateral labour agreements', th: 'ข้อตกลงแรงงานทวิภาคี' },
  { en: 'Women migrant workers', th: 'แรงงานข้ามชาติหญิง' },
  { en: 'Domestic work' },
]

const ids: (number | string)[] = []

const titlesInOrder = async (locale: Locale) => {
  const page = await listResources({
    user: null,
    locale,
    query: { sort: 'title', page: 1 },
    limit: 50,
  })
  return page.docs.map((doc) => doc.title)
}

const collated = (titles: string[], locale: Locale) =>
  [...titles].sort(new Intl.Collator(locale, { ignorePunctuation: true }).compare)

const shownIn = (locale: 'en' | 'th') => WORKS.map((work) => work[locale] ?? work.en)

beforeAll(async () => {
  portal = await bootPortal('library-order')
  payload = portal.payload
  listResources = (await import('@/data/resources')).listResources
  orderSavedTitles = (await import('@/library/orderSavedTitles')).orderSavedTitles
  const { moderated } = await createThemes(payload)
  const country = (await createSample(payload, 'countries', {
    theme: moderated,
  } as never)) as Country
  for (const work of WORKS) {
    const created = await createSample(
      payload,
      'resources',
      { theme: moderated as Theme, country },
      { title: work.en },
    )
    ids.push(created.id)
    if (work.th) {
      await payload.update({
        collection: 'resources',
        id: created.id,
        locale: 'th',
        data: { title: work.th, summary: 'คู่มือสำหรับการทดสอบ' },
      })
    }
  }
}, 120_000)

afterAll(async () => {
  await portal?.close()
})

describe('the library sorted by title', () => {
  it('should list works in English alphabetical order, ignoring case, accents and quotation marks', async () => {
    expect(await titlesInOrder('en')).toEqual(collated(shownIn('en'), 'en'))
    expect((await titlesInOrder('en'))[0]).toBe('apprenticeships abroad')
  })

  it('should list a Thai reader the Thai titles in Thai order, and untranslated works by their English title', async () => {
    const order = await titlesInOrder('th')
    expect(order).toEqual(collated(shownIn('th'), 'th'))
    // A Thai reader's collation puts Thai script before Latin: the untranslated works come last.
    expect(order.slice(4)).toEqual([
      'Domestic work',
      'Émigré remittances',
      '"Fair" recruitment in practice',
    ])
  })

  it('should move a work when its title changes, in every language that shows that title', async () => {
    const domestic = ids[WORKS.findIndex((work) => work.en === 'Domestic work')]
    await payload.update({
      collection: 'resources',
      id: domestic,
      locale: 'en',
      data: { title: 'Yearly domestic work survey' },
    })
    await payload.update({
      collection: 'resources',
      id: ids[0],
      locale: 'th',
      data: { title: 'อัตราค่าหัวคิว' },
    })
    const en = shownIn('en').map((title) =>
      title === 'Domestic work' ? 'Yearly domestic work survey' : title,
    )
    const th = shownIn('th')
      .map((title) => (title === 'Domestic work' ? 'Yearly domestic work survey' : title))
      .map((title) => (title === 'ค่าหัวคิวเป็นศูนย์' ? 'อัตราค่าหัวคิว' : title))
    expect(await titlesInOrder('en')).toEqual(collated(en, 'en'))
    expect(await titlesInOrder('th')).toEqual(collated(th, 'th'))
    // Back as it was, for the next test.
    await payload.update({
      collection: 'resources',
      id: domestic,
      locale: 'en',
      data: { title: 'Domestic work' },
    })
    await payload.update({
      collection: 'resources',
      id: ids[0],
      locale: 'th',
      data: { title: 'ค่าหัวคิวเป็นศูนย์' },
    })
  })

  it('should ignore a key sent by a client and keep the one the title gives', async () => {
    await payload.update({
      collection: 'resources',
      id: ids[1],
      data: { titleOrder: { inEn: '0000', inTh: '0000' } } as never,
    })
    expect(await titlesInOrder('en')).toEqual(collated(shownIn('en'), 'en'))
  })

  it.runIf(process.env.MONGODB_URI === undefined)(
    'should key the works saved before the migration (SQLite)',
    async () => {
      const client = (payload.db as unknown as { client: Client }).client
      await client.execute(
        'UPDATE resources SET title_order_in_en = NULL, title_order_in_th = NULL',
      )
      await orderSavedTitles({ db: payload.db.drizzle as never, payload })
      const keys = await client.execute(
        'SELECT count(*) AS n FROM resources WHERE title_order_in_th IS NULL',
      )
      expect(keys.rows[0].n).toBe(0)
      expect(await titlesInOrder('th')).toEqual(collated(shownIn('th'), 'th'))
      expect(await titlesInOrder('en')).toEqual(collated(shownIn('en'), 'en'))
    },
  )
})
