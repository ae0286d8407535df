/**
 * How many attempts each abuse rule allows, and in what window. One typed object with defaults,
 * each value overridable by an environment variable written as `<count>/<window>`, e.g.
 * `LIMIT_FAILED_LOGINS_PER_IP=100/1d` (windows in s, m, h or d). A malformed value stops
 * start-up with one line naming the variable, as DATABASE_URI does: a typo must not silently
 * leave the portal unprotected.
 */

export type Rule = { count: number; windowSeconds: number }

export const RULE_NAMES = [
  'failedLoginsPerAddressAndIp',
  'failedLoginsPerIp',
  'registrationsPerIp',
  'resetRequestsPerAddress',
  'resetRequestsPerIp',
] as const
export type RuleName = (typeof RULE_NAMES)[number]
export type LimitsConfig = Record<RuleName, Rule>

const MINUTE = 60
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export const DEFAULT_LIMITS: LimitsConfig = {
  failedLoginsPerAddressAndIp: { count: 5, windowSeconds: 15 * MINUTE },
  failedLoginsPerIp: { count: 100, windowSeconds: DAY },
  registrationsPerIp: { count: 5, windowSeconds: HOUR },
  resetRequestsPerAddress: { count: 3, windowSeconds: HOUR },
  resetRequestsPerIp: { count: 20, windowSeconds: HOUR },
}

export const LIMIT_VARIABLES: Record<RuleName, string> = {
  failedLoginsPerAddressAndIp: 'LIMIT_FAILED_LOGINS_PER_ADDRESS_AND_IP',
  failedLoginsPerIp: 'LIMIT_FAILED_LOGINS_PER_IP',
  registrationsPerIp: 'LIMIT_REGISTRATIONS_PER_IP',
  resetRequestsPerAddress: 'LIMIT_RESET_REQUESTS_PER_ADDRESS',
  resetRequestsPerIp: 'LIMIT_RESET_REQUESTS_PER_IP',
}

const UNIT_SECONDS = { s: 1, m: MINUTE, h: HOUR, d: DAY } as const

export function parseRule(variable: string, value: string): Rule {
  const match = /^\s*(\d{1,9})\s*\/\s*(\d{1,6})\s*([smhd])\s*$/.exec(value)
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new Error(
      `${variable} must be <count>/<window> with a window in s, m, h or d (e.g. 5/15m); "${value}" is not.`,
    )
  }
  const unit = match[3] as keyof typeof UNIT_SECONDS
  return { count: Number(match[1]), windowSeconds: Number(match[2]) * UNIT_SECONDS[unit] }
}

export function limitsFromEnv(env: Record<string, string | undefined> = process.env): LimitsConfig {
  const entries = RULE_NAMES.map((name) => {
    const value = env[LIMIT_VARIABLES[name]]
    return [name, value ? parseRule(LIMIT_VARIABLES[name], value) : DEFAULT_LIMITS[name]] as const
  })
  return Object.fromEntries(entries) as LimitsConfig
}

/**
 * How many proxies of our own stand in front of the portal (TRUST_PROXY, default 0). With 0
 * X-Forwarded-For is never believed; with n, the client is the n-th address from its right end,
 * the one our outermost proxy saw (what a client writes further left is its own invention).
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const value = (env.TRUST_PROXY ?? '').trim()
  if (value === '' || value === '0' || value === 'false') return 0
  if (value === 'true') return 1
  if (!/^\d{1,2}$/.test(value)) {
    throw new Error(`TRUST_PROXY must be 0, 1 (one proxy in front) or the number of proxies.`)
  }
  return Number(value)
}
