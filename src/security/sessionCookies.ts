/**
 * The session cookie: HTTP-only always (Payload sets that itself), `SameSite=Lax` so other sites'
 * forms and scripts do not carry it while a link to the portal still signs the visitor in, and
 * `Secure` whenever the portal is served over https, whatever NODE_ENV says: a cookie that may
 * travel over plain http can be read off the wire.
 */
export const sessionCookies = (serverURL = process.env.SERVER_URL ?? '') => ({
  secure: serverURL.startsWith('https://'),
  sameSite: 'Lax' as const,
})
