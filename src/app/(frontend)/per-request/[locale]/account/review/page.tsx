import {
  accountLocale,
  accountMetadata,
  accountParam,
  signedInVisitor,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { FlaggedPosts } from '@/components/forums/FlaggedPosts'
import { ReviewQueue } from '@/components/submissions/ReviewQueue'
import { listFlaggedPosts } from '@/data/forumFlags'
import { isReviewer, listReviewQueue } from '@/data/submissions'
import { translate, type UiKey } from '@/i18n/ui'

const ERRORS: Record<string, UiKey> = {
  reason: 'reviewQueueNeedsReason',
  invalid: 'reviewQueueInvalid',
  forbidden: 'reviewQueueForbidden',
  failed: 'reviewQueueFailed',
  // The flagged posts' decisions (src/forums/moderationActions.ts).
  'flag-reason': 'modErrorReason',
  'flag-invalid': 'modErrorInvalid',
  'flag-forbidden': 'modErrorForbidden',
  'flag-failed': 'modErrorFailed',
}

const errorMessage = (code: string): UiKey =>
  Object.hasOwn(ERRORS, code) ? ERRORS[code] : 'reviewQueueFailed'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'reviewQueueTitle')

/**
 * Managers' and moderators' queue of members' proposals, oldest first, within their themes, and
 * beside them the forum posts members flagged in the discussions they moderate.
 */
export default async function ReviewPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await signedInVisitor(locale, `/${locale}/account/review`)
  const t = (key: UiKey) => translate(locale, key)
  if (!isReviewer(user)) {
    return (
      <main className="account">
        <h1>{t('reviewQueueTitle')}</h1>
        <p className="notice">{t('reviewQueueNotAllowed')}</p>
      </main>
    )
  }
  const error = await accountParam(searchParams, 'error')
  const decided = Boolean(await accountParam(searchParams, 'decided'))
  const flagsDecided = Boolean(await accountParam(searchParams, 'flags'))
  const [items, flagged] = await Promise.all([
    listReviewQueue({ user, locale }),
    listFlaggedPosts({ user }),
  ])
  return (
    <main className="account">
      <h1>{t('reviewQueueTitle')}</h1>
      <FormMessage locale={locale} message={error ? errorMessage(error) : undefined} isError />
      <FormMessage locale={locale} message={decided ? 'reviewQueueDecided' : undefined} />
      <FormMessage locale={locale} message={flagsDecided ? 'modDone' : undefined} />
      <p>{t('reviewQueueIntro')}</p>
      <ReviewQueue locale={locale} items={items} />
      <FlaggedPosts locale={locale} posts={flagged} />
    </main>
  )
}
