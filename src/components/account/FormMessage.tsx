import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

/**
 * What an account form's last submission said: an error is announced at once to screen readers
 * (role="alert"), a confirmation politely (role="status").
 */
export function FormMessage({
  locale,
  message,
  isError = false,
  values,
}: {
  locale: Locale
  message: UiKey | undefined
  isError?: boolean
  values?: Record<string, string | number>
}) {
  if (!message) return null
  return (
    <p
      className={isError ? 'notice form-error' : 'notice form-ok'}
      role={isError ? 'alert' : 'status'}
    >
      {translate(locale, message, values)}
    </p>
  )
}
