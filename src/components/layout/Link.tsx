import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * Next's `Link` without prefetching. Next prefetches every link that scrolls into view, and a
 * cached (static) page's link is prefetched whole: its full RSC payload. A home page with twenty
 * cards then downloads and parses twenty pages on a phone's data plan before the reader has
 * chosen one (Lighthouse's blocking time tripled when public pages became static). Cached pages
 * answer in a few milliseconds, so a click that fetches only the page it opens stays fast.
 * Pass `prefetch` to opt a link back in.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />
}
