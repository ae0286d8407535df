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

import { MEMBER_GROUP_OPTIONS } from '@/people/memberGroups'
import { sessionCookies } from '@/security/sessionCookies'

import { slugs } from '../slugs'
import { canReadPeople, canRegister, canUpdatePerson, canUseAdminPanel } from './access'
import { answerUnknownAddressesAlike } from './hooks/answerUnknownAddressesAlike'
import { guardPrivilegedFields } from './hooks/guardPrivilegedFields'
import { keepRecentResetToken } from './hooks/keepRecentResetToken'
import {
  forgetFailuresAfterLogin,
  limitFailedLogins,
  limitRegistrations,
  limitResetRequests,
} from './hooks/limitAttempts'
import { queueAuthMail, sendAuthMailThroughQueue } from './hooks/queueAuthMail'

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
    tokenExpiration: 60 * 60 * 8,
    // Payload's lockout let a stranger lock any member out with five wrong passwords, and its
    // "locked" answer told them the address exists. Rate limits per address and IP pair and per
    // IP take its place (hooks/limitAttempts.ts); sessions (`useSessions`, Payload's default)
    // make a token die with its logout.
    maxLoginAttempts: 0,
    useSessions: true,
    cookies: sessionCookies(),
  },
  access: {
    admin: canUseAdminPanel,
    create: canRegister,
    read: canReadPeople,
    update: canUpdatePerson,
    delete: isManager,
    unlock: isManager,
  },
  hooks: {
    // The limits first: a refused attempt does no work at all.
    beforeOperation: [
      limitFailedLogins,
      limitResetRequests,
      limitRegistrations,
      answerUnknownAddressesAlike,
      guardPrivilegedFields,
      sendAuthMailThroughQueue,
    ],
    afterLogin: [forgetFailuresAfterLogin],
    beforeChange: [keepRecentResetToken],
    afterOperation: [queueAuthMail],
  },
  fields: [
    // Merged with Payload's own email field: only the owner and managers may read an address.
    { name: 'email', type: 'email', access: { read: selfOrManagerField } },
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'organisation', type: 'text', maxLength: 200 },
    { name: 'memberGroup', type: 'select', options: MEMBER_GROUP_OPTIONS },
    { name: 'country', type: 'relationship', relationTo: slugs.countries },
    { name: 'themesOfInterest', type: 'relationship', relationTo: slugs.themes, hasMany: true },
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
      name: 'notificationPreferences',
      type: 'group',
      access: privateField,
      fields: [
        {
          name: 'digest',
          type: 'select',
          defaultValue: 'weekly',
          options: [
            { label: 'Never', value: 'never' },
            { label: 'Daily', value: 'daily' },
            { label: 'Weekly', value: 'weekly' },
          ],
        },
        {
          name: 'watchedReplies',
          label: 'Email me replies to threads I watch',
          type: 'checkbox',
          defaultValue: true,
        },
      ],
    },
  ],
}
