import type { ArrayFieldValidation } from 'payload'

type EditionInput = { language?: string | null; file?: unknown; externalUrl?: string | null }

/** Each edition needs something to read, and a work has at most one edition per language. */
export const validateEditions: ArrayFieldValidation = (value) => {
  const editions = (Array.isArray(value) ? value : []) as EditionInput[]
  if (editions.length === 0) return 'Add at least one language edition.'
  const seen = new Set<string>()
  for (const [index, edition] of editions.entries()) {
    const position = `Edition ${index + 1}`
    if (!edition.file && !edition.externalUrl) {
      return `${position} needs an uploaded file or a link.`
    }
    if (edition.language) {
      if (seen.has(edition.language))
        return `${position} repeats a language: one edition per language.`
      seen.add(edition.language)
    }
  }
  return true
}

export const validateLink = (value: unknown) => {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(String(value))
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message
  }
  return 'Enter a full web address starting with https://'
}
