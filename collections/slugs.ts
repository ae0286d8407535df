/** Collection slugs are part of the public REST and GraphQL API: change them only with a migration. */
export const slugs = {
  users: 'users',
  themes: 'themes',
  countries: 'countries',
  resources: 'resources',
  news: 'news',
  events: 'events',
  projects: 'projects',
  statistics: 'statistics',
  resourceCentres: 'resource-centres',
  organisations: 'organisations',
  organisationProposals: 'organisation-proposals',
  media: 'media',
  mailDeliveries: 'mail-deliveries',
  noticesSent: 'notices-sent',
  auditLog: 'audit-log',
  invitations: 'invitations',
} as const
