import type { Access, Where } from 'payload'

import { isActive, isManagerUser, maySubmitUser, type Person } from './roles'

const personOf = (user: unknown) => user as (Person & { maySubmit?: boolean | null }) | null
const ownProposals = (user: Person): Where => ({ submittedBy: { equals: user.id } })

/**
 * Proposed changes to an organisation's profile: managers (who decide on them, organisations
 * having no themes and so no moderators) and the member who proposed them; nobody else, not even
 * other members of the organisation, sees proposed values before a manager approves them.
 */
export const managerOrProposer: Access = ({ req }) => {
  const user = personOf(req.user)
  if (isManagerUser(user)) return true
  return isActive(user) ? ownProposals(user) : false
}

/**
 * Members with the right to submit propose; that their organisation is a confirmed directory
 * entry is checked with the proposal (`decideProfileProposal`), so a refusal can say so.
 */
export const canProposeProfile: Access = ({ req }) => maySubmitUser(personOf(req.user))

/** Managers decide; the proposer revises their own while it waits. */
export const managerOrWaitingProposer: Access = ({ req }) => {
  const user = personOf(req.user)
  if (isManagerUser(user)) return true
  if (!isActive(user)) return false
  return { and: [ownProposals(user), { submissionStatus: { equals: 'submitted' } }] }
}
