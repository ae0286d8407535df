import { asRecordId } from '@/validation/shape'

import type { Submittable } from './status'

/** The collections the site has a proposal form for (organisations' profiles: not yet). */
export type FormCollection = Submittable

/** Each form's page, under `/<locale>/account/submissions/`. */
export const FORM_PAGE: Record<FormCollection, string> = {
  events: 'event',
  news: 'news',
  resources: 'resource',
}

/** The fields each proposal form has, in its order: a refusal names them in the page's address. */
export const FORM_FIELDS = {
  events: [
    'title',
    'kind',
    'start',
    'end',
    'timezone',
    'mode',
    'place',
    'onlineUrl',
    'country',
    'themes',
    'summary',
  ],
  news: ['title', 'kind', 'date', 'countries', 'themes', 'summary'],
  resources: ['title', 'kind', 'language', 'file', 'externalUrl', 'countries', 'themes', 'summary'],
} as const satisfies Record<FormCollection, readonly string[]>
export type FormField = (typeof FORM_FIELDS)[FormCollection][number]

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}
const ids = (form: FormData, name: string, idType: 'number' | 'text') =>
  form
    .getAll(name)
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .map((value) => asRecordId(value, idType) ?? value)

/**
 * The instant a wall-clock time (`2028-06-10T09:00`, as a datetime-local field sends it) is in a
 * time zone, or the text as it came when it is no such time (for the API's check to name it).
 */
export function zonedInstant(local: string, timeZone: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return local
  const asUtc = new Date(`${local}:00.000Z`)
  // No such day (30 February rolls over into March): left for the API to refuse.
  if (Number.isNaN(asUtc.getTime()) || !asUtc.toISOString().startsWith(local)) return local
  try {
    // The zone's offset at that moment, read back from Intl (twice, to settle across a change).
    let instant = asUtc.getTime()
    for (let round = 0; round < 2; round++) {
      const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      }).formatToParts(new Date(instant))
      const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
      const shown = Date.UTC(
        Number(part('year')),
        Number(part('month')) - 1,
        Number(part('day')),
        Number(part('hour')),
        Number(part('minute')),
      )
      instant = asUtc.getTime() - (shown - instant)
    }
    return new Date(instant).toISOString()
  } catch {
    return local
  }
}

const withoutEmpty = (given: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(given).filter(
      ([, value]) => value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  )

/** A unique address part from the title; the API's slug check stays the judge. */
const slugFrom = (title: string) =>
  `${
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'proposal'
  }-${Date.now().toString(36)}`

/** The event form's answers as the events contract takes them (`POST /api/events`). */
export function eventFromForm(form: FormData, idType: 'number' | 'text') {
  const timezone = text(form, 'timezone')
  const country = text(form, 'country')
  return withoutEmpty({
    title: text(form, 'title'),
    slug: slugFrom(text(form, 'title')),
    kind: text(form, 'kind'),
    start: zonedInstant(text(form, 'start'), timezone),
    start_tz: timezone,
    end: zonedInstant(text(form, 'end'), timezone),
    end_tz: timezone,
    mode: text(form, 'mode'),
    place: text(form, 'place'),
    onlineUrl: text(form, 'onlineUrl'),
    country: country ? (asRecordId(country, idType) ?? country) : '',
    themes: ids(form, 'themes', idType),
    summary: text(form, 'summary'),
    // The site's forms always propose, an editor's included: what they send waits for review.
    submissionStatus: 'submitted',
  })
}

/** The news form's answers as the news contract takes them (`POST /api/news`). */
export function newsFromForm(form: FormData, idType: 'number' | 'text') {
  return withoutEmpty({
    title: text(form, 'title'),
    slug: slugFrom(text(form, 'title')),
    kind: text(form, 'kind'),
    date: text(form, 'date'),
    countries: ids(form, 'countries', idType),
    themes: ids(form, 'themes', idType),
    summary: text(form, 'summary'),
    // The site's forms always propose, an editor's included: what they send waits for review.
    submissionStatus: 'submitted',
  })
}

/**
 * The resource form's answers as the resources contract takes them, with one edition: the
 * uploaded file (already stored, by its id) or a link, in the language chosen.
 */
export function resourceFromForm(
  form: FormData,
  idType: 'number' | 'text',
  file: number | string | null,
) {
  return withoutEmpty({
    title: text(form, 'title'),
    slug: slugFrom(text(form, 'title')),
    kind: text(form, 'kind'),
    summary: text(form, 'summary'),
    editions: [
      withoutEmpty({
        language: text(form, 'language'),
        title: text(form, 'title'),
        file: file ?? '',
        externalUrl: text(form, 'externalUrl'),
      }),
    ],
    visibility: 'public',
    countries: ids(form, 'countries', idType),
    themes: ids(form, 'themes', idType),
    submissionStatus: 'submitted',
  })
}

type Refusal = { status?: number; data?: { errors?: { path?: unknown }[] } } | null
const FORM_NAME: Record<string, FormField> = {
  start_tz: 'timezone',
  end_tz: 'timezone',
  editions: 'file',
}
/** An edition's fields (`editions.0.language`) are the form's own. */
const formNameOf = (path: string): string => {
  const edition = path.match(/^editions\.\d+\.(\w+)/)?.[1]
  if (edition) return edition
  const root = path.match(/^[A-Za-z_]+/)?.[0] ?? ''
  return FORM_NAME[root] ?? root
}

/** The form fields a refused proposal names, in the form's order. */
export function refusedFormFields(collection: FormCollection, error: unknown): FormField[] {
  const problems = (error as Refusal)?.data?.errors ?? []
  const named = new Set(problems.map(({ path }) => formNameOf(String(path ?? ''))))
  return (FORM_FIELDS[collection] as readonly FormField[]).filter((field) => named.has(field))
}
