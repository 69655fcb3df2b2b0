/**
 * Reads a zip archive held in memory: its directory (ZIP64 included), and any entry unpacked at
 * most to the size its directory declares and to a budget the caller gives, its checksum
 * verified. Names are normalised as parsers see them (backslashes as slashes, no leading slash)
 * and compared without case, as Office compares part names: a name that occurs twice is damage,
 * never a choice between two contents.
 */
import zlib from 'node:zlib';
import { crc32 } from './zip';

export interface ZipEntry {
  /** The normalised name: `xl/worksheets/sheet1.xml`. */
  readonly name: string;
  readonly crc: number;
  readonly method: number;
  /** Bit 0 of the flags: ZipCrypto or another encryption. */
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** The unpacked size the directory declares. */
  readonly size: number;
  readonly localHeader: number;
}

/** Why a zip cannot be read; `entry` names the part when one is at fault. */
export type ZipProblem =
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'directory' }
  | { readonly kind: 'duplicate'; readonly entry: string }
  | { readonly kind: 'too-many-entries'; readonly entries: number }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'method'; readonly entry: string }
  | { readonly kind: 'data'; readonly entry: string };

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem.kind}${'entry' in problem ? ` ${problem.entry}` : ''}`);
    this.name = 'ZipError';
  }
}

export interface ZipDirectory {
  readonly entries: ReadonlyArray<ZipEntry>;
  /** By lower-case normalised name. */
  get(name: string): ZipEntry | undefined;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
/** AES encryption (WinZip) marks its entries with this method. */
const METHOD_AES = 99;

export function readZipDirectory(data: Buffer, maxEntries: number): ZipDirectory {
  const end = findEndRecord(data);
  if (end < 0) throw new ZipError({ kind: 'incomplete' });
  let count = data.readUInt16LE(end + 10);
  let size = data.readUInt32LE(end + 12);
  let start = data.readUInt32LE(end + 16);
  if (count === MAX16 || size === MAX32 || start === MAX32) {
    const zip64 = zip64End(data, end);
    if (!zip64) throw new ZipError({ kind: 'directory' });
    ({ count, size, start } = zip64);
  }
  // Counted before anything is read: the directory cannot make this reader do more than it allows.
  if (count > maxEntries) throw new ZipError({ kind: 'too-many-entries', entries: count });
  if (start + size > data.length) throw new ZipError({ kind: 'incomplete' });
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > start + size || data.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipError({ kind: 'directory' });
    const flags = data.readUInt16LE(at + 8);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const next = at + 46 + nameLength + extraLength + data.readUInt16LE(at + 32);
    if (next > start + size) throw new ZipError({ kind: 'directory' });
    const rawName = data.toString(flags & 0x0800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    const sizes = zip64Sizes(data, at + 46 + nameLength, extraLength, {
      size: data.readUInt32LE(at + 24),
      compressedSize: data.readUInt32LE(at + 20),
      localHeader: data.readUInt32LE(at + 42),
    });
    const entry: ZipEntry = {
      name: normalisePartName(rawName),
      crc: data.readUInt32LE(at + 16),
      method: data.readUInt16LE(at + 10),
      encrypted: (flags & 1) === 1,
      ...sizes,
    };
    at = next;
    // A folder holds nothing to read.
    if (entry.name === '' || /[\\/]$/.test(rawName)) continue;
    const key = entry.name.toLowerCase();
    if (byName.has(key)) throw new ZipError({ kind: 'duplicate', entry: entry.name });
    byName.set(key, entry);
    entries.push(entry);
  }
  return { entries, get: (name) => byName.get(name.toLowerCase()) };
}

/**
 * A part name as a parser sees it: backslashes (written by some Windows tools) as slashes, no
 * leading slash, no `.` or empty segments, `..` resolved. ExcelJS strips one leading slash and
 * takes the rest literally; the names handed to it are these normalised ones, so what is checked
 * here is what it parses.
 */
export function normalisePartName(name: string): string {
  const resolved: string[] = [];
  for (const segment of name.replace(/\\/g, '/').split('/')) {
    if (segment === '..') resolved.pop();
    else if (segment !== '.' && segment !== '') resolved.push(segment);
  }
  return resolved.join('/');
}

/** The end-of-directory record, searched from the end past a comment of at most 64 kB. */
function findEndRecord(data: Buffer): number {
  const lowest = Math.max(0, data.length - 22 - MAX16);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (data.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** The ZIP64 end record that the locator just before the end record points to. */
function zip64End(data: Buffer, end: number): { count: number; size: number; start: number } | undefined {
  const locator = end - 20;
  if (locator < 0 || data.readUInt32LE(locator) !== ZIP64_LOCATOR) return undefined;
  const at = safeNumber(data.readBigUInt64LE(locator + 8));
  if (at === undefined || at + 56 > locator || data.readUInt32LE(at) !== ZIP64_END) return undefined;
  const count = safeNumber(data.readBigUInt64LE(at + 32));
  const size = safeNumber(data.readBigUInt64LE(at + 40));
  const start = safeNumber(data.readBigUInt64LE(at + 48));
  if (count === undefined || size === undefined || start === undefined) return undefined;
  return { count, size, start };
}

/** A 64-bit field as a number, when it fits in one (no file this reader holds is larger). */
function safeNumber(value: bigint): number | undefined {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
}

type Sizes = { size: number; compressedSize: number; localHeader: number };

/** The ZIP64 extra field replaces each 32-bit field that reads 0xFFFFFFFF, in this order. */
function zip64Sizes(data: Buffer, from: number, length: number, sizes: Sizes): Sizes {
  if (sizes.size !== MAX32 && sizes.compressedSize !== MAX32 && sizes.localHeader !== MAX32) return sizes;
  for (let at = from; at + 4 <= from + length;) {
    const id = data.readUInt16LE(at);
    const fieldLength = data.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      const out = { ...sizes };
      let field = at + 4;
      for (const key of ['size', 'compressedSize', 'localHeader'] as const) {
        if (out[key] !== MAX32) continue;
        if (field + 8 > at + 4 + fieldLength) throw new ZipError({ kind: 'directory' });
        const value = safeNumber(data.readBigUInt64LE(field));
        if (value === undefined) throw new ZipError({ kind: 'directory' });
        out[key] = value;
        field += 8;
      }
      return out;
    }
    at += 4 + fieldLength;
  }
  throw new ZipError({ kind: 'directory' });
}

/**
 * An entry's content, unpacked to at most `budget` bytes: more than the directory declares, less
 * than it declares, or a checksum that differs is damage. A part that would pass `budget` is not
 * unpacked at all; the caller decides what an entry over budget means before asking.
 */
export function readEntry(data: Buffer, entry: ZipEntry): Buffer {
  if (entry.encrypted || entry.method === METHOD_AES) throw new ZipError({ kind: 'encrypted' });
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError({ kind: 'method', entry: entry.name });
  const at = entry.localHeader;
  if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL_HEADER)
    throw new ZipError({ kind: 'data', entry: entry.name });
  const from = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  if (from + entry.compressedSize > data.length) throw new ZipError({ kind: 'incomplete' });
  const packed = data.subarray(from, from + entry.compressedSize);
  let content: Buffer;
  if (entry.method === 0) content = packed;
  else {
    try {
      // One byte more than declared: enough to tell an understated size, never more memory.
      content = zlib.inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size + 1) });
    } catch {
      throw new ZipError({ kind: 'data', entry: entry.name });
    }
  }
  if (content.length !== entry.size || crc32(content) !== entry.crc)
    throw new ZipError({ kind: 'data', entry: entry.name });
  return content;
}

/**
 * A zip of the given parts, stored without compression: how the checked parts reach ExcelJS,
 * which then unpacks nothing and finds each part under the name it was checked under.
 */
export function storedZip(parts: ReadonlyArray<{ name: string; content: Buffer }>): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const crc = crc32(part.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(10, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(part.content.length, 18);
    local.writeUInt32LE(part.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    out.push(local, name, part.content);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(DIRECTORY_ENTRY, 0);
    header.writeUInt16LE(10, 4);
    header.writeUInt16LE(10, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(part.content.length, 20);
    header.writeUInt32LE(part.content.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += 30 + name.length + part.content.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, ...central, end]);
}
