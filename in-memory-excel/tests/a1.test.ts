/** Addresses as Excel writes them: quoting of sheet names, whole rows and columns, `$` and reversed corners. */
import { fullAddress, parseAddress } from '../a1';

describe('sheet names in addresses', () => {
  it.each([
    ['Blad1', 'Blad1!A1'],
    ['Begroting 2021', "'Begroting 2021'!A1"],
    ['Doel-1', "'Doel-1'!A1"],
    ['2021', "'2021'!A1"],
    ['A1', "'A1'!A1"],
    ['R1C1', "'R1C1'!A1"],
    ['Été_2021.v2', 'Été_2021.v2!A1'],
    ["Piet's", "'Piet''s'!A1"],
  ])('%j is written as %s', (name, expected) => {
    expect(fullAddress(name, { row: 0, col: 0, rows: 1, cols: 1 })).toBe(expected);
  });
});

describe('parsing', () => {
  it('reads cells, ranges, whole columns and rows, with or without $ and a sheet', () => {
    expect(parseAddress('$D$28')).toEqual({ rect: { row: 27, col: 3, rows: 1, cols: 1 } });
    expect(parseAddress('C3:A1')).toEqual({ rect: { row: 0, col: 0, rows: 3, cols: 3 } });
    expect(parseAddress("'Piet''s'!B:C")).toEqual({
      sheet: "Piet's",
      rect: { row: 0, col: 1, rows: 1_048_576, cols: 2 },
    });
    expect(parseAddress('Blad1!2:3')).toEqual({ sheet: 'Blad1', rect: { row: 1, col: 0, rows: 2, cols: 16_384 } });
  });

  it.each(['', 'A', '3', 'A0', 'XFE1', 'A1048577', 'A1:B2:C3', "'Open!A1"])('refuses %j', (text) => {
    expect(parseAddress(text)).toBeUndefined();
  });

  it('writes whole columns and rows back the way Excel does', () => {
    expect(fullAddress('Blad1', parseAddress('B:C')!.rect)).toBe('Blad1!B:C');
    expect(fullAddress('Blad1', parseAddress('2:3')!.rect)).toBe('Blad1!2:3');
  });
});
