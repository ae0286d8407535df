import Link from 'next/link'

import { maySubmitUser } from '@/access/roles'
import {
  accountLocale,
  accountMetadata,
  accountParam,
  signedInVisitor,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { SubmissionList } from '@/components/submissions/SubmissionList'
import { listOwnSubmissions } from '@/data/submissions'
import { translate, type UiKey } from '@/i18n/ui'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'submissionsTitle')

/** What the signed-in person proposed and where each stands, with the forms to propose more. */
export default async function SubmissionsPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await signedInVisitor(locale, `/${locale}/account/submissions`)
  const t = (key: UiKey) => translate(locale, key)
  const sent = Boolean(await accountParam(searchParams, 'sent'))
  const items = await listOwnSubmissions({ user, locale })
  return (
    <main className="account">
      <h1>{t('submissionsTitle')}</h1>
      <FormMessage locale={locale} message={sent ? 'submissionSent' : undefined} />
      <p>{t('submissionsIntro')}</p>
      {maySubmitUser(user) ? (
        <ul className="actions">
          <li>
            <Link href={`/${locale}/account/submissions/event`}>{t('submissionProposeEvent')}</Link>
          </li>
          <li>
            <Link href={`/${locale}/account/submissions/news`}>{t('submissionProposeNews')}</Link>
          </li>
          <li>
            <Link href={`/${locale}/account/submissions/resource`}>
              {t('submissionProposeResource')}
            </Link>
          </li>
          {user.affiliationConfirmed && user.organisationEntry ? (
            <li>
              <Link href={`/${locale}/account/submissions/organisation`}>
                {t('submissionProposeOrganisation')}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : (
        <p className="notice">{t('submissionNotAllowed')}</p>
      )}
      <SubmissionList locale={locale} items={items} />
    </main>
  )
}
