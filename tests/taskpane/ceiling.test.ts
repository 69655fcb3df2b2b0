/** The ceiling field: what it accepts, what it says when it cannot, and where the value came from. */
import { parseCeilingText, ceilingFieldText } from '../../src/taskpane/ceiling';

describe('reading the typed ceiling', () => {
  it.each([
    ['2.138.509,64', 213_850_964],
    ['€ 2.138.509,64', 213_850_964],
    [' 322.000 ', 32_200_000],
    ['€ 250.000,-', 25_000_000],
    ['2,138,509.64', 213_850_964],
    ['113258', 11_325_800],
  ])('takes %p as %p cents', (text, cents) => {
    expect(parseCeilingText(text, 'nl')).toEqual({ kind: 'amount', cents });
  });

  it('takes an empty field as "use the sheet\'s own ceiling"', () => {
    expect(parseCeilingText('', 'nl')).toEqual({ kind: 'empty' });
    expect(parseCeilingText('   ', 'nl')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['abc', 'Dit is geen bedrag. Typ het plafond als 2.138.509,64.'],
    ['P.M.', 'Dit is geen bedrag. Typ het plafond als 2.138.509,64.'],
    ['0', 'Het plafond moet groter zijn dan € 0,00.'],
    ['nihil', 'Het plafond moet groter zijn dan € 0,00.'],
    ['-5', 'Het plafond moet groter zijn dan € 0,00.'],
    ['ca. 100.000', 'Typ één exact bedrag, geen schatting of bereik.'],
    ['100.000 - 200.000', 'Typ één exact bedrag, geen schatting of bereik.'],
    ['99999999999999999999', 'Dit bedrag is te groot.'],
  ])('refuses %p with a sentence for the field', (text, message) => {
    expect(parseCeilingText(text, 'nl')).toEqual({ kind: 'invalid', message });
  });

  it('says it in English too', () => {
    expect(parseCeilingText('abc', 'en')).toEqual({
      kind: 'invalid',
      message: 'This is not an amount. Type the ceiling as 2.138.509,64.',
    });
  });

  it('shows an amount the way it is typed, the euro sign standing beside the field', () => {
    expect(ceilingFieldText(213_850_964)).toBe('2.138.509,64');
    expect(ceilingFieldText(32_200_000)).toBe('322.000,00');
  });
});
