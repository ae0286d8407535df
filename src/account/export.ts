import type { CollectionSlug, PayloadRequest } from 'payload'

/** Collections that may record who submitted a document (`submittedBy`, when they have it). */
const CONTRIBUTIONS = [
  'resources',
  'events',
  'news',
  'organisation-proposals',
] as const satisfies CollectionSlug[]

/**
 * What the portal holds about the signed-in person, for them to keep: their profile (settings
 * and directory choices included) as they themselves may read it, what they submitted, and the
 * audit entries about them (who acted is left out: it is another person's data, and the managers'
 * role is what matters). Read with their own access, so it can never hold more than they may see.
 */
export async function personalData({ req }: { req: PayloadRequest }) {
  const user = req.user as { id: number } | null
  if (!user) throw new Error('personalData needs a signed-in person')
  const profile = await req.payload.findByID({
    collection: 'users',
    id: user.id,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const contributions: Record<string, unknown[]> = {}
  for (const slug of CONTRIBUTIONS) {
    const hasSubmitter = req.payload.collections[slug].config.flattenedFields.some(
      (field) => field.name === 'submittedBy',
    )
    if (!hasSubmitter) continue
    const { docs } = await req.payload.find({
      collection: slug,
      where: { submittedBy: { equals: user.id } },
      depth: 0,
      pagination: false,
      draft: true,
      overrideAccess: true,
      req,
    })
    contributions[slug] = docs
  }
  const { docs: audit } = await req.payload.find({
    collection: 'audit-log',
    where: { subject: { equals: user.id } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return {
    exportedAt: new Date().toISOString(),
    profile,
    contributions,
    history: audit.map(({ action, details, reason, createdAt, actor }) => ({
      action,
      at: createdAt,
      byYou: actor !== null && actor !== undefined && String(actor) === String(user.id),
      details,
      reason: reason ?? null,
    })),
  }
}
