/**
 * The accuracy benchmark's fixtures (tests/fixtures/realistic, scored by `npm run accuracy`):
 * every workbook has a well-formed expectation and the other way round, and the committed files
 * are what scripts/realistic-fixtures.ts builds. The engine's score itself is not asserted here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { RULE_IDS } from '../../src/engine/findings';
import { FIXTURES, writeFixtures } from '../../scripts/realistic-fixtures';

const FOLDER = path.resolve(__dirname, '../fixtures/realistic');
const GOAL_KEYS = ['1', '2', '3', '4', '5'];
/** `RULE`, `RULE A1` or `RULE Sheet name!A1`. */
const ENTRY = /^([A-Z_]+)(?: (?:(.+)!)?([A-Z]{1,3}[1-9]\d*))?$/;

function namesWith(suffix: string): string[] {
  return fs
    .readdirSync(FOLDER)
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();
}

function readExpectation(name: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(FOLDER, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
}

function isCents(value: unknown): boolean {
  return Number.isSafeInteger(value);
}

function isFigures(value: unknown): value is { begroot: number; benut: number } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Object.keys(v).sort().join() === 'begroot,benut' && isCents(v.begroot) && isCents(v.benut);
}

/** What a person sees in a workbook: sheets, cell values and formats, merges, hidden rows, filters. */
async function describeWorkbook(file: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    const hidden: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.hidden) hidden.push(rowNumber);
      row.eachCell((cell) => {
        cells[cell.address] = { value: JSON.parse(JSON.stringify(cell.value)) as unknown, numFmt: cell.numFmt };
      });
    });
    return { name: ws.name, cells, hidden, merges: [...ws.model.merges].sort(), autoFilter: ws.autoFilter ?? null };
  });
}

describe('realistic fixtures: one expectation per workbook, well-formed', () => {
  const workbooks = namesWith('.xlsx');
  const expectations = namesWith('.expected.json');

  it('holds at least 26 workbooks, each with its expectation and no expectation without a workbook', () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(26);
    expect(expectations).toEqual(workbooks);
  });

  it.each(expectations)('%s.expected.json follows the format', (name) => {
    const e = readExpectation(name);
    expect(typeof e.description).toBe('string');
    expect((e.description as string).length).toBeGreaterThan(20);
    if (e.sheet !== undefined) expect(typeof e.sheet).toBe('string');
    if (e.options !== undefined) {
      expect(typeof e.options).toBe('object');
      const options = e.options as Record<string, unknown>;
      expect(Object.keys(options).every((k) => k === 'ceilingCents')).toBe(true);
      if (options.ceilingCents !== undefined) expect(isCents(options.ceilingCents)).toBe(true);
    }

    expect(Array.isArray(e.required)).toBe(true);
    const acceptable = e.acceptable ?? [];
    expect(Array.isArray(acceptable)).toBe(true);
    for (const entry of [...(e.required as unknown[]), ...(acceptable as unknown[])]) {
      expect(typeof entry).toBe('string');
      const m = ENTRY.exec(entry as string);
      expect(m).not.toBeNull();
      expect(RULE_IDS).toContain(m![1]);
    }
    // An entry cannot be both wanted and merely tolerated.
    expect((e.required as string[]).filter((r) => (acceptable as string[]).includes(r))).toEqual([]);

    const goals = e.goals as Record<string, unknown>;
    expect(Object.keys(goals).sort()).toEqual(GOAL_KEYS);
    for (const key of GOAL_KEYS) expect(isFigures(goals[key])).toBe(true);
    expect(isFigures(e.withoutGoal)).toBe(true);
    expect(isFigures(e.total)).toBe(true);
  });

  it.each(expectations)(
    '%s: the goals and the line without goal add up to the total (a check on the hand arithmetic)',
    (name) => {
      const e = readExpectation(name) as {
        goals: Record<string, { begroot: number; benut: number }>;
        withoutGoal: { begroot: number; benut: number };
        total: { begroot: number; benut: number };
      };
      for (const field of ['begroot', 'benut'] as const) {
        const sum = GOAL_KEYS.reduce((n, key) => n + e.goals[key]![field], e.withoutGoal[field]);
        expect(sum).toBe(e.total[field]);
      }
    },
  );
});

describe('realistic fixtures: the committed files are what the generator builds', () => {
  let folder: string;
  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'npo-realistic-'));
    await writeFixtures(folder);
  }, 60_000);
  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('writes exactly the committed set of files', () => {
    expect(fs.readdirSync(folder).sort()).toEqual(
      fs
        .readdirSync(FOLDER)
        .filter((f) => f.endsWith('.xlsx') || f.endsWith('.expected.json'))
        .sort(),
    );
  });

  it.each(FIXTURES.map((f) => f.name))(
    '%s: same expectation, same sheets, cells, merges, hidden rows and filter',
    async (name) => {
      expect(fs.readFileSync(path.join(folder, `${name}.expected.json`), 'utf8')).toBe(
        fs.readFileSync(path.join(FOLDER, `${name}.expected.json`), 'utf8'),
      );
      // Zip timestamps and ExcelJS internals may differ between builds; what a person sees may not.
      expect(await describeWorkbook(path.join(folder, `${name}.xlsx`))).toEqual(
        await describeWorkbook(path.join(FOLDER, `${name}.xlsx`)),
      );
    },
  );
});
