import { closeAccountForm } from '@/account/profileActions'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

/** Downloading one's data, then closing the account for good with the password given again. */
export function YourDataSections({ locale }: { locale: Locale }) {
  const t = (key: UiKey) => translate(locale, key)
  return (
    <>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('profileDataTitle')}</h2>
        {/* A download, not a page: the file comes from the API with the session cookie. */}
        <a href="/api/users/me/export" download>
          {t('profileDownload')}
        </a>
      </section>
      <section aria-labelledby="close-heading" id="close">
        <h2 id="close-heading">{t('profileCloseTitle')}</h2>
        <p>{t('profileCloseHelp')}</p>
        <form action={closeAccountForm} className="account-form">
          <input type="hidden" name="locale" value={locale} />
          <label>
            {t('profileClosePassword')}
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          <button type="submit">{t('profileCloseButton')}</button>
        </form>
      </section>
    </>
  )
}
