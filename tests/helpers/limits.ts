import { configureForumProtection } from '@/forums/protection'
import { RULE_NAMES, type LimitsConfig } from '@/security/limits/config'
import { configureLimits } from '@/security/limits/store'

/**
 * For suites that send hundreds of anonymous sign-ups or sign-ins from one in-process client
 * (one address, or none: the in-process handler has no connection) to test something else: the
 * rate limits would answer 429 long before the suite had exercised what it is about. Raising
 * the limits in that suite's process, rather than switching them off with a setting, keeps every
 * request on the path production takes; the limits themselves are tested in abuse.int.spec.ts.
 * The forums' writing rates (seconds between posts, newcomers' quotas and links, duplicates)
 * step aside the same way, for every suite that writes posts; forums-writing.int.spec.ts tests them.
 */
export function raiseLimitsOutOfTheWay() {
  const generous = { count: 1_000_000, windowSeconds: 60 }
  configureLimits(Object.fromEntries(RULE_NAMES.map((name) => [name, generous])) as LimitsConfig)
  configureForumProtection({
    secondsBetweenDiscussions: 0,
    secondsBetweenPosts: 0,
    newcomerSecondsBetweenDiscussions: 0,
    newcomerSecondsBetweenPosts: 0,
    firstDayDiscussions: 1_000_000,
    firstDayReplies: 1_000_000,
    newcomerLinksPerPost: 1_000_000,
    duplicateWindowSeconds: 0,
  })
}
