import http from 'node:http'

import { PEER_ADDRESS_HEADER } from './clientAddress'

const STAMPED = Symbol.for('cop.peerAddressStamped')

/**
 * Writes the TCP peer's address into every incoming request's headers, over anything a client
 * sent under that name, before Next sees the request. Route handlers and server actions get only
 * headers, and Next's own X-Forwarded-For keeps a client's value when one is sent, so without
 * this stamp the rate limits could not tell a visitor's real address from one they typed.
 * Installed once per process from `src/instrumentation.ts` (Next's start-up hook), by wrapping
 * the 'request' event of every HTTP server: Next creates its server before our code runs.
 */
export function stampPeerAddresses() {
  const prototype = http.Server.prototype as http.Server & { [STAMPED]?: boolean }
  if (prototype[STAMPED]) return
  prototype[STAMPED] = true
  const emit = prototype.emit
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? ''
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  } as typeof emit
}
