import fs from 'node:fs'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

export type CapturedMail = { from: string; to: string[]; raw: string; receivedAt: Date }

export type MailSink = {
  url: string
  port: number
  messages: CapturedMail[]
  /** Stops listening (an SMTP outage); messages already received stay. */
  stop: () => Promise<void>
  /** Listens again on the same port after `stop`. */
  restart: () => Promise<void>
  close: () => Promise<void>
}

/**
 * A local SMTP server that accepts every message and keeps it: in memory for tests, and as
 * .eml files under `dir` so a developer can open what the portal sent. Listens on loopback only.
 */
export async function startMailSink({
  port = 0,
  dir,
  refuse = () => false,
}: {
  port?: number
  dir?: string
  /** Recipients answered "550 mailbox unavailable", as a real server answers an unknown one. */
  refuse?: (address: string) => boolean
} = {}): Promise<MailSink> {
  const messages: CapturedMail[] = []
  if (dir) fs.mkdirSync(dir, { recursive: true })

  const keep = (mail: CapturedMail) => {
    messages.push(mail)
    if (!dir) return
    const name = `${mail.receivedAt.toISOString().replace(/[:.]/g, '-')}-${messages.length}.eml`
    fs.writeFileSync(path.join(dir, name), mail.raw)
  }

  // A closed SMTPServer refuses new connections for good, so a restart builds a new one.
  const listen = async (onPort: number) => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, session, callback) {
        if (!refuse(address.address)) return callback()
        const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 })
        callback(error)
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          keep({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString('utf8'),
            receivedAt: new Date(),
          })
          callback()
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(onPort, '127.0.0.1', () => resolve())
    })
    return server
  }

  let server: SMTPServer | undefined = await listen(port)
  const address = server.server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const stop = async () => {
    const closing = server
    server = undefined
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()))
  }
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    messages,
    stop,
    restart: async () => {
      server ??= await listen(actualPort)
    },
    close: stop,
  }
}
