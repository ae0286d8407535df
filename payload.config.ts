import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { AuditLog } from './collections/AuditLog'
import { Countries } from './collections/Countries'
import { Events } from './collections/Events'
import { DiscussionSummaries } from './collections/DiscussionSummaries'
import { Discussions } from './collections/Discussions'
import { ForumFiles } from './collections/ForumFiles'
import { ForumSubscriptions } from './collections/ForumSubscriptions'
import { Invitations } from './collections/Invitations'
import { MailDeliveries } from './collections/MailDeliveries'
import { Media, MAX_UPLOAD_BYTES } from './collections/Media'
import { News } from './collections/News'
import { NoticesSent } from './collections/NoticesSent'
import { PollVotes } from './collections/PollVotes'
import { PostFlags } from './collections/PostFlags'
import { PostReactions } from './collections/PostReactions'
import { Posts } from './collections/Posts'
import { OrganisationProposals } from './collections/OrganisationProposals'
import { Organisations } from './collections/Organisations'
import { Projects } from './collections/Projects'
import { ReadStates } from './collections/ReadStates'
import { ResourceCentres } from './collections/ResourceCentres'
import { Resources } from './collections/Resources'
import { Statistics } from './collections/Statistics'
import { Themes } from './collections/Themes'
import { Users } from './collections/Users'
import { payloadSecret } from './src/config/secret'
import { databaseAdapter } from './src/db/adapter'
import { emailAdapter } from './src/email/adapter'
import { adminI18n, localization } from './src/i18n/payload'
import { expireEndpoint } from './src/data/expireEndpoint'
import { unsubscribeEndpoint } from './src/following/endpoint'
import { jobs, runsJobs } from './src/jobs'
import { watchStalledJobs } from './src/jobs/stalled'
import { verifyMutation, verifyThroughHooks } from './src/membership/verify'
import { searchEndpoint } from './src/search/endpoint'
import { LIMIT_LOGGING_LEVELS } from './src/security/limits/actions'
import { seedOnFirstStart } from './src/seed/onInit'
import { integrityAtTheEdge } from './src/validation/plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const serverURL = process.env.SERVER_URL ?? 'http://localhost:3000'

export default buildConfig({
  serverURL,
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    // Gravatar is unreachable from the portal's network; use Payload's built-in avatar.
    avatar: 'default',
    meta: { titleSuffix: ' · Labour Migration CoP' },
    components: { afterLogin: ['@/admin/LoadAdminAfterSignIn#LoadAdminAfterSignIn'] },
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  collections: [
    Resources,
    News,
    Events,
    Themes,
    Countries,
    Projects,
    Statistics,
    ResourceCentres,
    Organisations,
    OrganisationProposals,
    Media,
    Users,
    Invitations,
    Discussions,
    Posts,
    PostReactions,
    ForumSubscriptions,
    ReadStates,
    PostFlags,
    PollVotes,
    ForumFiles,
    DiscussionSummaries,
    MailDeliveries,
    NoticesSent,
    AuditLog,
  ],
  editor: lexicalEditor(),
  db: databaseAdapter({ migrationDir: path.resolve(dirname, 'migrations') }),
  email: emailAdapter(),
  jobs,
  endpoints: [searchEndpoint, expireEndpoint, unsubscribeEndpoint],
  // Verification runs through the Users hooks on every API (src/membership/verify.ts).
  graphQL: { mutations: (graphql) => verifyMutation(graphql) },
  localization,
  i18n: adminI18n,
  // Only the portal's own pages may call its API with a visitor's cookies.
  cors: [serverURL],
  csrf: [serverURL],
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  // A refused query path, a wrong password or a spent rate limit is a person's mistake (or a
  // probe), not a server fault.
  loggingLevels: { QueryError: 'info', AuthenticationError: 'info', ...LIMIT_LOGGING_LEVELS },
  logger: { options: { level: process.env.LOG_LEVEL ?? 'info' } },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  onInit: async (payload) => {
    verifyThroughHooks(payload)
    await seedOnFirstStart(payload)
    if (runsJobs()) watchStalledJobs(payload)
  },
  plugins: [integrityAtTheEdge],
})
