/**
 * A zip writer for hostile files: every field a crafted file can lie about is the test's to set
 * (the name as written, the declared size and checksum, the encryption flag, ZIP64 records,
 * bytes between directory entries). Real tools never write these; the checker must still read or
 * refuse them within its bounds.
 */
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { crc32 } from '../../src/xlsx/zip';

export interface RawEntry {
  readonly name: string;
  readonly data: Buffer;
  /** Stored (0) or deflated (8, the default). */
  readonly method?: 0 | 8;
  /** The unpacked size the directory declares; default the true size. */
  readonly declaredSize?: number;
  /** The checksum the directory declares; default the true one. */
  readonly crc?: number;
  /** General-purpose flags; bit 0 is ZipCrypto encryption. */
  readonly flags?: number;
}

export interface RawZipOptions {
  /** Sizes and offsets in ZIP64 records only (the 32-bit fields read 0xFFFFFFFF). */
  readonly zip64?: boolean;
  /** Bytes put between two directory entries. */
  readonly junkInDirectory?: boolean;
}

export function rawZip(entries: ReadonlyArray<RawEntry>, options: RawZipOptions = {}): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.method ?? 8;
    const packed = method === 8 ? zlib.deflateRawSync(entry.data) : entry.data;
    const size = entry.declaredSize ?? entry.data.length;
    const crc = entry.crc ?? crc32(entry.data);
    const flags = (entry.flags ?? 0) | 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(options.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(options.zip64 ? 0xffffffff : packed.length, 18);
    local.writeUInt32LE(options.zip64 ? 0xffffffff : size, 22);
    local.writeUInt16LE(name.length, 26);
    out.push(local, name, packed);
    const extra = Buffer.alloc(options.zip64 ? 28 : 0);
    if (options.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(packed.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(45, 4);
    header.writeUInt16LE(options.zip64 ? 45 : 20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(options.zip64 ? 0xffffffff : packed.length, 20);
    header.writeUInt32LE(options.zip64 ? 0xffffffff : size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 42);
    central.push(header, name, extra);
    if (options.junkInDirectory && i === 0) central.push(Buffer.from('JUNKJUNK'));
    offset += 30 + name.length + packed.length;
  });
  const directory = Buffer.concat(central);
  const tail: Buffer[] = [];
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
  } else {
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
  }
  return Buffer.concat([...out, directory, ...tail, end]);
}

/** The parts of a workbook ExcelJS wrote, by name, to build a hostile variant from. */
export async function partsOf(xlsx: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = new Map<string, Buffer>();
  for (const file of Object.values(zip.files)) if (!file.dir) parts.set(file.name, await file.async('nodebuffer'));
  return parts;
}

export function entriesOf(parts: ReadonlyMap<string, Buffer>): RawEntry[] {
  return [...parts].map(([name, data]) => ({ name, data }));
}
