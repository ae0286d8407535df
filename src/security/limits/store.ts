import { RateLimiterMemory, type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'

import { limitsFromEnv, RULE_NAMES, type LimitsConfig, type Rule, type RuleName } from './config'

/**
 * The one place that knows where the counters live. Memory is right for one process; with
 * several (behind a load balancer), each would keep its own counters and an attacker would get
 * one budget per process. Then build the limiters on a shared store instead, e.g.
 * `new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration })` or
 * `new RateLimiterMongo({ storeClient: mongoose.connection, … })` from the same library: the
 * rest of the portal only calls `budgetLeft`, `spend`, `forgive` and `forget`.
 */
function makeLimiter(name: RuleName, rule: Rule): RateLimiterAbstract {
  return new RateLimiterMemory({
    keyPrefix: name,
    points: rule.count,
    duration: rule.windowSeconds,
  })
}

type Limiters = { config: LimitsConfig; byRule: Record<RuleName, RateLimiterAbstract> }
let limiters: Limiters | undefined

function build(config: LimitsConfig): Limiters {
  const byRule = Object.fromEntries(
    RULE_NAMES.map((name) => [name, makeLimiter(name, config[name])]),
  ) as Record<RuleName, RateLimiterAbstract>
  return { config, byRule }
}

/** Read from the environment on first use, so a test or a start-up script may set it first. */
const current = () => (limiters ??= build(limitsFromEnv()))

export const limitsConfig = () => current().config

/**
 * Replaces the rules (the environment's, with `overrides` on top) and starts every count afresh.
 * For tests, which set small or generous values for the suite at hand.
 */
export function configureLimits(overrides: Partial<LimitsConfig> = {}) {
  limiters = build({ ...limitsFromEnv(), ...overrides })
}

export type Check = readonly [RuleName, string]

/** Seconds to wait before any of `checks` allows another attempt; 0 when all have budget left. */
export async function budgetLeft(checks: readonly Check[]): Promise<number> {
  let waitMs = 0
  for (const [rule, key] of checks) {
    const state = await current().byRule[rule].get(key)
    if (state && state.consumedPoints >= current().config[rule].count) {
      waitMs = Math.max(waitMs, state.msBeforeNext)
    }
  }
  return Math.ceil(waitMs / 1000)
}

/**
 * Counts one attempt against every check, unless one of them is already spent (a refused attempt
 * costs nothing further). Answers the seconds to wait when refused, 0 when the attempt may go on.
 */
export async function spend(checks: readonly Check[]): Promise<number> {
  const waiting = await budgetLeft(checks)
  if (waiting > 0) return waiting
  let waitMs = 0
  for (const [rule, key] of checks) {
    try {
      await current().byRule[rule].consume(key)
    } catch (refusal) {
      // Another attempt took the last point between the look and the count.
      if (!(refusal instanceof RateLimiterRes)) throw refusal
      waitMs = Math.max(waitMs, refusal.msBeforeNext)
    }
  }
  return Math.ceil(waitMs / 1000)
}

/** Gives back the point an attempt took (a sign-in that turned out right). */
export async function forgive([rule, key]: Check) {
  await current().byRule[rule].reward(key, 1)
}

/** Starts a count afresh (a successful sign-in clears its address and IP pair). */
export async function forget([rule, key]: Check) {
  await current().byRule[rule].delete(key)
}
