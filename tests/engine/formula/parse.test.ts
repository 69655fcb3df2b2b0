import { callsSubtotal, parseTotalFormula, skipsHiddenRows, WHOLE_COLUMN_END } from '../../../src/engine/formula/parse';

const area = (top: number, left: number, bottom = top, right = left, extra: object = {}) => ({
  top,
  left,
  bottom,
  right,
  wholeColumn: false,
  skipsHidden: false,
  skipsSubtotals: false,
  sheet: undefined,
  ...extra,
});

describe('parseTotalFormula', () => {
  it.each([
    ['=SUM(E6:E20)', [area(5, 4, 19, 4)]],
    ['=SUM($E$6:$E$20)', [area(5, 4, 19, 4)]],
    ['=sum(e20:e6)', [area(5, 4, 19, 4)]],
    ['=E6+E7+ E8', [area(5, 4), area(6, 4), area(7, 4)]],
    ['=SUM(D6,D13,D18)', [area(5, 3), area(12, 3), area(17, 3)]],
    ['=SUM(E6:E10)+SUM(E12:E14)', [area(5, 4, 9, 4), area(11, 4, 13, 4)]],
    ['=SUBTOTAL(9,E6:E20)', [area(5, 4, 19, 4, { skipsSubtotals: true })]],
    ['=SUBTOTAL(109,E6:E20)', [area(5, 4, 19, 4, { skipsHidden: true, skipsSubtotals: true })]],
    ['=SUBTOTAL(109,E6:E10)+E12', [area(5, 4, 9, 4, { skipsHidden: true, skipsSubtotals: true }), area(11, 4)]],
    [
      '=SUM(E:E)',
      [
        {
          top: 0,
          bottom: WHOLE_COLUMN_END,
          left: 4,
          right: 4,
          wholeColumn: true,
          skipsHidden: false,
          skipsSubtotals: false,
          sheet: undefined,
        },
      ],
    ],
    ["=SUM('Begroting 2021'!D7:D12)", [area(6, 3, 11, 3, { sheet: 'Begroting 2021' })]],
    ["=SUM('It''s'!A1)", [area(0, 0, 0, 0, { sheet: "It's" })]],
    [
      '=Begroting!E6+Begroting!E7',
      [area(5, 4, 5, 4, { sheet: 'Begroting' }), area(6, 4, 6, 4, { sheet: 'Begroting' })],
    ],
    ['=(E6+E7)', [area(5, 4), area(6, 4)]],
  ])('reads %s', (formula, areas) => {
    expect(parseTotalFormula(formula)).toEqual({ ok: true, areas });
  });

  it.each([
    '=SUM(E6:E20)-E8',
    '=AVERAGE(E6:E20)',
    '=SUBTOTAL(1,E6:E20)',
    '=E6*2',
    '=SUM(E6:E20',
    '=Tabel1[Begroot]',
    '=SUMIF(C6:C20,"1",E6:E20)',
    '=E6+100',
    '',
    '=1E+3',
  ])('does not understand %p, and says so instead of guessing', (formula) => {
    expect(parseTotalFormula(formula)).toMatchObject({ ok: false });
  });

  describe('skipsHiddenRows', () => {
    it.each([
      '=SUBTOTAL(109,E5:E40)',
      'SUBTOTAL(109, E5:E40)',
      '=subtotal(101,E5:E40)',
      '=SUBTOTAL(111,E5:E40)',
      '=SUBTOTAL(109,Tabel1[Begroot])',
      "=SUBTOTAL(109,Tabel1[[#Data],[Begroot '[€']]])",
      "=SUBTOTAL(109,'Blad (2)'!E5:E40)",
    ])('is true for %p: one SUBTOTAL call that leaves hidden rows out, whatever it refers to', (formula) => {
      expect(skipsHiddenRows(formula)).toBe(true);
    });

    it.each([
      '=SUBTOTAL(9,E5:E40)',
      '=SUBTOTAL(11,E5:E40)',
      '=SUBTOTAL(112,E5:E40)',
      '=SUM(E5:E40)',
      '=SUBTOTAL(109,E5:E20)+E22',
      '=SUBTOTAL(109,E5:E20)+SUBTOTAL(9,E22:E30)',
      '=E4+SUBTOTAL(109,E5:E40)',
      '=SUBTOTAL(109,E5:E40',
    ])('is false for %p: it counts hidden rows, or adds more than one SUBTOTAL’s result', (formula) => {
      expect(skipsHiddenRows(formula)).toBe(false);
    });
  });

  it('tells the cells another SUBTOTAL passes over: those whose formula holds a SUBTOTAL', () => {
    expect(['=SUBTOTAL(9,E6:E8)', '=subtotal(109, E6:E8)', '=SUBTOTAL(109,E6:E8)*1'].map(callsSubtotal)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['=SUM(E6:E8)', '=E6+E7', '=MYSUBTOTAL(E6:E8)'].map(callsSubtotal)).toEqual([false, false, false]);
  });
});

describe('nesting', () => {
  it('understands nothing nested deeper than Excel allows, without running out of stack', () => {
    const deep = `=${'('.repeat(20_000)}E6${')'.repeat(20_000)}`;
    expect(parseTotalFormula(deep).ok).toBe(false);
    expect(parseTotalFormula(`=${'('.repeat(10)}SUM(E6:E9)${')'.repeat(10)}`).ok).toBe(true);
  });
});
