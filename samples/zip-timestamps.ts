/**
 * JSZip (inside ExcelJS) stamps every zip entry with the current time, so two builds of the same
 * workbook would differ in bytes. Rewrites the DOS time and date of every entry, in the central
 * directory and in the local headers, to the fixed build date.
 */
export function fixZipTimestamps(zip: Buffer, date: Date): Buffer {
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('De geschreven werkmap is geen geldig zip-bestand.');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('Onverwachte opbouw van het zip-bestand.');
    zip.writeUInt16LE(dosTime, p + 12);
    zip.writeUInt16LE(dosDate, p + 14);
    const local = zip.readUInt32LE(p + 42);
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}
