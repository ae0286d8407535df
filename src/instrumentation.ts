/**
 * Next runs this once when a server process starts, before it answers any request. The import
 * sits inside the runtime check, as Next documents, so no edge bundle tries to include node:http.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { stampPeerAddresses } = await import('./security/peerAddress')
    stampPeerAddresses()
  }
}
