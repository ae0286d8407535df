import type { Plugin } from 'payload'

import { refuseMalformedQueries, refuseMalformedWrites } from './hooks'
import { replaceForeignRowIds } from './rowIds'

/**
 * The checks every collection gets at the API edge, ahead of its own hooks: malformed writes
 * and queries are refused with a 400, and client-sent row ids never collide.
 */
export const integrityAtTheEdge: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        refuseMalformedWrites,
        refuseMalformedQueries,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
      beforeChange: [replaceForeignRowIds, ...(collection.hooks?.beforeChange ?? [])],
    },
  })),
})
