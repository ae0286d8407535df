/**
 * The shortest new password the site's reset form accepts: long enough to resist guessing at
 * the login limits' pace, short enough to type on a phone.
 */
export const MIN_PASSWORD_LENGTH = 10
