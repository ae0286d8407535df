import type { Locale } from '@/i18n/languages'

const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'text/csv': 'CSV',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
}

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
