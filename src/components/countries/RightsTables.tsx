import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Country } from '@/payload-types'

// A country's rights tables on its page: ratifications, and what national law allows.

const STATUS_LABEL: Record<string, UiKey> = {
  ratified: 'ratified',
  'not-ratified': 'notRatified',
  denounced: 'denounced',
}
const ANSWER_LABEL: Record<string, UiKey> = { yes: 'yes', no: 'no', 'not-stated': 'notStated' }

type Props = { country: Country; locale: Locale }

/** The ILO conventions on migration and the country's status for each. */
export function Ratifications({ country, locale }: Props) {
  const t = (key: UiKey) => translate(locale, key)
  return (
    <section aria-labelledby="ratifications">
      <h2 id="ratifications">{t('ratifications')}</h2>
      {country.ratifications?.length ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('convention')}</th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {country.ratifications.map((row) => (
                <tr key={row.id ?? row.convention}>
                  <th scope="row">{row.convention}</th>
                  <td>
                    {t(STATUS_LABEL[row.status])}
                    {row.year ? ` (${row.year})` : ''}
                    {row.note ? ` — ${row.note}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('none')}</p>
      )}
    </section>
  )
}

/** What national law lets migrant workers do in trade unions; absent when nothing is known. */
export function NationalLaws({ country, locale }: Props) {
  const t = (key: UiKey) => translate(locale, key)
  if (!country.nationalLaws?.length) return null
  return (
    <section aria-labelledby="laws">
      <h2 id="laws">{t('nationalLaws')}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('nationalLaws')}</th>
              <th scope="col">{t('mayJoin')}</th>
              <th scope="col">{t('mayForm')}</th>
              <th scope="col">{t('mayHoldOffice')}</th>
            </tr>
          </thead>
          <tbody>
            {country.nationalLaws.map((law) => (
              <tr key={law.id ?? law.title}>
                <th scope="row">
                  {law.title}
                  {law.note ? <p className="muted">{law.note}</p> : null}
                </th>
                <td>{t(ANSWER_LABEL[law.mayJoin ?? 'not-stated'])}</td>
                <td>{t(ANSWER_LABEL[law.mayForm ?? 'not-stated'])}</td>
                <td>{t(ANSWER_LABEL[law.mayHoldOffice ?? 'not-stated'])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
