import { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { addReferenceActions } from '../src/db/referenceActions'

/**
 * Written by hand (no schema change, so no snapshot): the ON DELETE rules that drizzle-kit left
 * out of the relationships added to existing tables since the first migration. Without them
 * SQLite refused to delete a directory entry a member belongs to, a country a member follows, or
 * anything listed in the admin panel's document locks (see src/db/referenceActions.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await addReferenceActions(db, 'users', {
    organisation_entry_id: 'set null',
    proposed_organisation_entry_id: 'set null',
  })
  await addReferenceActions(db, 'users_rels', { countries_id: 'cascade' })
  for (const table of ['events', 'news', 'resources']) {
    await addReferenceActions(db, table, { submitted_by_id: 'set null' })
    await addReferenceActions(db, `_${table}_v`, { version_submitted_by_id: 'set null' })
  }
  await addReferenceActions(db, 'payload_locked_documents_rels', {
    audit_log_id: 'cascade',
    invitations_id: 'cascade',
    mail_deliveries_id: 'cascade',
    notices_sent_id: 'cascade',
    organisation_proposals_id: 'cascade',
  })
}

/** The rules are what the schema always meant; going back leaves them in place. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
