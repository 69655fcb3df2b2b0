/**
 * CRC-32, the sum a zip stores for every part: the zip reader (zip-read.ts) checks each part
 * against it before the workbook is trusted.
 */
import zlib from 'node:zlib';

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
