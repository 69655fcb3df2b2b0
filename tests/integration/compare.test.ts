/**
 * `npo-check vergelijk` as users run it, on the sample pair built from seed 000 (the 2021 action
 * agenda) and seed 001 (the 2023 status): the changes the seeds show, pinned; the same from two
 * sheets of one workbook; the JSON contract; and the "NPO Wijzigingen" tab recalculated by
 * LibreOffice to the engine's figures, to the cent, with its links reaching both sheets.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  cellAt,
  errorCells,
  recalculate,
  type RecalculatedValue,
  type RecalculatedWorkbook,
} from '../../scripts/libreoffice';
import { checkWorkbook } from '../../src/engine/check';
import { compareBudgets, type Comparison, type VersionChange } from '../../src/engine/compare';
import { readWorkbookFile } from '../../src/xlsx/read-file';
import { runCli as run } from '../support/run-cli';

jest.setTimeout(180_000);

const SAMPLES = path.resolve(__dirname, '../../samples');
const dir = mkdtempSync(path.join(tmpdir(), 'npo-vergelijk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const EPOCH = '1735689600';

const OLD = path.join(SAMPLES, 'hilversum-2021-begroting.xlsx');
const NEW = path.join(SAMPLES, 'hilversum-2023-stand.xlsx');
const PAIR = path.join(SAMPLES, 'hilversum-versies.xlsx');

/**
 * Every change between the two documents, as [id, old cell, new cell]. The seeds' headline changes:
 * intervention 1 +€ 5.000; 14 and 15 swapped numbers and goals (Zorg?! also went from € 200.000 to
 * € 150.000, JGGV got its partner named); 7, 8 and 9 became one € 300.000 block split between AT and
 * Bink. The rest are the 2023 status's own wordings of the agenda's names, and what follows per
 * goal and in total (goal 1 +€ 5.000, goal 3 −€ 120.000, goal 4 +€ 70.000; € 11.490,36 over the
 * ceiling before, € 33.509,64 under it after).
 */
const EXPECTED: ReadonlyArray<readonly [VersionChange['id'], string | null, string | null]> = [
  ['VERSION_RENAMED', 'B7', 'B6'],
  ['VERSION_BEGROOT_CHANGED', 'D7', 'E6'],
  ['VERSION_RENAMED', 'B8', 'B7'],
  ['VERSION_RENAMED', 'B9', 'B8'],
  ['VERSION_RENAMED', 'B10', 'B9'],
  ['VERSION_RENAMED', 'B11', 'B10'],
  ['VERSION_RENAMED', 'B12', 'B11'],
  ['VERSION_SPLIT', 'D14', 'E12'],
  ['VERSION_RENAMED', 'B20', 'B16'],
  ['VERSION_RENAMED', 'B21', 'B17'],
  ['VERSION_RENAMED', 'B24', 'B18'],
  ['VERSION_GOAL_MOVED', 'B24', 'C18'],
  ['VERSION_PARTNER_CHANGED', 'C24', 'D18'],
  ['VERSION_SWAPPED', 'A22', 'A19'],
  ['VERSION_GOAL_MOVED', 'B22', 'C19'],
  ['VERSION_BEGROOT_CHANGED', 'D22', 'E19'],
  ['VERSION_GOAL_SHIFT', 'D6', 'E5'],
  ['VERSION_GOAL_SHIFT', 'D18', 'E5'],
  ['VERSION_GOAL_SHIFT', 'D23', 'E5'],
  ['VERSION_TOTAL', 'D28', 'E21'],
];

const triples = (changes: ReadonlyArray<VersionChange>) =>
  changes.map((c) => [c.id, c.old?.cell ?? null, c.new?.cell ?? null]);

interface Json {
  old: { file: string; sheet: string; interventions: number; begrootCents: number; ceilingCents: number };
  new: { file: string; sheet: string; interventions: number; begrootCents: number; ceilingCents: number };
  totals: Comparison['totals'];
  goals: Comparison['goals'];
  matches: Comparison['matches'];
  changes: VersionChange[];
  counts: Record<string, number>;
  report?: string;
}

describe('npo-check vergelijk on the Hilversum sample pair', () => {
  let json: Json;
  beforeAll(async () => {
    const r = await run(['vergelijk', OLD, NEW, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    json = JSON.parse(r.stdout) as Json;
  });

  it('yields exactly the changes the seeds show, each with both cells', () => {
    expect(triples(json.changes)).toEqual(EXPECTED);
    expect(json.changes.filter((c) => c.id === 'VERSION_UNCERTAIN_MATCH')).toEqual([]);
  });

  it('intervention 1: +€ 5.000', () => {
    const one = json.changes.find((c) => c.id === 'VERSION_BEGROOT_CHANGED' && c.new?.code === '1')!;
    expect(one).toMatchObject({
      goal: 1,
      old: { sheet: 'Begroting 2021', code: 'I1' },
      new: { sheet: 'Stand 2023' },
      oldCents: 14_500_000,
      newCents: 15_000_000,
      differenceCents: 500_000,
    });
    expect(one.message.nl).toBe('1 ‘Huiswerkkamer’: begroot € 145.000,00 → € 150.000,00 (+€ 5.000,00).');
  });

  it('14 and 15: one swap, matched by name, with their goals moved', () => {
    const swap = json.changes.find((c) => c.id === 'VERSION_SWAPPED')!;
    expect(swap.message.nl).toBe(
      'I14 en I15 hebben hun nummers geruild: ‘Zorg’ is nu 15, ‘Versterken van Jeugd en Gezin op de taalscholen’ is nu 14.',
    );
    expect(swap.message.en).toBe(
      'I14 and I15 swapped their codes: ‘Zorg’ is now 15, ‘Versterken van Jeugd en Gezin op de taalscholen’ is now 14.',
    );
    expect(json.changes.filter((c) => c.id === 'VERSION_RENUMBERED')).toEqual([]);
    const byName = json.matches.filter((m) => m.method === 'name').map((m) => `${m.old[0]!.code}→${m.new[0]!.code}`);
    expect(byName.sort()).toEqual(['I14→15', 'I15→14']);
    expect(
      json.changes.filter((c) => c.id === 'VERSION_GOAL_MOVED').map((c) => `${c.new!.code}: ${c.oldText}→${c.newText}`),
    ).toEqual(['14: 4→3', '15: 3→4']);
  });

  it('7-9: the three agenda rows are one € 300.000 block kept per partner', () => {
    const block = json.changes.find((c) => c.id === 'VERSION_SPLIT')!;
    expect(block).toMatchObject({
      goal: 2,
      oldText: 'I7, I8, I9',
      newText: '7-9',
      oldCents: 30_000_000,
      newCents: 30_000_000,
      differenceCents: 0,
    });
    expect(block.parts!.old.map((r) => [r.code, r.cell, r.begrootCents])).toEqual([
      ['I7', 'D14', 10_000_000],
      ['I8', 'D15', 10_000_000],
      ['I9', 'D16', 10_000_000],
    ]);
    expect(block.parts!.new.map((r) => [r.partner, r.cell, r.begrootCents])).toEqual([
      ['AT kinderopvang', 'E12', 4_000_000],
      ['Bink', 'E13', 26_000_000],
    ]);
    expect(json.matches.find((m) => m.method === 'block')).toMatchObject({ certain: true });
  });

  it('the JSON contract: both versions, totals against the ceiling, goals, matches, changes and counts', () => {
    expect(json.old).toEqual({
      file: OLD,
      sheet: 'Begroting 2021',
      layout: 'grouped',
      interventions: 16,
      begrootCents: 215_000_000,
      ceilingCents: 213_850_964,
    });
    expect(json.new).toMatchObject({
      file: NEW,
      sheet: 'Stand 2023',
      interventions: 15,
      begrootCents: 210_500_000,
      ceilingCents: 213_850_964,
    });
    expect(json.totals).toEqual({
      oldCents: 215_000_000,
      newCents: 210_500_000,
      differenceCents: -4_500_000,
      oldCeilingCents: 213_850_964,
      newCeilingCents: 213_850_964,
      oldRoomCents: -1_149_036,
      newRoomCents: 3_350_964,
    });
    expect(json.goals.map((g) => [g.goal, g.differenceCents])).toEqual([
      [1, 500_000],
      [2, 0],
      [3, -12_000_000],
      [4, 7_000_000],
      [5, 0],
    ]);
    expect(json.counts).toMatchObject({
      VERSION_RENAMED: 9,
      VERSION_SWAPPED: 1,
      VERSION_SPLIT: 1,
      VERSION_ADDED: 0,
      VERSION_REMOVED: 0,
      VERSION_TOTAL: 1,
    });
    expect(json.matches).toHaveLength(14);
  });

  it('gives the same changes for two sheets of one workbook (--sheet-old, --sheet-new), and the same as the engine', async () => {
    const r = await run([
      'vergelijk',
      PAIR,
      '--sheet-old',
      'Begroting 2021',
      '--sheet-new',
      'Stand 2023',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    expect(triples((JSON.parse(r.stdout) as Json).changes)).toEqual(EXPECTED);
    const snapshot = await readWorkbookFile(PAIR);
    const c = compareBudgets(
      checkWorkbook(snapshot, { sheet: 'Begroting 2021' }).model,
      checkWorkbook(snapshot, { sheet: 'Stand 2023' }).model,
    );
    expect(triples(c.changes)).toEqual(EXPECTED);
  });

  it('prints the changes grouped by goal as text, Dutch and English', async () => {
    const nl = await run(['vergelijk', OLD, NEW]);
    expect(nl.code).toBe(1);
    expect(nl.stdout).toContain('Wijzigingen: 20');
    expect(nl.stdout).toContain('Doel 2 Voorschoolse periode\n  VERSION_SPLIT');
    expect(nl.stdout).toMatch(/Ruimte onder het plafond +€ -11\.490,36 +€ 33\.509,64 +\+€ 45\.000,00/);
    const en = await run(['vergelijk', OLD, NEW, '--lang', 'en']);
    expect(en.stdout).toContain('Changes: 20');
    expect(en.stdout).toContain('1 ‘Huiswerkkamer’: budgeted € 145.000,00 → € 150.000,00 (+€ 5.000,00).');
  });

  it('exits 0 with no changes for a version against itself', async () => {
    const copy = path.join(dir, 'kopie.xlsx');
    copyFileSync(OLD, copy);
    const r = await run(['vergelijk', OLD, copy]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Geen wijzigingen: beide versies begroten hetzelfde.');
  });

  it('refuses what cannot be compared with one sentence and exit code 2', async () => {
    expect(await run(['vergelijk', PAIR])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `npo-check vergelijk: met één werkmap (${PAIR}) zijn --sheet-old en --sheet-new allebei nodig: welke twee werkbladen moeten worden vergeleken?\n`,
    });
    expect(await run(['vergelijk', PAIR, '--sheet-old', 'Stand 2023', '--sheet-new', 'Stand 2023'])).toMatchObject({
      code: 2,
      stderr:
        'npo-check vergelijk: oud en nieuw zijn hetzelfde werkblad (Stand 2023); kies twee verschillende met --sheet-old en --sheet-new.\n',
    });
    const missing = await run(['vergelijk', OLD, path.join(dir, 'bestaat-niet.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^npo-check vergelijk: .*bestaat-niet\.xlsx.*\n$/);
    expect((await run(['vergelijk', OLD, NEW, '--sheet-new', 'Geen blad'])).code).toBe(2);
    expect((await run(['vergelijk', OLD, NEW, '--format', 'xml'])).stderr).toBe(
      'npo-check vergelijk: uitvoervorm ‘xml’ bestaat niet; kies text of json.\n',
    );
  });
});

/** Excel and LibreOffice store numbers to 15 significant digits. */
function same(got: RecalculatedValue, expected: unknown): boolean {
  if (typeof expected === 'number' && typeof got === 'number')
    return Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return got === expected;
}

describe('the NPO Wijzigingen tab in a real spreadsheet program', () => {
  let book: RecalculatedWorkbook;
  let written: ExcelJS.Workbook;
  let json: Json;
  const out = path.join(dir, 'wijzigingen.xlsx');

  beforeAll(async () => {
    const r = await run(['vergelijk', OLD, NEW, '--format', 'json', '--out', out], { SOURCE_DATE_EPOCH: EPOCH });
    expect(r.stderr).toBe('');
    json = JSON.parse(r.stdout) as Json;
    written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    book = await recalculate(out);
  });

  it('holds the tab and a copy of both sheets, and names the report in the JSON', () => {
    expect(json.report).toBe(out);
    expect([...book.keys()]).toEqual(['NPO Wijzigingen', 'Begroting 2021', 'Stand 2023']);
  });

  it('has no error cell, and LibreOffice recalculates every formula to the figure the engine wrote', () => {
    expect(errorCells(book)).toEqual([]);
    const tab = book.get('NPO Wijzigingen')!;
    const mismatches: string[] = [];
    let formulas = 0;
    written.getWorksheet('NPO Wijzigingen')!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        formulas += 1;
        const got = cellAt(tab, cell.address).value;
        if (!same(got, cell.result))
          mismatches.push(`${cell.address} ${cell.formula}: ${JSON.stringify(got)} ≠ ${JSON.stringify(cell.result)}`);
      }),
    );
    expect(mismatches).toEqual([]);
    expect(formulas).toBeGreaterThan(40);
  });

  it('totals old, new and the difference per intervention, per goal and against the ceiling to the engine’s cents', () => {
    const tab = book.get('NPO Wijzigingen')!;
    const rowOf = (label: string, from = 0): number => tab.findIndex((r, i) => i >= from && r[0]!.value === label) + 1;
    const cents = (a1: string): number => Math.round((cellAt(tab, a1).value as number) * 100);
    const interventionsTotal = rowOf('Totaal');
    const goalsTotal = rowOf('Totaal', interventionsTotal);
    for (const row of [interventionsTotal, goalsTotal]) {
      expect([cents(`F${row}`), cents(`G${row}`), cents(`H${row}`)]).toEqual([
        json.totals.oldCents,
        json.totals.newCents,
        json.totals.differenceCents,
      ]);
    }
    const room = rowOf('Ruimte onder het plafond (negatief: erboven)');
    expect([cents(`F${room}`), cents(`G${room}`), cents(`H${room}`)]).toEqual([
      json.totals.oldRoomCents,
      json.totals.newRoomCents,
      json.totals.newRoomCents - json.totals.oldRoomCents,
    ]);
    const goal3 = rowOf('Doel 3 Zorg en welzijn', interventionsTotal);
    expect([cents(`F${goal3}`), cents(`G${goal3}`), cents(`H${goal3}`)]).toEqual([52_500_000, 40_500_000, -12_000_000]);
    const one = tab.findIndex((r) => r[1]!.value === 'I1') + 1;
    expect([cellAt(tab, `C${one}`).value, cents(`F${one}`), cents(`G${one}`), cents(`H${one}`)]).toEqual([
      '1',
      14_500_000,
      15_000_000,
      500_000,
    ]);
  });

  it('links every change to its cell in the old and the new sheet', () => {
    const links: string[] = [];
    written.getWorksheet('NPO Wijzigingen')!.eachRow((row) =>
      row.eachCell((cell) => {
        // Links are HYPERLINK formulas (see src/xlsx/write-plan.ts for why).
        const target =
          cell.type === ExcelJS.ValueType.Formula ? /HYPERLINK\("(#[^"]+)"/.exec(cell.formula)?.[1] : undefined;
        if (target !== undefined) links.push(target.replace(/""/g, '"'));
      }),
    );
    expect(links).toContain("#'Begroting 2021'!D7");
    expect(links).toContain("#'Stand 2023'!E6");
    expect(links.every((l) => /^#'(Begroting 2021|Stand 2023)'![A-Z]+\d+$/.test(l))).toBe(true);
    expect(links.length).toBeGreaterThan(50);
  });

  it('copies two sheets of the same name under their own names, and links to each', async () => {
    const twin = path.join(dir, 'tweeling');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(twin);
    const a = path.join(twin, 'a.xlsx');
    const b = path.join(twin, 'b.xlsx');
    copyFileSync(OLD, a);
    copyFileSync(OLD, b);
    const report = path.join(twin, 'rapport.xlsx');
    const r = await run(['vergelijk', a, b, '--out', report]);
    expect(r.code).toBe(0);
    expect(existsSync(report)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['NPO Wijzigingen', 'Begroting 2021', 'Begroting 2021 (2)']);
  });

  it('keeps the name of a compared sheet named NPO Wijzigingen: the tab takes (2), its links go to the copy', async () => {
    const named = path.join(dir, 'eigen-wijzigingen.xlsx');
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(PAIR);
    source.getWorksheet('Begroting 2021')!.name = 'NPO Wijzigingen';
    await source.xlsx.writeFile(named);
    const report = path.join(dir, 'eigen-wijzigingen-rapport.xlsx');
    const r = await run([
      'vergelijk',
      named,
      '--sheet-old',
      'NPO Wijzigingen',
      '--sheet-new',
      'Stand 2023',
      '--out',
      report,
    ]);
    expect(r.stderr).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['NPO Wijzigingen (2)', 'NPO Wijzigingen', 'Stand 2023']);
    const links: string[] = [];
    wb.getWorksheet('NPO Wijzigingen (2)')!.eachRow((row) =>
      row.eachCell((cell) => {
        const target =
          cell.type === ExcelJS.ValueType.Formula ? /HYPERLINK\("(#[^"]+)"/.exec(cell.formula)?.[1] : undefined;
        if (target !== undefined) links.push(target);
      }),
    );
    expect(links).toContain("#'NPO Wijzigingen'!D7");
    expect(links.every((l) => /^#'(NPO Wijzigingen|Stand 2023)'![A-Z]+\d+$/.test(l))).toBe(true);
  });
});
