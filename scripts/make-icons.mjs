#!/usr/bin/env node
/**
 * `npm run icons`: draws the portal's icon (a ring with a point travelling on it, white on the
 * site's accent blue) at every size browsers and home screens ask for, and writes
 * src/app/favicon.ico, src/app/icon.svg, src/app/apple-icon.png and public/icons/*.png. The
 * outputs are committed; run this again only to change the design.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ACCENT = [0x1e, 0x3a, 0x8a]
const WHITE = [0xff, 0xff, 0xff]
// The design in unit coordinates: rounded square, ring, dot on the ring at 45°.
const CORNER = 0.2
const RING = { r: 0.27, width: 0.075 }
const DOT = { x: 0.5 + 0.27 * Math.SQRT1_2, y: 0.5 - 0.27 * Math.SQRT1_2, r: 0.09 }

function inside(x, y) {
  const cx = Math.min(Math.max(x, CORNER), 1 - CORNER)
  const cy = Math.min(Math.max(y, CORNER), 1 - CORNER)
  return Math.hypot(x - cx, y - cy) <= CORNER
}
function isWhite(x, y) {
  const d = Math.hypot(x - 0.5, y - 0.5)
  return Math.abs(d - RING.r) <= RING.width / 2 || Math.hypot(x - DOT.x, y - DOT.y) <= DOT.r
}

/** RGBA pixels, 4×4 samples per pixel for smooth edges. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4)
  const n = 4
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0
      let white = 0
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size
          const y = (py + (sy + 0.5) / n) / size
          if (!inside(x, y)) continue
          cover += 1
          if (isWhite(x, y)) white += 1
        }
      }
      const offset = (py * size + px) * 4
      const mix = cover ? white / cover : 0
      for (let c = 0; c < 3; c++) {
        pixels[offset + c] = Math.round(ACCENT[c] * (1 - mix) + WHITE[c] * mix)
      }
      pixels[offset + 3] = Math.round((255 * cover) / (n * n))
    }
  }
  return pixels
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buffer) => {
  let c = 0xffffffff
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
function png(size) {
  const pixels = draw(size)
  const rows = Buffer.alloc((size * 4 + 1) * size)
  for (let y = 0; y < size; y++)
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
/** An .ico holding PNG images (every browser since 2012 reads PNG inside ICO). */
function ico(sizes) {
  const images = sizes.map(png)
  const header = Buffer.alloc(6)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map((image, i) => {
    const entry = Buffer.alloc(16)
    entry[0] = sizes[i] % 256
    entry[1] = sizes[i] % 256
    entry.writeUInt16LE(1, 4)
    entry.writeUInt16LE(32, 6)
    entry.writeUInt32LE(image.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += image.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images])
}

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" rx="${CORNER * 100}" fill="${hex(ACCENT)}"/>
<circle cx="50" cy="50" r="${RING.r * 100}" fill="none" stroke="#fff" stroke-width="${RING.width * 100}"/>
<circle cx="${(DOT.x * 100).toFixed(2)}" cy="${(DOT.y * 100).toFixed(2)}" r="${DOT.r * 100}" fill="#fff"/>
</svg>
`

const write = (file, data) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), data)
  console.log(`${file}: ${data.length} bytes`)
}
write('src/app/favicon.ico', ico([16, 32, 48]))
write('src/app/icon.svg', svg)
write('src/app/apple-icon.png', png(180))
write('public/icons/icon-192.png', png(192))
write('public/icons/icon-512.png', png(512))
