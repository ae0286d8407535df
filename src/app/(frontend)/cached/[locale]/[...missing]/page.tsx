import { notFound } from 'next/navigation'

/**
 * Any address under a language that no page answers (/en/no-such-page): the localized
 * not-found page inside the site's layout, with status 404, instead of Next's bare default.
 */
export default function MissingPage(): never {
  notFound()
}
