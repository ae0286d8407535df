import type { Media } from '@/payload-types'

/**
 * A news item's picture, when the reader may see it: a file they may not read (not yet opened by
 * publication, see collections/News/files.ts) comes back from the read as its id alone, and shows
 * nothing rather than a broken image.
 */
export function NewsImage({ image }: { image: number | Media | null | undefined }) {
  if (typeof image !== 'object' || !image?.url) return null
  // Uploaded pictures are served as stored: the portal calls no image optimisation service.
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={image.url}
      alt={image.alt ?? ''}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      className="news-image"
    />
  )
}
