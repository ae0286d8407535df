import type { Locale } from '@/i18n/languages'
import { UPLOAD_KINDS } from '@/uploads/kinds'

const FORMATS: Record<string, string> = Object.fromEntries(
  Object.values(UPLOAD_KINDS).map((kind) => [kind.mime, kind.name]),
)

/** "PDF, 2.4 MB" in the reader's language, so someone on a slow link knows what they are about to download. */
export function fileFacts(locale: Locale, mimeType?: string | null, bytes?: number | null): string {
  const format = (mimeType && FORMATS[mimeType]) ?? mimeType ?? ''
  if (!bytes) return format
  const megabytes = bytes >= 1024 * 1024
  const size = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1024 / 1024 : Math.max(1, bytes / 1024))
  return format ? `${format}, ${size}` : size
}
