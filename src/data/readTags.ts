import type { FlattenedField, Payload, SelectType, Where } from 'payload'

import { CONTENT_COLLECTION_TAGS, isContentTag, type ContentTag } from './contentTags'

/**
 * Which collections a Local API read depends on, from the read itself: its own collection, what
 * it populates (relationship and upload fields, to the read's `depth`, within its `select` and
 * `populate`), what its `where` looks into across a relationship, and what a join lists. So a
 * page's cache tags follow from what it reads (`cachedRead` records them), instead of lists
 * written by hand beside each query, which drifted: a list named collections a read never
 * touched, and missed others it populated.
 *
 * Rich text populated at depth ≥ 1 counts as depending on every collection: Lexical's link,
 * relationship and upload nodes may point at a document of any of them, and Payload fills in
 * that document.
 */
export type ReadArgs = {
  collection: string
  depth?: number
  select?: SelectType
  populate?: Record<string, SelectType | undefined>
  where?: Where
}

export function tagsOfRead(payload: Payload, args: ReadArgs): Set<ContentTag> {
  const tags = new Set<ContentTag>()
  // Payload's default depth for the Local API is 2 (config.defaultDepth).
  const depth = args.depth ?? payload.config.defaultDepth ?? 2
  const visit = (collection: string, depthLeft: number, select: SelectType | undefined) => {
    if (isContentTag(collection)) tags.add(collection)
    const config = payload.collections[collection as keyof typeof payload.collections]?.config
    if (!config) return
    walkFields(config.flattenedFields, select, (field) => {
      if (field.type === 'join') {
        // A join lists the other collection's documents, even as bare ids.
        for (const target of targetsOf(field.collection)) if (isContentTag(target)) tags.add(target)
        return
      }
      if (depthLeft < 1) return
      if (field.type === 'richText') {
        CONTENT_COLLECTION_TAGS.forEach((tag) => tags.add(tag as ContentTag))
        return
      }
      if (field.type === 'relationship' || field.type === 'upload') {
        for (const target of targetsOf(field.relationTo))
          visit(target, depthLeft - 1, args.populate?.[target])
      }
    })
  }
  visit(args.collection, depth, args.select)
  if (args.where) {
    const config = payload.collections[args.collection as keyof typeof payload.collections]?.config
    if (config)
      for (const target of relationsInWhere(config.flattenedFields, args.where)) tags.add(target)
  }
  return tags
}

const targetsOf = (relationTo: string | string[]) =>
  Array.isArray(relationTo) ? relationTo : [relationTo]

/** Calls `visit` for each field a read returns, descending into groups, arrays and blocks. */
function walkFields(
  fields: FlattenedField[],
  select: SelectType | undefined,
  visit: (field: FlattenedField) => void,
) {
  // An include-select (`{ title: true }`) returns only what it names; an exclude-select
  // (`{ body: false }`) returns everything else.
  const includes = select !== undefined && Object.values(select).some((value) => value !== false)
  for (const field of fields) {
    const chosen = select?.[field.name]
    if (includes ? chosen === undefined || chosen === false : chosen === false) continue
    const below = typeof chosen === 'object' ? (chosen as SelectType) : undefined
    visit(field)
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields))
      walkFields(field.flattenedFields, below, visit)
    if (field.type === 'blocks')
      for (const block of field.blocks) walkFields(block.flattenedFields, undefined, visit)
  }
}

/** Collections a `where` reaches into through a relationship (`country.iso`, `themes.slug`). */
function relationsInWhere(fields: FlattenedField[], where: Where): ContentTag[] {
  const found: ContentTag[] = []
  const look = (clause: Where) => {
    for (const [key, value] of Object.entries(clause)) {
      if ((key === 'and' || key === 'or') && Array.isArray(value)) {
        value.forEach((inner) => look(inner as Where))
        continue
      }
      const [first, ...rest] = key.split('.')
      if (rest.length === 0) continue
      const field = fields.find((candidate) => candidate.name === first)
      if (field && (field.type === 'relationship' || field.type === 'upload'))
        for (const target of targetsOf(field.relationTo))
          if (isContentTag(target)) found.push(target)
    }
  }
  look(where)
  return found
}

/**
 * What a read returns, as `tagsOfRead` understands it: a count returns a number (only its
 * `where` matters), a distinct query the values of one field.
 */
function returnedBy(method: string, args: ReadArgs & { field?: string }): ReadArgs {
  if (method === 'count')
    return { collection: args.collection, where: args.where, depth: 0, select: { id: true } }
  if (method === 'findDistinct')
    return { ...args, depth: args.depth ?? 0, select: { [args.field ?? 'id']: true } }
  return args
}

/** The Local API reads that data functions make; anything else passes through unrecorded. */
const RECORDED = new Set(['find', 'findByID', 'count', 'findDistinct'])

/**
 * The Payload instance a cached read is given: the same API, with every read's collections
 * added to `tags` before it runs.
 */
export function recordingReads(payload: Payload, tags: Set<ContentTag>): Payload {
  return new Proxy(payload, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (typeof property !== 'string' || !RECORDED.has(property) || typeof value !== 'function')
        return value
      return (args: ReadArgs & { field?: string }) => {
        tagsOfRead(target, returnedBy(property, args)).forEach((tag) => tags.add(tag))
        return value.call(target, args)
      }
    },
  })
}
