import type { CollectionSlug, FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import { isRequiredInEnglish } from '@/fields/localized'
import { isSearchable } from '@/search/documents'
import { queueSearchSync } from '@/search/queue'

import { countVersions, createVersion, readRecords, type Doc } from './check-payload'
import type { Finding, RawStore, RecordId } from './check-types'

type Options = {
  payload: Payload
  collection: SanitizedCollectionConfig
  store: RawStore
  repair: boolean
  deleteUnrepairable: boolean
}

/**
 * Checks every record of one collection: that Payload can read it, that it has its required
 * English text, and that it has a version. Ids come from the raw store, so records Payload
 * cannot read are listed all the same.
 */
export async function checkRecords({
  payload,
  collection,
  store,
  repair,
  deleteUnrepairable,
}: Options): Promise<{ records: number; findings: Finding[] }> {
  const slug = collection.slug as CollectionSlug
  const hasVersions = Boolean(collection.versions)
  const hasDrafts = Boolean(collection.versions?.drafts)
  const english = payload.config.localization ? payload.config.localization.defaultLocale : null
  const required = collection.flattenedFields
    .filter(isStoredOutsideMainRow)
    .filter(isRequiredInEnglish)
  const missingFrom = (doc: Doc) =>
    required
      .filter((field) =>
        isBlank(field.localized && english ? inLocale(doc, field, english) : doc[field.name]),
      )
      .map((field) => field.name)
  const remove = async (id: RecordId) => {
    await store.deleteRecord(slug, id)
    // Payload's delete hooks did not run: tell search the document is gone.
    if (isSearchable(slug)) {
      await queueSearchSync({ payload, collection: slug, id })
    }
  }

  const ids = await store.listIds(slug)
  const findings: Finding[] = []
  const report = (finding: Omit<Finding, 'collection'>) =>
    findings.push({ collection: slug, ...finding })

  for await (const read of readRecords({ payload, slug, ids, hasDrafts })) {
    const { id } = read
    if ('error' in read) {
      if (deleteUnrepairable) await remove(id)
      // In a dry run the invalid values listed before are the likely cause.
      const outcome = deleteUnrepairable
        ? ': deleted'
        : repair
          ? ': run with --delete to delete it'
          : ''
      const action = deleteUnrepairable ? 'deleted' : 'reported'
      report({
        problem: 'unreadable',
        id,
        detail: `cannot be read (${read.error})${outcome}`,
        action,
      })
      continue
    }
    const versions = hasVersions ? await countVersions({ payload, slug, id }) : 0
    const missing = missingFrom(read.doc)
    // A draft that has a version is an editor's work in progress; a published record, one
    // without drafts, or one without any version was left behind by a failed write.
    if (missing.length > 0 && (!hasDrafts || read.doc._status === 'published' || versions === 0)) {
      // Only a record with no earlier version is deleted: one with versions can be restored.
      const isDeleting = deleteUnrepairable && versions === 0
      if (isDeleting) await remove(id)
      const advice =
        versions > 0
          ? 'restore an earlier version in the admin panel or fill it in'
          : 'run with --delete to delete it'
      const what = `has no ${missing.join(', ')}${english ? ` in ${english}` : ''}${hasVersions && versions === 0 ? ' and no version' : ''}`
      const action = isDeleting ? 'deleted' : 'reported'
      report({
        problem: 'incomplete',
        id,
        detail: `${what}: ${isDeleting ? 'deleted' : advice}`,
        action,
      })
    } else if (hasVersions && versions === 0) {
      if (repair) await createVersion({ payload, slug, id })
      const outcome = repair ? 'version created from the record' : 'a version would be created'
      const detail = `has no version, so the admin panel's list does not show it: ${outcome}`
      report({ problem: 'missing-version', id, detail, action: repair ? 'repaired' : 'reported' })
    }
  }
  return { records: ids.length, findings }
}

/** Values a half-written record loses: the ones kept in locale, array and relation rows. */
function isStoredOutsideMainRow(field: FlattenedField): boolean {
  return (
    Boolean(field.localized) ||
    field.type === 'array' ||
    field.type === 'blocks' ||
    ('hasMany' in field && field.hasMany === true)
  )
}

const inLocale = (doc: Doc, field: FlattenedField, locale: string) =>
  (doc[field.name] as Doc | null | undefined)?.[locale]

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  return Array.isArray(value) && value.length === 0
}
