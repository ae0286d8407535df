import { createHash } from 'node:crypto'

/** One mail as the queue carries it: everything needed to send it again, identically. */
export type MailMessage = {
  /**
   * Names this message for good: the same key is sent once only, and it is the Message-ID's
   * left part so a relay can drop a copy too. Letters, digits, dots, hyphens and underscores.
   */
  key: string
  to: string
  subject: string
  text: string
  html?: string
  headers?: Record<string, string>
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/

export function assertMailKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`"${key}" is not a mail key (letters, digits, . _ -)`)
}

/**
 * A key from what makes a message the one it is: its purpose, the record and the version,
 * token or date it is about. Secrets (reset tokens) enter only as a short hash, since keys are
 * stored in mail-deliveries and travel in the Message-ID header.
 */
export function mailKey(purpose: string, id: number | string, version: string): string {
  const hash = createHash('sha256').update(version).digest('hex').slice(0, 16)
  return `${purpose}.${id}.${hash}`
}

/** `<key@host>` with the host of the portal's server URL, the same on every attempt. */
export function messageIdFor(key: string, serverURL: string): string {
  const host = URL.canParse(serverURL) ? new URL(serverURL).hostname : 'localhost'
  return `<${key}@${host || 'localhost'}>`
}
