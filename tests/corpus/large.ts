/**
 * The 50 MB workbook: a budget sheet of 200 interventions next to a general-ledger export
 * ("Grootboek") of about a million bookings, which is what makes real workbooks that big. ExcelJS
 * cannot write that in seconds, so the ledger's XML is generated here and deflated into a zip of
 * our own; the rest of the workbook is what ExcelJS wrote.
 */
import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { generatedListRows } from '../../scripts/generate';
import type { CorpusOutcome } from './corpus';
import { newWorkbook } from './workbooks';

export const LARGE_TARGET_BYTES = 50 * 1024 * 1024;
const LEDGER_PART = 'xl/worksheets/sheet2.xml';

export const LARGE_WORKBOOK: { nl: string; en: string; expected: CorpusOutcome } = {
  nl: 'werkmap van 50 MB: begroting plus een grootboekexport van een miljoen regels',
  en: 'a 50 MB workbook: a budget plus a general-ledger export of a million lines',
  // Reading it whole takes ExcelJS 4.3 GB and minutes; it is refused from the zip directory at once.
  expected: {
    kind: 'refused',
    exit: 2,
    refusal: 'too-large',
    stderr:
      /^‘[^’]+groot-50mb\.xlsx’ is te groot om te controleren: het bestand is 50 MB en uitgepakt 4\d\d MB aan werkbladgegevens, waarvan 4\d\d MB in werkblad ‘Grootboek’; npo-check leest tot \d+ MB\. Kopieer het begrotingsblad \(en een eventueel betalingenblad\) naar een nieuwe werkmap en controleer die\.$/,
  },
};

export interface LargeWorkbook {
  readonly file: string;
  readonly bytes: number;
  readonly ledgerRows: number;
  readonly ledgerXmlBytes: number;
}

export async function writeLargeWorkbook(dir: string, targetBytes = LARGE_TARGET_BYTES): Promise<string> {
  return (await buildLargeWorkbook(dir, targetBytes)).file;
}

export async function buildLargeWorkbook(dir: string, targetBytes = LARGE_TARGET_BYTES): Promise<LargeWorkbook> {
  const small = newWorkbook([
    { name: 'Begroting', rows: generatedListRows(200) },
    { name: 'Grootboek', rows: [LEDGER_HEADER] },
  ]);
  const zip = await JSZip.loadAsync(await small.xlsx.writeBuffer());
  const entries: ZipEntry[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!;
    if (entry.dir || name === LEDGER_PART) continue;
    const data = await entry.async('nodebuffer');
    entries.push({ name, crc: zlib.crc32(data), size: data.length, compressed: [zlib.deflateRawSync(data)] });
  }
  const ledgerHead = await zip.file(LEDGER_PART)!.async('string');
  const ledger = await deflatedLedger(
    ledgerHead,
    targetBytes - entries.reduce((n, e) => n + e.compressed[0]!.length, 0),
  );
  entries.push(ledger.entry);
  const file = path.join(dir, 'groot-50mb.xlsx');
  const bytes = await writeZip(file, entries);
  return { file, bytes, ledgerRows: ledger.rows, ledgerXmlBytes: ledger.entry.size };
}

const LEDGER_HEADER = ['Boekdatum', 'Boekstuk', 'Rekening', 'Kostenplaats', 'Omschrijving', 'Bedrag'];
const PARTNERS = [
  'Bink Kinderopvang',
  'Stichting Proloog',
  'Versa Welzijn',
  'De Bibliotheek',
  'RBL Gooi en Vechtstreek',
  'Kinderopvang Hilversum',
  'Triple P',
  'Humanitas',
];
const WHAT = [
  'zomerschool',
  'VVE extra uren',
  'huiswerkbegeleiding',
  'schoolmaatschappelijk werk',
  'taalklas',
  'leesbevordering',
  'jeugdcoach',
  'thuiszittersaanpak',
];

interface ZipEntry {
  readonly name: string;
  readonly crc: number;
  readonly size: number;
  readonly compressed: ReadonlyArray<Buffer>;
}

/** The ledger sheet: ExcelJS's own sheet XML with generated rows in its `<sheetData>`. */
async function deflatedLedger(head: string, targetBytes: number): Promise<{ entry: ZipEntry; rows: number }> {
  const at = head.indexOf('</sheetData>');
  if (at < 0) throw new Error('the ledger sheet has no </sheetData>');
  const deflate = zlib.createDeflateRaw({ level: 6 });
  const compressed: Buffer[] = [];
  let compressedBytes = 0;
  deflate.on('data', (chunk: Buffer) => {
    compressed.push(chunk);
    compressedBytes += chunk.length;
  });
  let crc = 0;
  let size = 0;
  const write = async (text: string): Promise<void> => {
    const data = Buffer.from(text, 'utf8');
    crc = zlib.crc32(data, crc);
    size += data.length;
    if (!deflate.write(data)) await once(deflate, 'drain');
  };
  await write(head.slice(0, at).replace(/<dimension ref="[^"]*"\/>/, ''));
  let seed = 20_210_801;
  const random = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  let row = 1;
  while (compressedBytes < targetBytes) {
    const lines: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      row++;
      const day = 44_409 + random(1_460);
      const cents = 1_000 + random(4_999_000);
      const partner = PARTNERS[random(PARTNERS.length)]!;
      const what = WHAT[random(WHAT.length)]!;
      lines.push(
        `<row r="${row}"><c r="A${row}"><v>${day}</v></c><c r="B${row}" t="inlineStr"><is><t>MEM${2021 + random(4)}-${String(random(1_000_000)).padStart(6, '0')}</t></is></c><c r="C${row}"><v>${4_300 + random(40)}</v></c><c r="D${row}" t="inlineStr"><is><t>NPO-${String(1 + random(20)).padStart(2, '0')}</t></is></c><c r="E${row}" t="inlineStr"><is><t>Factuur ${random(100_000)} ${partner} ${what}</t></is></c><c r="F${row}"><v>${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}</v></c></row>`,
      );
    }
    await write(lines.join(''));
    // Let the deflate stream catch up, so the compressed size tells how far we are.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await write(head.slice(at));
  deflate.end();
  await once(deflate, 'end');
  return { entry: { name: LEDGER_PART, crc, size, compressed }, rows: row - 1 };
}

/** A plain zip (deflate, no zip64: every part stays below 4 GB). Returns the file's size. */
async function writeZip(file: string, entries: ReadonlyArray<ZipEntry>): Promise<number> {
  const handle = await fs.open(file, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  try {
    for (const e of entries) {
      const name = Buffer.from(e.name, 'utf8');
      const compressedSize = e.compressed.reduce((n, c) => n + c.length, 0);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800, 6); // UTF-8 names
      local.writeUInt16LE(8, 8); // deflate
      local.writeUInt32LE(0x5a210000, 10); // 2025-01-01 00:00 in DOS time, fixed
      local.writeUInt32LE(e.crc, 14);
      local.writeUInt32LE(compressedSize, 18);
      local.writeUInt32LE(e.size, 22);
      local.writeUInt16LE(name.length, 26);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      local.copy(header, 8, 6, 26); // flags, method, time, crc, sizes
      header.writeUInt16LE(name.length, 28);
      header.writeUInt32LE(offset, 42);
      central.push(header, name);
      await handle.write(Buffer.concat([local, name]));
      for (const chunk of e.compressed) await handle.write(chunk);
      offset += 30 + name.length + compressedSize;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    await handle.write(Buffer.concat([directory, end]));
    return offset + directory.length + end.length;
  } finally {
    await handle.close();
  }
}
