import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET signs sessions. When it is not given, each installation makes its own random
 * secret once and keeps it beside its data, so a clone never runs on a shared, published key.
 */
export function payloadSecret({
  env = process.env,
  dataDir = path.resolve(process.cwd(), 'data'),
}: { env?: Record<string, string | undefined>; dataDir?: string } = {}): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const file = path.join(dataDir, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    const secret = crypto.randomBytes(32).toString('hex')
    try {
      // 'wx' fails if another process (a build worker) wrote one first: then use theirs.
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
      return secret
    } catch {
      return fs.readFileSync(file, 'utf8').trim()
    }
  }
}
