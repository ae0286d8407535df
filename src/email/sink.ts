import fs from 'node:fs'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

export type CapturedMail = { from: string; to: string[]; raw: string; receivedAt: Date }

export type MailSink = {
  url: string
  port: number
  messages: CapturedMail[]
  close: () => Promise<void>
}

/**
 * A local SMTP server that accepts every message and keeps it: in memory for tests, and as
 * .eml files under `dir` so a developer can open what the portal sent. Listens on loopback only.
 */
export async function startMailSink({
  port = 0,
  dir,
}: { port?: number; dir?: string } = {}): Promise<MailSink> {
  const messages: CapturedMail[] = []
  if (dir) fs.mkdirSync(dir, { recursive: true })
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const mail: CapturedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
          receivedAt: new Date(),
        }
        messages.push(mail)
        if (dir) {
          const name = `${mail.receivedAt.toISOString().replace(/[:.]/g, '-')}-${messages.length}.eml`
          fs.writeFileSync(path.join(dir, name), mail.raw)
        }
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = server.server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
