import fc from 'fast-check'

/**
 * Generators of hostile and malformed API requests, one kind per class of what a careless or
 * hostile client sends: wrong types, impossible dates, unknown time zones, ids that do not
 * exist or belong elsewhere, oversized text, bodies that are not JSON objects, broken queries,
 * recursive GraphQL, files that are not what they say.
 */

export const FUZZED_COLLECTIONS = ['news', 'events', 'resources'] as const
export type FuzzedCollection = (typeof FUZZED_COLLECTIONS)[number]

/** Where a mutation lands in a valid body, and what it puts there. */
export type Mutation = { path: string; value: unknown }

export type FuzzRequest =
  | {
      kind: 'create'
      collection: FuzzedCollection
      draft: boolean
      locale?: string
      mutations: Mutation[]
    }
  | {
      kind: 'update'
      collection: FuzzedCollection
      target: number
      hostileId?: string
      draft: boolean
      mutations: Mutation[]
    }
  | { kind: 'bulk-update'; collection: FuzzedCollection; query: string; mutations: Mutation[] }
  | { kind: 'signup'; mutations: Mutation[] }
  | { kind: 'query'; collection: string; query: string; asVisitor: boolean }
  | { kind: 'raw-body'; method: 'POST' | 'PATCH'; path: string; contentType: string; body: string }
  | { kind: 'graphql'; body: string; asVisitor: boolean }
  | {
      kind: 'upload'
      name: string
      type: string
      content: 'html' | 'svg' | 'png' | 'noise' | 'empty'
    }
  | { kind: 'delete'; collection: FuzzedCollection; path: string }

const MB = 1_100_000

/** Values of the wrong type, shape or size for almost any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 20 }),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), fc.string()), { maxKeys: 3 }),
  fc.constantFrom(
    '2026-02-30',
    '2026-13-01',
    'nope',
    '9999-99-99T99:99:99Z',
    '',
    'Mars/Olympus',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '\u0000\u0000',
    'ข่าว',
    'ဇော်ဂျီ',
    '{"$gt":""}',
    "1' OR '1'='1",
    999999,
    -1,
    0,
    1.5,
    Number.MAX_SAFE_INTEGER,
    [999999],
    [1, 'x'],
    { x: 1 },
    { root: 'x' },
    { root: { children: 'x' } },
    { id: 999999 },
    { relationTo: 'users', value: 1 },
  ),
  fc.constantFrom(5_001, 100_001, MB).map((length) => 'x'.repeat(length)),
  fc.integer({ min: 20, max: 200 }).map((depth) => {
    let value: unknown = 'deep'
    for (let i = 0; i < depth; i++) value = [value]
    return value
  }),
)

const FIELD_PATHS: Record<FuzzedCollection, string[]> = {
  news: ['title', 'date', 'kind', 'summary', 'body', 'image', 'themes', 'countries', 'project'],
  events: [
    'title',
    'kind',
    'start',
    'start_tz',
    'end',
    'end_tz',
    'mode',
    'onlineUrl',
    'country',
    'isRegional',
    'summary',
    'description',
  ],
  resources: [
    'title',
    'kind',
    'summary',
    'description',
    'editions',
    'editions.0.language',
    'editions.0.file',
    'editions.0.externalUrl',
    'editions.0.id',
    'visibility',
    'year',
    'themes',
    'isFeatured',
  ],
}
const COMMON_PATHS = ['_status', 'slug', 'id', 'createdAt', '__proto__', 'constructor']

const mutationsFor = (paths: string[]) =>
  fc.array(fc.record({ path: fc.constantFrom(...paths, ...COMMON_PATHS), value: hostileValue }), {
    minLength: 0,
    maxLength: 3,
  })

const hostileLocale = fc.constantFrom('xx', 'all', 'EN', '', 'en,th', '../en', 'th')

const queryValue = fc.constantFrom(
  'notjson',
  '{"id":{"in":"1,x"}}',
  '[]',
  '1,x',
  'abc',
  '-1',
  '1e999',
  '',
  '999999999999',
  '--id',
  '-',
  'title,-',
  'nope',
  '2026-02-30',
  '<script>',
)
const queryKey = fc.constantFrom(
  'where',
  'where[id][in]',
  'where[id][equals]',
  'where[year][greater_than]',
  'where[date][less_than]',
  'where[themes][in]',
  'where[themes.slug][equals]',
  'where[title][like]',
  'where[id]',
  'where[or][0][id][equals]',
  'where[_status][exists]',
  'sort',
  'limit',
  'page',
  'depth',
  'locale',
  'fallback-locale',
  'draft',
  'select',
  'pagination',
)
const queryString = fc
  .array(fc.tuple(queryKey, queryValue), { minLength: 1, maxLength: 3 })
  .map((pairs) => pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&'))

const graphqlDocument = fc.oneof(
  fc.constantFrom(
    'fragment A on NewsItem { id ...A } query { News { docs { ...A } } }',
    'fragment A on NewsItem { ...B } fragment B on NewsItem { ...A } query { News { docs { ...A } } }',
    'query { News(limit: -1) { docs { id } } }',
    'query { News(page: 0) { docs { id } } }',
    'query { Resources(locale: all) { docs { id title description } } }',
    'query { Resources(where: { id: { in: [1] } }) { docs { id } } }',
    'query { Users { docs { id email roles } } }',
    'query {',
    '{ __schema { types { name } } }',
    'mutation { createNewsItem(data: { title: "x" }) { id } }',
    'mutation { updateNewsItem(id: 999999, data: { title: "x" }) { id } }',
    'mutation { deleteNewsItem(id: 999999) { id } }',
  ),
  fc.integer({ min: -5, max: 5 }).map((limit) => `query { News(limit: ${limit}) { docs { id } } }`),
  fc.string({ maxLength: 40 }),
  fc
    .integer({ min: 50, max: 400 })
    .map((depth) => `query { ${'a { '.repeat(depth)}b${' }'.repeat(depth)} }`),
)

const graphqlBody = fc.oneof(
  graphqlDocument.map((query) => JSON.stringify({ query })),
  fc
    .tuple(graphqlDocument, hostileValue)
    .map(([query, variables]) => JSON.stringify({ query, variables })),
  fc.constantFrom('not json', '[]', '"query"', '{"query": 5}', '{}', ''),
)

const rawBody = fc.record({
  method: fc.constantFrom('POST' as const, 'PATCH' as const),
  path: fc.constantFrom('/news', '/resources', '/events', '/users', '/media', '/news/1'),
  contentType: fc.constantFrom(
    'application/json',
    'text/plain',
    'multipart/form-data',
    'application/xml',
    'application/json; charset=utf-8',
  ),
  body: fc.oneof(
    fc.constantFrom('not json', '[1,2]', '"str"', '5', 'null', '{"title":', '<a/>', 'abc'),
    fc.string({ maxLength: 50 }),
  ),
})

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(...FUZZED_COLLECTIONS).chain((collection) =>
      fc.record({
        kind: fc.constant('create' as const),
        collection: fc.constant(collection),
        draft: fc.boolean(),
        locale: fc.option(hostileLocale, { nil: undefined }),
        mutations: mutationsFor(FIELD_PATHS[collection]),
      }),
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(...FUZZED_COLLECTIONS).chain((collection) =>
      fc.record({
        kind: fc.constant('update' as const),
        collection: fc.constant(collection),
        target: fc.nat(),
        hostileId: fc.option(fc.constantFrom('abc', '999999', '-1', '1.5', '0', '1;DROP'), {
          nil: undefined,
          freq: 5,
        }),
        draft: fc.boolean(),
        mutations: mutationsFor(FIELD_PATHS[collection]),
      }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bulk-update' as const),
      collection: fc.constantFrom(...FUZZED_COLLECTIONS),
      query: queryString,
      mutations: mutationsFor(['title', 'summary', 'kind']),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('signup' as const),
      mutations: mutationsFor([
        'email',
        'password',
        'name',
        'organisation',
        'memberGroup',
        'country',
        'themesOfInterest',
        'roles',
        'notifications',
        'follows',
      ]),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('query' as const),
      collection: fc.constantFrom('news', 'events', 'resources', 'users', 'themes', 'media'),
      query: queryString,
      asVisitor: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: rawBody.map((raw) => ({ kind: 'raw-body' as const, ...raw })) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('graphql' as const),
      body: graphqlBody,
      asVisitor: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('upload' as const),
      name: fc.constantFrom('report.csv', 'report.pdf', 'pixel.png', 'logo.svg', 'page.html', 'x'),
      type: fc.constantFrom(
        'text/csv',
        'application/pdf',
        'image/png',
        'image/svg+xml',
        'text/html',
      ),
      content: fc.constantFrom(
        'html' as const,
        'svg' as const,
        'png' as const,
        'noise' as const,
        'empty' as const,
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      collection: fc.constantFrom(...FUZZED_COLLECTIONS),
      path: fc.constantFrom(
        '/abc',
        '/999999',
        '/-1',
        '?where=notjson',
        '?where[id][in]=1,x',
        '?where[id][equals]=999999',
      ),
    }),
  },
)

/** Puts each mutation into a copy of a valid body (`editions.0.file` reaches into a row). */
export function applyMutations(body: Record<string, unknown>, mutations: Mutation[]) {
  const copy = structuredClone(body) as Record<string, unknown>
  for (const { path, value } of mutations) {
    const parts = path.split('.')
    let target: Record<string, unknown> = copy
    for (const part of parts.slice(0, -1)) {
      const next = target[part]
      if (typeof next !== 'object' || next === null) target[part] = {}
      target = target[part] as Record<string, unknown>
    }
    Object.defineProperty(target, parts.at(-1)!, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return copy
}
