/** Next runs this once when a server process starts, before it answers any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { stampPeerAddresses } = await import('./security/peerAddress')
  stampPeerAddresses()
}
