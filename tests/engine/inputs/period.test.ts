/** The spending period as typed, read once into day serials for the pane, the command line and the engine. */
import { parseCliArgs } from '../../../src/cli/main';
import { UsageError } from '../../../src/cli/messages';
import { checkWorkbook } from '../../../src/engine/check';
import { isoDate, serialFromCivil } from '../../../src/engine/dates';
import { shortDutchDateOf } from '../../../src/engine/inputs/day';
import { DEFAULT_PERIOD, parseDayInput, readPeriodInput } from '../../../src/engine/inputs/period';
import { checkPeriod } from '../../../src/taskpane/afstemming';

const day = serialFromCivil;

describe('a day typed in a period field', () => {
  it.each([
    ['1-8-2021', day(2021, 8, 1)],
    ['01-08-2021', day(2021, 8, 1)],
    ['2021-08-01', day(2021, 8, 1)],
    [' 31-7-2025 ', day(2025, 7, 31)],
    ['29-2-2024', day(2024, 2, 29)],
  ])('%p', (text, serial) => {
    expect(parseDayInput(text)).toEqual({ kind: 'day', serial });
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['31-6-2023', 'not-date'],
    ['29-2-2023', 'not-date'],
    ['1/8/2021', 'not-date'],
    ['augustus 2021', 'not-date'],
  ])('refuses %p (%s)', (text, reason) => {
    expect(parseDayInput(text)).toEqual({ kind: 'invalid', reason });
  });

  it.each([day(2021, 8, 1), day(2025, 7, 31), day(2024, 2, 29), day(1999, 12, 31)])(
    'round trips %p through both written forms',
    (serial) => {
      expect(parseDayInput(shortDutchDateOf(serial))).toEqual({ kind: 'day', serial });
      expect(parseDayInput(isoDate(serial))).toEqual({ kind: 'day', serial });
    },
  );
});

describe('a period', () => {
  it('defaults to 1 August 2021 up to and including 31 July 2025, each end by itself', () => {
    expect(DEFAULT_PERIOD).toEqual({ start: day(2021, 8, 1), end: day(2025, 7, 31) });
    expect(readPeriodInput(undefined, undefined)).toEqual({ kind: 'valid', period: DEFAULT_PERIOD });
    expect(readPeriodInput('1-1-2022', undefined)).toEqual({
      kind: 'valid',
      period: { start: day(2022, 1, 1), end: DEFAULT_PERIOD.end },
    });
  });

  it('wants the end not before the start, and names each end that is wrong', () => {
    expect(readPeriodInput('1-8-2021', '1-8-2021')).toEqual({
      kind: 'valid',
      period: { start: day(2021, 8, 1), end: day(2021, 8, 1) },
    });
    expect(readPeriodInput('1-8-2025', '31-7-2025')).toEqual({ kind: 'invalid', end: 'order' });
    expect(readPeriodInput('1-8-2026', undefined)).toEqual({ kind: 'invalid', end: 'order' });
    expect(readPeriodInput('x', '')).toEqual({ kind: 'invalid', start: 'not-date', end: 'empty' });
  });

  it('reads the same in the pane, on the command line and in the engine’s text options', () => {
    const typed = ['1-6-2021', '30-06-2023'] as const;
    const pane = checkPeriod(typed[0], typed[1], 'nl');
    const cli = parseCliArgs(['begroting.xlsx', '--period-start', typed[0], '--period-end', typed[1]]);
    expect(pane).toEqual({ kind: 'valid', period: { start: day(2021, 6, 1), end: day(2023, 6, 30) } });
    expect(typeof cli === 'string' ? undefined : cli.period).toEqual(pane.kind === 'valid' ? pane.period : undefined);
  });

  it('on the command line: a usage error that names the option', () => {
    const problem = (args: string[]): string | undefined => {
      try {
        parseCliArgs(['begroting.xlsx', ...args]);
        return undefined;
      } catch (error) {
        return error instanceof UsageError ? `${error.problem}: ${error.detail}` : 'other';
      }
    };
    expect(problem(['--period-start', 'morgen'])).toBe('bad-period-start: morgen');
    expect(problem(['--period-end', '31-6-2023'])).toBe('bad-period-end: 31-6-2023');
    expect(problem(['--period-start', '1-8-2025', '--period-end', '31-7-2025'])).toBe(
      'period-order: 1-8-2025 – 31-7-2025',
    );
    expect(problem(['--period-start', '1-8-2026'])).toBe('period-order: 1-8-2026 – 31-7-2025');
    expect(problem([])).toBeUndefined();
  });

  it('given as days goes into the engine as it is; as text the engine reads it the same way', () => {
    const rows = [
      ['Interventie', 'Begroot'],
      ['Huiswerkkamer', 100],
    ];
    const sheets = {
      sheets: [
        {
          name: 'Begroting',
          rows: rows.map((r) =>
            r.map((v) =>
              typeof v === 'number' ? { kind: 'number' as const, value: v } : { kind: 'text' as const, value: v },
            ),
          ),
        },
      ],
    };
    expect(() => checkWorkbook(sheets, { period: { start: day(2025, 8, 1), end: day(2025, 7, 31) } })).toThrow(
      expect.objectContaining({ code: 'PERIOD_ORDER' }),
    );
    expect(() => checkWorkbook(sheets, { periodStart: 'morgen' })).toThrow(
      expect.objectContaining({ code: 'BAD_PERIOD_DATE' }),
    );
    expect(() => checkWorkbook(sheets, { periodStart: '1-8-2025', periodEnd: '31-7-2025' })).toThrow(
      expect.objectContaining({ code: 'PERIOD_ORDER' }),
    );
  });
});
