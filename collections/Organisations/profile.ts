import type { Field } from 'payload'

import { validateLink } from '../Resources/validateEditions'
import { slugs } from '../slugs'

/**
 * An organisation's public profile: what a member of it may propose changes to
 * (`organisation-proposals`) and what an approval copies into the directory entry. Its kind
 * (ILO, government, trade union…) is the editors' classification, not the organisation's own say,
 * and its source is editorial: both stay out.
 */
export const PROFILE_FIELDS = ['name', 'acronym', 'country', 'website'] as const
export type ProfileField = (typeof PROFILE_FIELDS)[number]

/** The profile's fields as both collections store them (the directory adds `unique` to the name). */
export const profileFields = {
  name: { name: 'name', type: 'text', required: true },
  acronym: { name: 'acronym', type: 'text' },
  country: { name: 'country', type: 'relationship', relationTo: slugs.countries },
  website: { name: 'website', type: 'text', validate: validateLink },
} as const satisfies Record<ProfileField, Field>
