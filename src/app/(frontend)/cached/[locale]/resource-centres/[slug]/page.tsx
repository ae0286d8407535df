import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import {
  CentreList,
  MODALITY_LABELS,
  SERVICE_LABELS,
} from '@/components/resourceCentres/CentreList'
import { relationId } from '@/fields/relationId'
import { currentVisitor } from '@/data/payload'
import { getResourceCentre, listResourceCentres } from '@/data/resourceCentres'
import { pageMetadata } from '@/data/site'
import { isLocale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Country, Organisation } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const centre = await getResourceCentre({ user: await currentVisitor(), locale, slug })
  if (!centre) return {}
  const country = typeof centre.country === 'object' ? centre.country.name : null
  return pageMetadata({
    locale,
    path: `/resource-centres/${centre.slug}`,
    title: centre.name ?? centre.slug,
    description: [centre.operator, centre.place, country].filter(Boolean).join(' · '),
  })
}

/** One Migrant Worker Resource Centre: where it is, who runs it, what it offers, how to reach it. */
export default async function ResourceCentrePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const user = await currentVisitor()
  const centre = await getResourceCentre({ user, locale, slug })
  if (!centre) notFound()
  const country = typeof centre.country === 'object' ? (centre.country as Country) : null
  const organisation =
    typeof centre.organisation === 'object' ? (centre.organisation as Organisation | null) : null
  const others = await listResourceCentres({
    user,
    locale,
    countryId: relationId(centre.country),
    excludeId: centre.id,
    limit: 10,
  })
  // Name, place and contact may be translated on their own; whatever is not is English and marked so.
  const lang = centre.languages
  const isFallback =
    lang.name !== locale ||
    (Boolean(centre.place) && lang.place !== locale) ||
    (Boolean(centre.contact) && lang.contact !== locale)
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)

  return (
    <main>
      <p className="hit-meta">
        {t('typeResourceCentre')} · {t(MODALITY_LABELS[centre.modality])}
      </p>
      <h1 lang={lang.name}>{centre.name ?? centre.slug}</h1>
      {isFallback ? <p className="muted">{t('inEnglishOnly')}</p> : null}
      <dl className="facts">
        {country ? (
          <>
            <dt>{t('filterCountry')}</dt>
            <dd>
              <Link href={`/${locale}/countries/${country.iso.toLowerCase()}`}>
                {country.name ?? country.iso}
              </Link>
            </dd>
          </>
        ) : null}
        {centre.place ? (
          <>
            <dt>{t('centrePlace')}</dt>
            <dd lang={lang.place}>{centre.place}</dd>
          </>
        ) : null}
        <dt>{t('centreOperator')}</dt>
        <dd>
          {organisation?.website ? (
            <a href={organisation.website}>{centre.operator}</a>
          ) : (
            centre.operator
          )}
        </dd>
        {centre.programme ? (
          <>
            <dt>{t('centreProgramme')}</dt>
            <dd>{centre.programme}</dd>
          </>
        ) : null}
        {centre.contact ? (
          <>
            <dt>{t('centreContact')}</dt>
            <dd className="preserve-lines" lang={lang.contact}>
              {centre.contact}
            </dd>
          </>
        ) : null}
        {centre.source ? (
          <>
            <dt>{t('source')}</dt>
            <dd>{centre.source}</dd>
          </>
        ) : null}
      </dl>
      {centre.services?.length ? (
        <section aria-labelledby="centre-services">
          <h2 id="centre-services">{t('centreServices')}</h2>
          <ul>
            {centre.services.map((service) => (
              <li key={service}>
                <Link href={`/${locale}/resource-centres?service=${service}`}>
                  {t(SERVICE_LABELS[service])}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {country && others.docs.length ? (
        <section aria-labelledby="centre-others">
          <h2 id="centre-others">
            {t('centreOthersIn', { country: country.name ?? country.iso })}
          </h2>
          <CentreList centres={others.docs} locale={locale} />
        </section>
      ) : null}
      <p>
        <Link href={`/${locale}/resource-centres`}>{t('resourceCentresHere')}</Link>
      </p>
    </main>
  )
}
