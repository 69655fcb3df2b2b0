/**
 * What Excel would refuse in a plan, refused once, by the engine, where the plan is made
 * (validatePlan): no adapter takes a plan that has not passed here (a ValidPlan), so neither checks
 * it again.
 */
import { serialFromCivil } from '../../../src/engine/dates';
import { buildOutputPlan } from '../../../src/engine/plan/build';
import type { OutputPlan, PlanCell, PlanSheet } from '../../../src/engine/plan/types';
import { PlanError, validatePlan, type PlanProblem } from '../../../src/engine/plan/validate';
import { check, LIST_HEADER } from '../../helpers';

const text = (row: number, col: number, value: string, extra: Partial<PlanCell> = {}): PlanCell => ({
  row,
  col,
  content: { kind: 'text', text: value },
  ...extra,
});
const num = (row: number, col: number, value: number): PlanCell => ({ row, col, content: { kind: 'number', value } });
const sheet = (name: string, extra: Partial<PlanSheet> = {}): PlanSheet => ({
  name,
  purpose: 'overzicht',
  cells: [],
  columnWidths: [],
  tables: [],
  dataBars: [],
  ...extra,
});
const planOf = (...sheets: PlanSheet[]): OutputPlan => ({ marker: 'test', sheets, highlights: [] });

const refused = (plan: OutputPlan): PlanProblem => {
  try {
    validatePlan(plan);
  } catch (error) {
    if (error instanceof PlanError) return error.problem;
    throw error;
  }
  throw new Error('the plan passed');
};

describe('validatePlan refuses what Excel would not take', () => {
  it.each([
    ['over 31 characters', 'Doel 3 Zorg en welzijn en nog veel meer', 'sheet-name-too-long'],
    ['[', 'Doel [1]', 'sheet-name-characters'],
    [']', 'Doel 1]', 'sheet-name-characters'],
    [':', 'Doel: 1', 'sheet-name-characters'],
    ['*', 'Doel *', 'sheet-name-characters'],
    ['?', 'Doel?', 'sheet-name-characters'],
    ['/', 'Doel 1/2', 'sheet-name-characters'],
    ['\\', 'Doel 1\\2', 'sheet-name-characters'],
    ['a leading apostrophe', "'Doel", 'sheet-name-quote'],
    ['an empty name', ' ', 'sheet-name-empty'],
    ['the reserved History', 'History', 'sheet-name-reserved'],
  ] as const)('a sheet name with %s', (_what, name, problem) => {
    expect(refused(planOf(sheet(name)))).toBe(problem);
  });

  it('two tabs of one name, whatever its case', () => {
    expect(refused(planOf(sheet('Overzicht'), sheet('overzicht')))).toBe('sheet-name-taken');
  });

  const tableSheet = (cells: PlanCell[], table: Partial<PlanSheet['tables'][number]> = {}): PlanSheet =>
    sheet('Tabel', {
      cells,
      tables: [{ name: 'NPO_Tabel', headerRow: 0, firstCol: 0, lastCol: 1, lastRow: 1, ...table }],
    });

  it('a table without a text header in every column', () => {
    expect(refused(planOf(tableSheet([text(0, 0, 'Nr'), num(1, 0, 1)])))).toBe('table-header');
    expect(refused(planOf(tableSheet([text(0, 0, 'Nr'), num(0, 1, 5)])))).toBe('table-header');
    expect(
      refused(planOf(tableSheet([text(0, 0, 'Nr'), text(0, 1, 'Naam', { link: { sheet: 'Blad1', cell: 'A1' } })]))),
    ).toBe('table-header');
  });

  it('a table whose headers repeat', () => {
    expect(refused(planOf(tableSheet([text(0, 0, 'Begroot'), text(0, 1, 'begroot')])))).toBe('table-header');
  });

  it('a table without data rows', () => {
    expect(refused(planOf(tableSheet([text(0, 0, 'Nr'), text(0, 1, 'Naam')], { lastRow: 0 })))).toBe('table-no-data');
  });

  it.each(['NPO Tabel', '1Tabel', 'A1', 'R1C1', 'C'])('a table named %s', (name) => {
    expect(refused(planOf(tableSheet([text(0, 0, 'Nr'), text(0, 1, 'Naam')], { name })))).toBe('table-name');
  });

  it('two tables with one name', () => {
    const one = tableSheet([text(0, 0, 'Nr'), text(0, 1, 'Naam')]);
    expect(refused(planOf(one, { ...one, name: 'Tabel 2' }))).toBe('table-name-taken');
  });

  it('names what it refuses in its message', () => {
    expect(() => validatePlan(planOf(sheet('History')))).toThrow(
      expect.objectContaining({ constructor: PlanError, message: 'sheet-name-reserved: History' }),
    );
  });
});

describe('a plan that passes', () => {
  it('is returned as it is, now typed as valid: 31 characters exactly, a table with headers and data', () => {
    const plan = planOf(
      sheet('x'.repeat(31)),
      sheet('Tabel', {
        cells: [text(0, 0, 'Nr'), text(0, 1, 'Naam')],
        tables: [{ name: 'NPO_Tabel', headerRow: 0, firstCol: 0, lastCol: 1, lastRow: 1 }],
      }),
    );
    expect(validatePlan(plan)).toBe(plan);
  });

  it('is what the engine makes: buildOutputPlan validates its plan where it makes it', () => {
    const result = check(
      [['Plafond', '', '', '', 100_000], [], [...LIST_HEADER], [1, 'Taalklas', 'Bovenschools', 'Bink', 1, 0]],
      {
        ceilingCents: undefined,
      },
    );
    const plan = buildOutputPlan(result, { lang: 'nl', checkedOn: serialFromCivil(2026, 11, 22), source: 'b.xlsx' });
    expect(validatePlan(plan)).toBe(plan);
  });
});
