import { Link } from '@/components/layout/Link'

import type { CentreModality, CentreService } from '@/data/resourceCentres'
import type { InLanguages } from '@/data/translations'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

export const SERVICE_LABELS: Record<CentreService, UiKey> = {
  counselling: 'serviceCounselling',
  'legal-aid': 'serviceLegalAid',
  'information-education': 'serviceInformation',
  networking: 'serviceNetworking',
  'union-membership': 'serviceUnionMembership',
}

export const MODALITY_LABELS: Record<CentreModality, UiKey> = {
  physical: 'modalityPhysical',
  mobile: 'modalityMobile',
  virtual: 'modalityVirtual',
}

type ListedCentre = InLanguages<
  {
    id: number | string
    name?: string | null
    slug: string
    operator: string
    place?: string | null
    modality: CentreModality
    services?: CentreService[] | null
    country: number | string | { id: number | string; name?: string | null }
  },
  'name'
>

/**
 * Centres as cards: country and place, name, who runs it, its CLIENT services. A country page reuses it.
 * A name that is an English fallback (`languages.name`, from the data layer) is marked `lang="en"`.
 */
export function CentreList({
  centres,
  locale,
  headingLevel = 3,
}: {
  centres: ListedCentre[]
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="cards">
      {centres.map((centre) => {
        const country = typeof centre.country === 'object' ? centre.country.name : null
        return (
          <li key={centre.id} className="card">
            <p className="hit-meta">
              {[country, centre.place, translate(locale, MODALITY_LABELS[centre.modality])]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <Heading className="card-title">
              <Link
                href={`/${locale}/resource-centres/${centre.slug}`}
                lang={centre.languages.name}
              >
                {centre.name ?? centre.slug}
              </Link>
            </Heading>
            <p className="card-summary">
              {translate(locale, 'centreOperator')}: {centre.operator}
            </p>
            {centre.services?.length ? (
              <ul className="tags" aria-label={translate(locale, 'centreServices')}>
                {centre.services.map((service) => (
                  <li key={service}>{translate(locale, SERVICE_LABELS[service])}</li>
                ))}
              </ul>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
