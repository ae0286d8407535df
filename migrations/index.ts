import * as migration_20261123_114257_initial from './20261123_114257_initial'
import * as migration_20261123_115435_search_jobs from './20261123_115435_search_jobs'
import * as migration_20261123_164645_featured_and_curated from './20261123_164645_featured_and_curated'
import * as migration_20261123_195339_locale_parent_indexes from './20261123_195339_locale_parent_indexes'
import * as migration_20261207_013418_title_order from './20261207_013418_title_order'
import * as migration_20261207_015936_mail_queue from './20261207_015936_mail_queue'
import * as migration_20261207_021249_membership from './20261207_021249_membership'
import * as migration_20261207_022616_no_lockout from './20261207_022616_no_lockout'
import * as migration_20261207_040553_invitations from './20261207_040553_invitations'
import * as migration_20261207_043732_profile_directory from './20261207_043732_profile_directory'
import * as migration_20261207_045457_submissions_following from './20261207_045457_submissions_following'
import * as migration_20261207_050554_organisation_proposals from './20261207_050554_organisation_proposals'
import * as migration_20261207_053000_reference_rules from './20261207_053000_reference_rules'
import * as migration_20261207_065755_forums from './20261207_065755_forums'
import * as migration_20261207_070135_member_handles from './20261207_070135_member_handles'
import * as migration_20261207_160000_open_published_files from './20261207_160000_open_published_files'
import * as migration_20261207_232543_thread_posts_index from './20261207_232543_thread_posts_index'

export const migrations = [
  {
    up: migration_20261123_114257_initial.up,
    down: migration_20261123_114257_initial.down,
    name: '20261123_114257_initial',
  },
  {
    up: migration_20261123_115435_search_jobs.up,
    down: migration_20261123_115435_search_jobs.down,
    name: '20261123_115435_search_jobs',
  },
  {
    up: migration_20261123_164645_featured_and_curated.up,
    down: migration_20261123_164645_featured_and_curated.down,
    name: '20261123_164645_featured_and_curated',
  },
  {
    up: migration_20261123_195339_locale_parent_indexes.up,
    down: migration_20261123_195339_locale_parent_indexes.down,
    name: '20261123_195339_locale_parent_indexes',
  },
  {
    up: migration_20261207_013418_title_order.up,
    down: migration_20261207_013418_title_order.down,
    name: '20261207_013418_title_order',
  },
  {
    up: migration_20261207_015936_mail_queue.up,
    down: migration_20261207_015936_mail_queue.down,
    name: '20261207_015936_mail_queue',
  },
  {
    up: migration_20261207_021249_membership.up,
    down: migration_20261207_021249_membership.down,
    name: '20261207_021249_membership',
  },
  {
    up: migration_20261207_022616_no_lockout.up,
    down: migration_20261207_022616_no_lockout.down,
    name: '20261207_022616_no_lockout',
  },
  {
    up: migration_20261207_040553_invitations.up,
    down: migration_20261207_040553_invitations.down,
    name: '20261207_040553_invitations',
  },
  {
    up: migration_20261207_043732_profile_directory.up,
    down: migration_20261207_043732_profile_directory.down,
    name: '20261207_043732_profile_directory',
  },
  {
    up: migration_20261207_045457_submissions_following.up,
    down: migration_20261207_045457_submissions_following.down,
    name: '20261207_045457_submissions_following',
  },
  {
    up: migration_20261207_050554_organisation_proposals.up,
    down: migration_20261207_050554_organisation_proposals.down,
    name: '20261207_050554_organisation_proposals',
  },
  {
    up: migration_20261207_053000_reference_rules.up,
    down: migration_20261207_053000_reference_rules.down,
    name: '20261207_053000_reference_rules',
  },
  {
    up: migration_20261207_065755_forums.up,
    down: migration_20261207_065755_forums.down,
    name: '20261207_065755_forums',
  },
  {
    up: migration_20261207_070135_member_handles.up,
    down: migration_20261207_070135_member_handles.down,
    name: '20261207_070135_member_handles',
  },
  {
    up: migration_20261207_160000_open_published_files.up,
    down: migration_20261207_160000_open_published_files.down,
    name: '20261207_160000_open_published_files',
  },
  {
    up: migration_20261207_232543_thread_posts_index.up,
    down: migration_20261207_232543_thread_posts_index.down,
    name: '20261207_232543_thread_posts_index',
  },
]
