import { preferredLocale } from '@/i18n/negotiate'

/**
 * The bare address sends each visitor to the portal in the language their browser asks for,
 * English when it asks for none of ours. Every other address carries its language.
 */
export function GET(request: Request): Response {
  const locale = preferredLocale(request.headers.get('accept-language'))
  return new Response(null, {
    status: 307,
    // A relative Location stays right behind any proxy; the answer differs per language, so a
    // shared cache must keep one per Accept-Language.
    headers: {
      Location: `/${locale}`,
      Vary: 'Accept-Language',
      'Cache-Control': 'private, no-cache',
    },
  })
}
