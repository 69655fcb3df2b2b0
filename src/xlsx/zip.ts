/**
 * A zip writer for a workbook's parts that never holds a part whole: text goes in as it is made,
 * is encoded into one reused buffer, and leaves it deflated, a segment of about a megabyte at a
 * time. Each segment is deflated on its own and ends on a byte boundary (zlib's sync flush), a
 * last empty block ends the part; together they are one valid deflate stream, as pigz makes them.
 * Only the deflated bytes stay until the archive is put together. No ZIP64: a workbook of 4 GB is
 * refused with a clear error rather than written broken.
 */
import zlib from 'node:zlib';

/** Bytes deflated at a time: big enough that starting afresh costs nothing measurable in size. */
const SEGMENT_BYTES = 1024 * 1024;
/** The deflate level ExcelJS's own writer (JSZip) uses. */
const LEVEL = 6;
/** A final, empty block: what ends every part's deflate stream. */
const LAST_BLOCK = zlib.deflateRawSync(Buffer.alloc(0));
const ZIP_LIMIT = 0xffff_ffff;

interface Entry {
  readonly name: string;
  readonly crc: number;
  readonly size: number;
  readonly deflated: ReadonlyArray<Buffer>;
}

export class ZipWriter {
  private readonly entries: Entry[] = [];
  /** Room for a segment and the longest text that may top it up (three bytes per UTF-16 unit). */
  private readonly scratch = Buffer.allocUnsafe(SEGMENT_BYTES * 2);
  private open: Part | undefined;

  /** A part to write bit by bit; one at a time, ended before the next begins. */
  part(name: string): Part {
    if (this.open) throw new Error(`zip: ${this.open.name} is still being written`);
    this.open = new Part(name, this.scratch, (entry) => {
      this.entries.push(entry);
      this.open = undefined;
    });
    return this.open;
  }

  /** ExcelJS's zip writer's interface: a whole part, as text, or as bytes (media), perhaps in base64. */
  append(data: string | Buffer, options: { name: string; base64?: boolean }): void {
    const part = this.part(options.name);
    if (typeof data === 'string' && !options.base64) part.write(data);
    else part.writeBytes(typeof data === 'string' ? Buffer.from(data, 'base64') : data);
    part.end();
  }

  /** The archive, with the parts named in `first` at the front (in that order), every entry dated `date`. */
  archive(date: Date, first: ReadonlyArray<string> = []): Buffer {
    const rank = (e: Entry): number => (first.includes(e.name) ? first.indexOf(e.name) : first.length);
    const entries = [...this.entries].sort((a, b) => rank(a) - rank(b));
    const { time, day } = dosDateTime(date);
    const out: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const entry of entries) {
      const name = Buffer.from(entry.name, 'utf8');
      const deflatedSize = entry.deflated.reduce((n, b) => n + b.length, 0);
      if (offset > ZIP_LIMIT || entry.size > ZIP_LIMIT || deflatedSize > ZIP_LIMIT) throw tooBig();
      // Bit 11: the name is UTF-8.
      const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : 0x0800;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(flags, 6);
      local.writeUInt16LE(8, 8);
      local.writeUInt16LE(time, 10);
      local.writeUInt16LE(day, 12);
      local.writeUInt32LE(entry.crc, 14);
      local.writeUInt32LE(deflatedSize, 18);
      local.writeUInt32LE(entry.size, 22);
      local.writeUInt16LE(name.length, 26);
      out.push(local, name, ...entry.deflated);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(flags, 8);
      header.writeUInt16LE(8, 10);
      header.writeUInt16LE(time, 12);
      header.writeUInt16LE(day, 14);
      header.writeUInt32LE(entry.crc, 16);
      header.writeUInt32LE(deflatedSize, 20);
      header.writeUInt32LE(entry.size, 24);
      header.writeUInt16LE(name.length, 28);
      header.writeUInt32LE(offset, 42);
      central.push(header, name);
      offset += local.length + name.length + deflatedSize;
    }
    const centralSize = central.reduce((n, b) => n + b.length, 0);
    if (offset + centralSize > ZIP_LIMIT || entries.length > 0xffff) throw tooBig();
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...out, ...central, end]);
  }
}

export class Part {
  private readonly deflated: Buffer[] = [];
  private used = 0;
  private crc = 0;
  private size = 0;

  constructor(
    readonly name: string,
    private readonly scratch: Buffer,
    private readonly done: (entry: Entry) => void,
  ) {}

  write(text: string): void {
    const most = text.length * 3;
    if (most > this.scratch.length - this.used) this.deflateSegment();
    if (most > this.scratch.length) {
      this.writeBytes(Buffer.from(text, 'utf8'));
      return;
    }
    this.used += this.scratch.write(text, this.used, 'utf8');
    if (this.used >= SEGMENT_BYTES) this.deflateSegment();
  }

  writeBytes(bytes: Buffer): void {
    this.deflateSegment();
    for (let at = 0; at < bytes.length; at += SEGMENT_BYTES) this.deflate(bytes.subarray(at, at + SEGMENT_BYTES));
  }

  end(): void {
    this.deflateSegment();
    this.deflated.push(LAST_BLOCK);
    this.done({ name: this.name, crc: this.crc, size: this.size, deflated: this.deflated });
  }

  private deflateSegment(): void {
    if (this.used === 0) return;
    this.deflate(this.scratch.subarray(0, this.used));
    this.used = 0;
  }

  private deflate(bytes: Buffer): void {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflated.push(zlib.deflateRawSync(bytes, { level: LEVEL, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  }
}

function tooBig(): Error {
  return new Error('xlsx: larger than a zip without ZIP64 can hold (4 GB)');
}

/** MS-DOS date and time, as zip entries carry them; from UTC, so the file does not depend on where it was made. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

type Crc32 = (data: Buffer, value?: number) => number;

/** zlib's CRC-32 where Node has it (20.15 and later), else the same sum by table. */
export const crc32: Crc32 = (zlib as unknown as { crc32?: Crc32 }).crc32 ?? tableCrc32;

let crcTable: Uint32Array | undefined;

export function tableCrc32(data: Buffer, value = 0): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = (value ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
