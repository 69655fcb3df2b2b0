import {
  civilFromSerial,
  dutchDateOf,
  isoDate,
  isValidCivil,
  parseDateText,
  serialFromCivil,
  serialFromNumber,
  yearOf,
} from '../../src/engine/dates';

describe('day serials', () => {
  it('agree with Excel on the dates that matter', () => {
    // Excel: =DATE(1900,3,1) is 61, =DATE(2021,8,1) is 44409, =DATE(2025,7,31) is 45869.
    expect(serialFromCivil(1900, 3, 1)).toBe(61);
    expect(serialFromCivil(2021, 8, 1)).toBe(44_409);
    expect(serialFromCivil(2025, 7, 31)).toBe(45_869);
    expect(serialFromCivil(2025, 8, 1)).toBe(45_870);
    expect(serialFromCivil(9999, 12, 31)).toBe(2_958_465);
  });

  it('go back to the same calendar day, leap days included, for every day from 1900 to 2100', () => {
    for (let serial = 61; serial <= serialFromCivil(2100, 12, 31); serial++) {
      const { year, month, day } = civilFromSerial(serial);
      expect(serialFromCivil(year, month, day)).toBe(serial);
    }
    expect(civilFromSerial(serialFromCivil(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('put the year boundary between 31 December and 1 January', () => {
    expect(yearOf(serialFromCivil(2022, 12, 31))).toBe(2022);
    expect(yearOf(serialFromCivil(2022, 12, 31) + 1)).toBe(2023);
  });

  it('are written as ISO and as Dutch dates', () => {
    expect(isoDate(45_869)).toBe('2025-07-31');
    expect(dutchDateOf(44_409)).toBe('01-08-2021');
  });

  it('know which days exist', () => {
    expect(isValidCivil(2024, 2, 29)).toBe(true);
    expect(isValidCivil(2023, 2, 29)).toBe(false);
    expect(isValidCivil(1900, 2, 29)).toBe(false);
    expect(isValidCivil(2000, 2, 29)).toBe(true);
    expect(isValidCivil(2023, 6, 31)).toBe(false);
    expect(isValidCivil(2023, 13, 1)).toBe(false);
  });
});

describe('parseDateText', () => {
  it.each([
    ['19-8-2025', 2025, 8, 19],
    ['19-08-2025', 2025, 8, 19],
    ['2025-08-19', 2025, 8, 19],
    ['  1-8-2021 ', 2021, 8, 1],
    ['2024-2-29', 2024, 2, 29],
  ])('reads %s', (text, y, m, d) => {
    expect(parseDateText(text)).toBe(serialFromCivil(y, m, d));
  });

  it.each([
    'juni 2023',
    '31-6-2023',
    '29-2-2023',
    '19/8/2025',
    '19.8.2025',
    '19-8-25',
    '2025/08/19',
    '8-19-2025',
    '',
    '45869',
    '19-8-2025 10:00',
  ])('refuses %s', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });
});

describe('serialFromNumber', () => {
  it('drops the time of day and refuses numbers that are no date', () => {
    expect(serialFromNumber(45_869.75)).toBe(45_869);
    expect(serialFromNumber(60)).toBeUndefined();
    expect(serialFromNumber(20_250_819)).toBeUndefined();
    expect(serialFromNumber(Number.NaN)).toBeUndefined();
  });
});
