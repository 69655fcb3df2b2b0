/**
 * Draws the add-in's icons: a rounded square in municipal blue with a white check mark, as PNG at
 * every size manifest.xml names. Run with `npm run icons`; the PNGs in assets/ are committed.
 *
 * Shapes are drawn by coverage (16 × 16 samples per pixel), so edges stay smooth at 16 px without
 * an image library; Node's zlib does the PNG compression.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80] as const;

const BLUE = { r: 0x1f, g: 0x4e, b: 0x79 };
const WHITE = { r: 0xff, g: 0xff, b: 0xff };

/** The check mark as a polyline in a 1 × 1 square, and its stroke width. */
const CHECK: ReadonlyArray<readonly [number, number]> = [
  [0.26, 0.53],
  [0.43, 0.7],
  [0.75, 0.32],
];
const CHECK_WIDTH = 0.13;
const CORNER_RADIUS = 0.2;
const SAMPLES = 16;

/** RGBA pixels, row by row, of the icon at `size` × `size`. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const strokeHalf = Math.max(CHECK_WIDTH * size, 1.6) / 2 / size;
  const halfPixelDiagonal = Math.SQRT1_2 / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      // Most pixels lie wholly inside the square and clear of the check: plain blue, no sampling.
      const clearOfCheck =
        distanceToPolyline((x + 0.5) / size, (y + 0.5) / size, CHECK) > strokeHalf + halfPixelDiagonal;
      if (clearOfCheck && pixelInsideSquare(x, y, size)) {
        pixels.set([BLUE.r, BLUE.g, BLUE.b, 255], i);
        continue;
      }
      let inSquare = 0;
      let inCheck = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const u = (x + (sx + 0.5) / SAMPLES) / size;
          const v = (y + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(u, v)) continue;
          inSquare++;
          if (distanceToPolyline(u, v, CHECK) <= strokeHalf) inCheck++;
        }
      }
      const total = SAMPLES * SAMPLES;
      const alpha = inSquare / total;
      const white = inSquare === 0 ? 0 : inCheck / inSquare;
      pixels[i] = Math.round(BLUE.r + (WHITE.r - BLUE.r) * white);
      pixels[i + 1] = Math.round(BLUE.g + (WHITE.g - BLUE.g) * white);
      pixels[i + 2] = Math.round(BLUE.b + (WHITE.b - BLUE.b) * white);
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

/** The square is convex: a pixel whose four corners lie inside it lies wholly inside. */
function pixelInsideSquare(x: number, y: number, size: number): boolean {
  return [0, 1].every((dx) => [0, 1].every((dy) => insideRoundedSquare((x + dx) / size, (y + dy) / size)));
}

function insideRoundedSquare(u: number, v: number): boolean {
  const dx = Math.max(CORNER_RADIUS - u, 0, u - (1 - CORNER_RADIUS));
  const dy = Math.max(CORNER_RADIUS - v, 0, v - (1 - CORNER_RADIUS));
  return dx * dx + dy * dy <= CORNER_RADIUS * CORNER_RADIUS;
}

function distanceToPolyline(u: number, v: number, points: ReadonlyArray<readonly [number, number]>): number {
  let best = Infinity;
  for (let k = 1; k < points.length; k++) {
    const [ax, ay] = points[k - 1];
    const [bx, by] = points[k];
    const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = Math.min(1, Math.max(0, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / lengthSquared));
    best = Math.min(best, Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay))));
  }
  return best;
}

/** A PNG file (8-bit RGBA, no interlacing) holding `rgba`, `width` × `height` pixels. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // bytes 10–12 stay 0: deflate compression, adaptive filtering, no interlace
  const rowLength = width * 4;
  const raw = Buffer.alloc((rowLength + 1) * height);
  for (let y = 0; y < height; y++) {
    // each scanline starts with its filter type; 0 (none) keeps the encoder trivial
    raw[y * (rowLength + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * rowLength, rowLength).copy(raw, y * (rowLength + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 that PNG chunks carry (zlib.crc32 exists only from Node 20.15). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function main(): void {
  const assets = join(__dirname, '..', '..', 'assets');
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`${file} (${size} × ${size})`);
  }
}

if (require.main === module) main();
