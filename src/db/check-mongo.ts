import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import type { Finding, RawStore, RecordId } from './check-types'

const asId = (value: unknown): RecordId => (typeof value === 'number' ? value : String(value))

/**
 * The same raw access on MongoDB, through the adapter's mongoose models (lean reads skip
 * Payload's transform). A document keeps its localised fields and arrays inside itself, so the
 * only rows that can lose their parent are versions.
 */
export function mongoStore(payload: Payload): RawStore {
  const adapter = payload.db as unknown as MongooseAdapter
  const idsOf = async (collection: string) =>
    (await adapter.collections[collection].find({}, { _id: 1 }).lean()).map((doc) => doc._id)

  return {
    listIds: async (collection) => (await idsOf(collection)).map(asId),

    deleteRecord: async (collection, id) => {
      await adapter.versions[collection]?.deleteMany({ parent: id })
      await adapter.collections[collection].deleteOne({ _id: id })
    },

    // Stored values are checked on SQLite only; on MongoDB the readability check still runs.
    checkValues: async () => [],

    checkOrphans: async ({ repair }) => {
      const findings: Finding[] = []
      for (const [collection, versions] of Object.entries(adapter.versions)) {
        if (!(collection in payload.collections)) continue
        const ids = new Set((await idsOf(collection)).map(String))
        const parents = await versions.distinct('parent')
        const gone = parents.filter((parent) => parent !== null && !ids.has(String(parent)))
        const filter = { $or: [{ parent: { $in: gone } }, { parent: null }] }
        const count = await versions.countDocuments(filter)
        if (count === 0) continue
        if (repair) await versions.deleteMany(filter)
        findings.push({
          problem: 'orphaned-rows',
          collection,
          table: versions.collection.name,
          count,
          detail: `${count} version${count === 1 ? '' : 's'} whose document is gone: ${repair ? 'deleted' : 'would be deleted'}`,
          action: repair ? 'deleted' : 'reported',
        })
      }
      return findings
    },
  }
}
