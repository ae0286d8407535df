/**
 * Signs in through Payload's REST login on a running portal, as a browser on the portal's own
 * origin would (Payload's CSRF check wants the Origin). Answers the session cookie, ready for a
 * `cookie` header, and the bearer token; any answer but 200 is an error naming the status.
 */
export async function signIn(
  portalUrl: string,
  { email, password }: { email: string; password: string },
): Promise<{ cookie: string; token: string }> {
  const response = await fetch(`${portalUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: portalUrl },
    body: JSON.stringify({ email, password }),
  })
  if (response.status !== 200)
    throw new Error(`signing in as ${email} answered ${response.status}: ${await response.text()}`)
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
  if (!cookie) throw new Error(`signing in as ${email} set no payload-token cookie`)
  const { token } = (await response.json()) as { token: string }
  return { cookie: cookie.split(';')[0]!, token }
}

/** A browser's navigation headers: Payload honours a session cookie on same-origin requests. */
export const sameOriginWith = (cookie: string) => ({ cookie, 'sec-fetch-site': 'same-origin' })
