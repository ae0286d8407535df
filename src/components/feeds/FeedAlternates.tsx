import type { AlternateTypes } from '@/data/site'

/**
 * `<link rel="alternate">` for the feeds of the list on screen, rendered by the page (React puts
 * them in the document's head) rather than by `generateMetadata`. Metadata that reads the query
 * string cannot be rendered into the visitors' full-route cache, and a list's feeds follow its
 * filters: the cached list (no query) advertises the unfiltered feeds, a filtered one its own.
 */
export function FeedAlternates({ feeds }: { feeds: AlternateTypes }) {
  return Object.entries(feeds).flatMap(([type, entries]) => {
    if (!entries) return []
    const links = Array.isArray(entries) ? entries : [{ url: entries, title: undefined }]
    return links.map(({ url, title }) => (
      <link
        key={`${type} ${String(url)}`}
        rel="alternate"
        type={type}
        href={String(url)}
        title={title}
      />
    ))
  })
}
