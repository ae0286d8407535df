/**
 * Whether an SMTP error means the message itself will never be accepted. A 5xx answer is
 * permanent by the SMTP rules (a 550 unknown mailbox, a 552 message too large, a 554 refused
 * message): sending it again, a day later, gets the same answer, so it is not retried. The
 * exceptions are the authentication answers (530, 534, 535, 538): they say the portal's SMTP
 * settings are wrong, which an operator fixes, so those mails wait and are retried like an
 * outage. Connection errors and 4xx answers are temporary.
 */
const AUTHENTICATION_CODES = new Set([530, 534, 535, 538])

export function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode
  if (typeof code !== 'number') return false
  return code >= 500 && code < 600 && !AUTHENTICATION_CODES.has(code)
}

/** One line for the log: the SMTP answer if there was one, else the error's message. */
export function describeSmtpError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const response = (error as { response?: unknown }).response
  return typeof response === 'string' ? response : error.message
}
