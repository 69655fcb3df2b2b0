/** The CRC-32 the zip reader checks every part with: zlib's where Node has it, else the same sum by table. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { crc32, tableCrc32 } from '../../src/xlsx/zip';

const SAMPLES = path.resolve(__dirname, '../../samples');

describe('crc32', () => {
  it('sums CRC-32 by table as zlib does, in one go or continued', () => {
    const data = readFileSync(path.join(SAMPLES, 'putten-2021.xlsx'));
    const zlibCrc = (zlib as unknown as { crc32?: (d: Buffer, v?: number) => number }).crc32;
    const expected = zlibCrc ? zlibCrc(data) : undefined;
    const whole = tableCrc32(data);
    if (expected !== undefined) expect(whole).toBe(expected);
    expect(crc32(data)).toBe(whole);
    expect(tableCrc32(data.subarray(1000), tableCrc32(data.subarray(0, 1000)))).toBe(whole);
    expect(tableCrc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
