import type { CollectionConfig } from 'payload'

import {
  isApprovedMemberUser,
  isManager,
  managerField,
  MEMBERSHIP_STATUSES,
  ROLES,
  selfOrManagerField,
  type Person,
} from '@/access'

import { EDITION_LANGUAGES, LOCALES } from '@/i18n/languages'
import { FORUM_MAIL_OPTIONS } from '@/forums/options'
import { removeMembersForumRows } from '@/forums/removal'
import { DEFAULT_NOTIFICATION_SETTING, NOTIFICATION_SETTINGS } from '@/following/settings'
import { verifyEndpoint } from '@/membership/verify'
import { MAX_STATEMENT_LENGTH } from '@/people/application'
import { DIRECTORY_DEFAULTS, DIRECTORY_OPT_INS, shownToMembers } from '@/people/directory'
import { MEMBER_GROUP_OPTIONS } from '@/people/memberGroups'
import { sessionCookies } from '@/security/sessionCookies'

import { slugs } from '../slugs'
import { canReadPeople, canRegister, canUpdatePerson, canUseAdminPanel } from './access'
import { acceptInvitation, takeInvitation } from './hooks/acceptInvitation'
import { exportEndpoint } from './exportEndpoint'
import { adaptOrganisation } from './hooks/adaptOrganisation'
import { assignHandle } from './hooks/assignHandle'
import { announceOrganisationProposal } from './hooks/announceOrganisationProposal'
import { answerUnknownAddressesAlike } from './hooks/answerUnknownAddressesAlike'
import { decideMembership } from './hooks/decideMembership'
import { guardPrivilegedFields } from './hooks/guardPrivilegedFields'
import { keepRecentResetToken } from './hooks/keepRecentResetToken'
import {
  forgetFailuresAfterLogin,
  limitFailedLogins,
  limitRegistrations,
  limitResetRequests,
} from './hooks/limitAttempts'
import { queueAuthMail, sendAuthMailThroughQueue } from './hooks/queueAuthMail'
import { recordMembershipChanges } from './hooks/recordMembershipChanges'
import { answerApplicant, registerApplicant } from './hooks/registerApplicant'

const NOTIFICATION_SETTING_OPTIONS = NOTIFICATION_SETTINGS.map((value) => ({
  label: value[0].toUpperCase() + value.slice(1),
  value,
}))
const privateField = { read: selfOrManagerField, update: selfOrManagerField }
const grantedField = { read: selfOrManagerField, create: managerField, update: managerField }
/** Members know who moderates each theme (the theme pages list them); the web does not. */
const moderationField = {
  ...grantedField,
  read: ({ req }: { req: { user: unknown } }) => isApprovedMemberUser(req.user as Person | null),
}

export const Users: CollectionConfig<'users'> = {
  slug: slugs.users,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'memberGroup', 'membershipStatus', 'roles'],
  },
  auth: {
    // The signed-in person is read on every request a member makes; their country, themes and
    // organisation stay ids there (Payload's default depth, 2, read those documents and theirs
    // each time). Pages that show them read the profile (`src/data/profile.ts`).
    depth: 0,
    tokenExpiration: 60 * 60 * 8,
    // Payload's lockout let a stranger lock any member out with five wrong passwords, and its
    // "locked" answer told them the address exists. Rate limits per address and IP pair and per
    // IP take its place (hooks/limitAttempts.ts); sessions (`useSessions`, Payload's default)
    // make a token die with its logout.
    maxLoginAttempts: 0,
    useSessions: true,
    cookies: sessionCookies(),
    // Applicants confirm their address through the mailed link before anyone reviews them.
    verify: true,
  },
  access: {
    admin: canUseAdminPanel,
    create: canRegister,
    read: canReadPeople,
    update: canUpdatePerson,
    delete: isManager,
    unlock: isManager,
  },
  // Before the API edge's checks: `organisation` may arrive as a name or a directory id.
  custom: { beforeEdge: [adaptOrganisation] },
  endpoints: [verifyEndpoint, exportEndpoint],
  hooks: {
    // The limits first: a refused attempt does no work at all.
    beforeOperation: [
      limitFailedLogins,
      limitResetRequests,
      limitRegistrations,
      answerUnknownAddressesAlike,
      guardPrivilegedFields,
      sendAuthMailThroughQueue,
      takeInvitation,
      registerApplicant,
    ],
    afterLogin: [forgetFailuresAfterLogin],
    // Their forum posts stay, without an author; the rows that are only theirs go.
    beforeDelete: [removeMembersForumRows],
    beforeChange: [keepRecentResetToken, decideMembership, assignHandle],
    afterChange: [recordMembershipChanges, acceptInvitation, announceOrganisationProposal],
    afterOperation: [queueAuthMail, answerApplicant],
  },
  fields: [
    // Merged with Payload's own email field: only the owner and managers may read an address.
    { name: 'email', type: 'email', access: { read: selfOrManagerField } },
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    // Payload's own: any signed-in person could set it. Only managers may (and the guard says so).
    { name: '_verified', type: 'checkbox', access: grantedField },
    // The name shown: the directory entry's, or the one the person proposed (adaptOrganisation).
    {
      name: 'organisation',
      type: 'text',
      maxLength: 200,
      access: { read: shownToMembers('organisation') },
    },
    {
      name: 'organisationEntry',
      label: 'Organisation in the directory',
      type: 'relationship',
      relationTo: slugs.organisations,
      access: { read: selfOrManagerField },
    },
    {
      name: 'memberGroup',
      type: 'select',
      options: MEMBER_GROUP_OPTIONS,
      access: { read: shownToMembers('memberGroup') },
    },
    {
      // A member's change of organisation waits here for a manager (src/membership/organisation.ts);
      // meanwhile the confirmed organisation above stays, and so does its confirmation.
      name: 'proposedOrganisation',
      label: 'Proposed organisation (waiting for a manager)',
      type: 'group',
      access: privateField,
      admin: {
        description:
          'A change the member asked for. Confirm or decline it on the site (Your account), or set the organisation above and empty this.',
      },
      fields: [
        { name: 'name', type: 'text', maxLength: 200 },
        {
          name: 'entry',
          label: 'Organisation in the directory',
          type: 'relationship',
          relationTo: slugs.organisations,
        },
        { name: 'proposedAt', type: 'date', admin: { readOnly: true } },
      ],
    },
    {
      name: 'affiliationConfirmed',
      label: 'Organisation and member group confirmed by a manager',
      type: 'checkbox',
      defaultValue: false,
      access: { create: managerField, update: managerField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'country',
      type: 'relationship',
      relationTo: slugs.countries,
      access: { read: shownToMembers('country') },
    },
    {
      name: 'themesOfInterest',
      type: 'relationship',
      relationTo: slugs.themes,
      hasMany: true,
      access: { read: shownToMembers('themesOfInterest') },
    },
    {
      // Readable by every member who may read the person: the choices themselves are not private,
      // and the fields above need them to decide (src/people/directory.ts).
      name: 'directory',
      label: 'Member directory',
      type: 'group',
      access: { update: selfOrManagerField },
      fields: DIRECTORY_OPT_INS.map((optIn) => ({
        name: optIn,
        type: 'checkbox' as const,
        defaultValue: DIRECTORY_DEFAULTS[optIn],
      })),
    },
    {
      name: 'statement',
      label: 'Statement of interest',
      type: 'textarea',
      maxLength: MAX_STATEMENT_LENGTH,
      access: privateField,
    },
    {
      name: 'preferredLanguage',
      type: 'select',
      defaultValue: 'en',
      options: LOCALES.map((locale) => ({
        label: EDITION_LANGUAGES[locale].native,
        value: locale,
      })),
      access: privateField,
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['member'],
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      access: grantedField,
      admin: { position: 'sidebar' },
    },
    {
      name: 'membershipStatus',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: MEMBERSHIP_STATUSES.map((status) => ({
        label: status[0].toUpperCase() + status.slice(1),
        value: status,
      })),
      access: grantedField,
      admin: { position: 'sidebar' },
    },
    {
      name: 'rejectionReason',
      type: 'textarea',
      maxLength: 1000,
      access: grantedField,
      admin: {
        position: 'sidebar',
        condition: (data) => data?.membershipStatus === 'rejected',
        description: 'Required when rejecting; mailed to the applicant.',
      },
    },
    {
      name: 'moderatedThemes',
      type: 'relationship',
      relationTo: slugs.themes,
      hasMany: true,
      access: moderationField,
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.roles?.includes('moderator')),
      },
    },
    {
      name: 'maySubmit',
      label: 'May post their organisation’s events, news and resources',
      type: 'checkbox',
      defaultValue: false,
      access: grantedField,
      admin: { position: 'sidebar' },
    },
    {
      name: 'notifications',
      label: 'Notifications of what they follow',
      type: 'select',
      defaultValue: DEFAULT_NOTIFICATION_SETTING,
      options: NOTIFICATION_SETTING_OPTIONS,
      index: true,
      access: privateField,
    },
    {
      name: 'follows',
      type: 'group',
      access: privateField,
      admin: {
        description: 'Seeded from the themes of interest and country when the member is approved.',
      },
      fields: [
        { name: 'themes', type: 'relationship', relationTo: slugs.themes, hasMany: true },
        { name: 'countries', type: 'relationship', relationTo: slugs.countries, hasMany: true },
      ],
    },
    {
      name: 'approvedAt',
      label: 'Member since',
      type: 'date',
      // Written when a manager first approves the membership (decideMembership).
      access: { read: selfOrManagerField, create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // What other members type after @ to mention someone in the forums.
      name: 'handle',
      type: 'text',
      unique: true,
      index: true,
      maxLength: 40,
      access: {
        read: ({ req }) => isApprovedMemberUser(req.user as Person | null),
        update: selfOrManagerField,
      },
      admin: { position: 'sidebar', description: 'Made from the name; used for @mentions.' },
    },
    {
      // Discourse's defaults: at once for discussions the member takes part in and for
      // mentions, the weekly digest for the other discussions they watch.
      name: 'forumMail',
      label: 'Forum mail',
      type: 'group',
      access: privateField,
      fields: [
        {
          name: 'participating',
          label: 'Discussions they started or replied to',
          type: 'select',
          defaultValue: 'immediate',
          options: FORUM_MAIL_OPTIONS,
        },
        {
          name: 'mentions',
          label: 'When someone mentions them',
          type: 'select',
          defaultValue: 'immediate',
          options: FORUM_MAIL_OPTIONS,
        },
        {
          name: 'watching',
          label: 'Other discussions and themes they watch',
          type: 'select',
          defaultValue: 'weekly',
          options: FORUM_MAIL_OPTIONS,
        },
      ],
    },
    {
      name: 'digestCoveredUntil',
      label: 'Last digest covered items until',
      type: 'date',
      // Written by the digest run only (src/following/deliver.ts), with the mail it queues.
      access: { read: selfOrManagerField, create: () => false, update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'The next digest starts here: nothing before it is listed again.',
        condition: (data) => Boolean(data?.digestCoveredUntil),
      },
    },
  ],
}
