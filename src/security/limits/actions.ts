import { APIError } from 'payload'

import type { Check } from './store'

/**
 * Which rules each guarded action answers to, and the keys they count under. Both the API edge
 * (which only looks) and the Users hooks (which count) take their keys from here, so the two can
 * never disagree about whose budget an attempt spends.
 */

/** As Payload compares addresses: `Member@Example.org ` and `member@example.org` are one. */
export const normalisedEmail = (value: unknown) =>
  typeof value === 'string' ? value.toLowerCase().trim() : ''

export const loginChecks = (email: string, ip: string): Check[] => [
  ['failedLoginsPerAddressAndIp', `${email} ${ip}`],
  ['failedLoginsPerIp', ip],
]

export const resetChecks = (email: string, ip: string): Check[] => [
  ['resetRequestsPerAddress', email],
  ['resetRequestsPerIp', ip],
]

export const registrationChecks = (ip: string): Check[] => [['registrationsPerIp', ip]]

export type Action = 'login' | 'reset' | 'registration'

const WHAT: Record<Action, string> = {
  login: 'Too many failed sign-in attempts',
  reset: 'Too many password-reset requests',
  registration: 'Too many registrations from this network',
}

function inWords(seconds: number): string {
  const [amount, unit] =
    seconds <= 90
      ? [seconds, 'second']
      : seconds <= 90 * 60
        ? [Math.ceil(seconds / 60), 'minute']
        : [Math.ceil(seconds / 3600), 'hour']
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`
}

/** "Too many failed sign-in attempts. Try again in 15 minutes (after 10:42 UTC)." */
export function refusalMessage(action: Action, seconds: number, now = Date.now()): string {
  const at = new Date(now + seconds * 1000).toISOString().slice(11, 16)
  return `${WHAT[action]}. Try again in ${inWords(seconds)} (after ${at} UTC).`
}

/**
 * Payload's error shape and status for a refused attempt; `retryAfterSeconds` is for the
 * site's own forms, which call the Local API and get the error itself rather than a response.
 */
export class TooManyAttempts extends APIError {
  readonly retryAfterSeconds: number
  constructor(action: Action, seconds: number) {
    super(refusalMessage(action, seconds), 429, null, true)
    this.retryAfterSeconds = seconds
  }
}

/** A refusal is the limits doing their job: Payload logs it at info, not as an error. */
export const LIMIT_LOGGING_LEVELS = { [TooManyAttempts.name]: 'info' as const }
