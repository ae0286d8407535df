import {
  accountLocale,
  accountMetadata,
  accountParam,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { attachmentField } from '@/components/forums/attachmentField'
import { ForumForm } from '@/components/forums/ForumForm'
import { ForumInvitationPage, outsideForums } from '@/components/forums/forumPage'
import { Link } from '@/components/layout/Link'
import { currentVisitor } from '@/data/payload'
import { listThemes } from '@/data/themes'
import { startDiscussionAction } from '@/forums/actions'
import { forumsPath } from '@/forums/paths'
import { FORUM_SIZES } from '@/forums/rules'
import { translate, type UiKey } from '@/i18n/ui'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'forumsStart')

/** Starting a discussion: a title, its themes (or cross-theme) and the first post. */
export default async function NewDiscussionPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await currentVisitor()
  const who = outsideForums(user)
  if (who) {
    return <ForumInvitationPage locale={locale} who={who} back={`${forumsPath(locale)}/new`} />
  }
  const t = (key: UiKey) => translate(locale, key)
  const themes = await listThemes({ user, locale })
  const wanted = await accountParam(searchParams, 'theme')
  return (
    <main className="forums account">
      <p>
        <Link href={forumsPath(locale)}>{t('forumsBackToForums')}</Link>
      </p>
      <h1>{t('forumsStart')}</h1>
      <ForumForm
        action={startDiscussionAction}
        hidden={{ locale }}
        fields={[
          {
            kind: 'text',
            name: 'title',
            label: t('forumsTitleLabel'),
            required: true,
            minLength: FORUM_SIZES.titleMin,
            maxLength: FORUM_SIZES.titleMax,
          },
          {
            kind: 'choices',
            name: 'themes',
            legend: t('forumsThemesLegend'),
            multiple: true,
            options: themes.map((theme) => ({ value: String(theme.id), label: theme.title ?? '' })),
            defaultValue: themes
              .filter((theme) => theme.slug === wanted)
              .map((theme) => String(theme.id)),
          },
          { kind: 'checkbox', name: 'crossTheme', label: t('forumsCrossThemeLabel') },
          {
            kind: 'textarea',
            name: 'body',
            label: t('forumsBodyLabel'),
            hint: t('forumsBodyHint'),
            rows: 10,
            required: true,
          },
          attachmentField(locale),
        ]}
        submit={t('forumsPublish')}
      />
    </main>
  )
}
