import type { TextareaField, TextField } from 'payload'
import { text, textarea } from 'payload/shared'

import { DEFAULT_LOCALE } from '@/i18n/languages'

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/** Saving only in another language (a translation) never trips over an English-only rule. */
const isTranslating = (locale: string | undefined) =>
  Boolean(locale) && locale !== DEFAULT_LOCALE && locale !== 'all'

type Options = { name: string; label?: string; maxLength?: number; required?: boolean }

/**
 * Marks a field whose English value is required, so tools that read stored records (the
 * database check) know it without running the validator. Payload's own `required` is not used
 * because it would apply to every language.
 */
const REQUIRED_IN_ENGLISH = { isRequiredInEnglish: true } as const

/** Whether a stored record must have this field in the default locale (English). */
export const isRequiredInEnglish = (field: { required?: boolean; custom?: unknown }): boolean =>
  field.required === true ||
  (field.custom as { isRequiredInEnglish?: unknown } | undefined)?.isRequiredInEnglish === true

/**
 * A text people read, translatable into every locale. When required, it is required in English
 * only: a translator may add a Thai title without having to fill every other field in Thai,
 * and readers fall back to English where a translation is missing.
 */
export function localizedText({ name, label, maxLength, required = false }: Options): TextField {
  return {
    name,
    label,
    type: 'text',
    localized: true,
    maxLength,
    custom: required ? REQUIRED_IN_ENGLISH : undefined,
    validate: (value, args) => {
      const base = text(value, { ...args, required: false })
      if (base !== true) return base
      if (required && isBlank(value) && !isTranslating(args.req?.locale ?? undefined)) {
        return `Enter the ${label ?? name} in English; other languages are optional.`
      }
      return true
    },
  }
}

export function localizedTextarea({
  name,
  label,
  maxLength,
  required = false,
}: Options): TextareaField {
  return {
    name,
    label,
    type: 'textarea',
    localized: true,
    maxLength,
    custom: required ? REQUIRED_IN_ENGLISH : undefined,
    validate: (value, args) => {
      const base = textarea(value, { ...args, required: false })
      if (base !== true) return base
      if (required && isBlank(value) && !isTranslating(args.req?.locale ?? undefined)) {
        return `Enter the ${label ?? name} in English; other languages are optional.`
      }
      return true
    },
  }
}
