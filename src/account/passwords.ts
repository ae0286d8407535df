/**
 * The shortest new password the site's reset form accepts: long enough to resist guessing at
 * the login limits' pace, short enough to type on a phone.
 */
export const MIN_PASSWORD_LENGTH = 10

/** What is wrong with a new password and its repetition, as the forms' `?error=` code. */
export function newPasswordProblem(
  password: string,
  repeat: string,
): 'short' | 'differ' | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return 'short'
  if (password !== repeat) return 'differ'
  return undefined
}
