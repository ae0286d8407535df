import type { CollectionConfig } from 'payload'

import { isManager } from '@/access'
import {
  canProposeProfile,
  managerOrProposer,
  managerOrWaitingProposer,
} from '@/access/organisationProposals'
import { submissionFields } from '@/fields/submission'

import { profileFields } from '../Organisations/profile'
import { slugs } from '../slugs'

import { announceProfileDecision } from './hooks/announceProfileDecision'
import { decideProfileProposal } from './hooks/decideProfileProposal'

/**
 * A member's proposed profile for their organisation, waiting for a manager. A collection of its
 * own rather than a group on the organisation: directory entries are read by anyone and have no
 * drafts, so here the read rule alone keeps proposed values from visitors and other members, a
 * proposal never expires a public page until it is approved, and each proposal keeps its own
 * status, reason and date (two members of one organisation, or a second try after a rejection,
 * never overwrite each other). Approval copies the values into the directory entry.
 */
export const OrganisationProposals: CollectionConfig<'organisation-proposals'> = {
  slug: slugs.organisationProposals,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'submissionStatus', 'submittedBy', 'createdAt'],
    description:
      'Members’ proposed changes to their organisation’s profile: approve to copy them into the directory, or reject with a reason.',
  },
  defaultSort: 'createdAt',
  access: {
    read: managerOrProposer,
    create: canProposeProfile,
    update: managerOrWaitingProposer,
    delete: isManager,
  },
  hooks: { beforeChange: [decideProfileProposal], afterChange: [announceProfileDecision] },
  fields: [
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: slugs.organisations,
      index: true,
      // Set from the proposer's confirmed organisation, whatever a request sends.
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { ...profileFields.name, maxLength: 200 },
    { ...profileFields.acronym, maxLength: 40 },
    profileFields.country,
    profileFields.website,
    ...submissionFields,
  ],
}
