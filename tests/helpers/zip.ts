/**
 * A ZIP archive of uncompressed ("stored") entries, enough to build small Office files for upload
 * tests without a ZIP library. Layout from PKWARE's APPNOTE: a local header and the bytes of each
 * entry, then the central directory, then its end record.
 */
export function storedZip(entries: Record<string, string | Uint8Array>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8')
    const data = Buffer.from(content)
    const crc = crc32(data)

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0) // local file header signature
    local.writeUInt16LE(20, 4) // version needed: 2.0
    local.writeUInt16LE(0x0800, 6) // flags: names are UTF-8
    local.writeUInt16LE(0, 8) // method: stored
    local.writeUInt32LE(0, 10) // time and date: 1980-00-00 00:00
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18) // compressed size
    local.writeUInt32LE(data.length, 22) // uncompressed size
    local.writeUInt16LE(nameBytes.length, 26)
    local.writeUInt16LE(0, 28) // extra field length
    locals.push(local, nameBytes, data)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0) // central directory header signature
    central.writeUInt16LE(20, 4) // version made by
    central.writeUInt16LE(20, 6) // version needed
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(0, 10)
    central.writeUInt32LE(0, 12)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    // extra, comment, disk number, internal and external attributes: all zero (30–41)
    central.writeUInt32LE(offset, 42) // where the local header starts
    centrals.push(central, nameBytes)

    offset += local.length + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0) // end of central directory signature
  const count = Object.keys(entries).length
  end.writeUInt16LE(count, 8) // entries on this disk
  end.writeUInt16LE(count, 10) // entries in all
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16) // where the central directory starts
  return Buffer.concat([...locals, directory, end])
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** CRC-32 as ZIP uses it (zlib.crc32 arrives only in Node 20.15; the portal supports 20.9). */
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
