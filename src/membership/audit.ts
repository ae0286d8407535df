import type { PayloadRequest } from 'payload'

import type { AuditAction } from './auditActions'

/** Record ids: numbers on SQLite, strings on MongoDB (the generated types say number). */
type Id = number

/**
 * Writes one audit entry with the change's `req`, so it is stored in the same transaction as
 * the change it records: a change that rolls back leaves no entry, one that commits cannot lose
 * it. The actor is the signed-in person making the change (none for the applicant's own
 * registration and verification, or for server code without a user).
 */
export async function recordDecision({
  req,
  action,
  subject,
  details,
  reason,
}: {
  req: PayloadRequest
  action: AuditAction
  subject: Id
  details?: Record<string, unknown>
  reason?: string | null
}) {
  const actor = (req.user as { id?: Id } | null)?.id ?? null
  await req.payload.create({
    collection: 'audit-log',
    data: { action, actor, subject, details: details ?? null, reason: reason || null },
    overrideAccess: true,
    req,
  })
}
