/**
 * A minimal but well-formed OLE compound file (CFB, version 3), the container of Office's
 * password-protected workbooks ("EncryptionInfo" + "EncryptedPackage" streams) and of old `.xls`
 * files ("Workbook" stream). Streams are padded to 4096 bytes so they live in regular sectors and
 * no mini stream is needed.
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

export function compoundFile(streams: ReadonlyArray<{ name: string; data: Uint8Array }>): Buffer {
  // Directory siblings are ordered by name length, then by name in upper case.
  const ordered = [...streams].sort(
    (a, b) => a.name.length - b.name.length || (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1),
  );
  const padded = ordered.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = Buffer.alloc(size);
    Buffer.from(s.data).copy(data);
    return { name: s.name, data, size: Math.max(4096, s.data.length) };
  });
  // Sector 0 is the FAT, sector 1 the directory (4 entries of 128 bytes), then the streams.
  const starts: number[] = [];
  let next = 2;
  for (const s of padded) {
    starts.push(next);
    next += s.data.length / SECTOR;
  }
  if (next > SECTOR / 4 || padded.length > 3) throw new Error('compoundFile: too much for one FAT or directory sector');

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // number of FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  padded.forEach((s, i) => {
    const count = s.data.length / SECTOR;
    for (let k = 0; k < count; k++)
      fat.writeUInt32LE(k === count - 1 ? END_OF_CHAIN : starts[i]! + k + 1, (starts[i]! + k) * 4);
  });

  const directory = Buffer.alloc(SECTOR);
  const entry = (
    index: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ): void => {
    const at = index * 128;
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(directory, at);
    directory.writeUInt16LE(encoded.length, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67); // black
    directory.writeUInt32LE(NO_STREAM, at + 68); // left sibling
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(start, at + 116);
    directory.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, padded.length > 0 ? 1 : NO_STREAM, NO_STREAM, END_OF_CHAIN, 0);
  // The siblings form a right-leaning chain; a tree needs only to be valid, not balanced.
  padded.forEach((s, i) =>
    entry(i + 1, s.name, 2, NO_STREAM, i + 1 < padded.length ? i + 2 : NO_STREAM, starts[i]!, s.size),
  );
  for (let i = padded.length + 1; i < 4; i++) {
    directory.writeUInt32LE(NO_STREAM, i * 128 + 68);
    directory.writeUInt32LE(NO_STREAM, i * 128 + 72);
    directory.writeUInt32LE(NO_STREAM, i * 128 + 76);
  }
  return Buffer.concat([header, fat, directory, ...padded.map((s) => s.data)]);
}
