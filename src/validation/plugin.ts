import type { CollectionBeforeOperationHook, Plugin } from 'payload'

import { refuseMalformedQueries, refuseMalformedWrites } from './hooks'
import { replaceForeignRowIds } from './rowIds'

/**
 * The checks every collection gets at the API edge, ahead of its own hooks: malformed writes
 * and queries are refused with a 400, and client-sent row ids never collide. A collection whose
 * API accepts a value in more than one form (Users: `organisation` as a name or a directory id)
 * lists the hooks that bring it to its stored form in `custom.beforeEdge`; they run first, so the
 * edge judges what will be stored.
 */
export const integrityAtTheEdge: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        ...((collection.custom?.beforeEdge ?? []) as CollectionBeforeOperationHook[]),
        refuseMalformedWrites,
        refuseMalformedQueries,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
      beforeChange: [replaceForeignRowIds, ...(collection.hooks?.beforeChange ?? [])],
    },
  })),
})
