/** The plan against the ceiling, and the counts by severity: decided once, said everywhere. */
import { countBySeverity, hasErrors } from '../../../src/engine/inputs/severity-counts';
import { ceilingVerdict } from '../../../src/engine/inputs/verdict';

describe('the verdict under the ceiling', () => {
  it('says over by, room left, or exactly at it, always as a positive amount', () => {
    // Hilversum's agenda: € 2.150.000 against € 2.138.509,64.
    expect(ceilingVerdict(215_000_000, 213_850_964)).toEqual({ kind: 'over', amountCents: 1_149_036 });
    // Voerendaal plans € 101.000 of its € 113.258.
    expect(ceilingVerdict(10_100_000, 11_325_800)).toEqual({ kind: 'under', amountCents: 1_225_800 });
    expect(ceilingVerdict(32_200_000, 32_200_000)).toEqual({ kind: 'at' });
    expect(ceilingVerdict(0, 1)).toEqual({ kind: 'under', amountCents: 1 });
  });
});

describe('the counts by severity', () => {
  const of = (...severities: Array<'error' | 'warning' | 'info'>) => severities.map((severity) => ({ severity }));

  it('count every severity, zero included', () => {
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
    expect(countBySeverity(of('error', 'warning', 'info', 'info', 'error'))).toEqual({ error: 2, warning: 1, info: 2 });
  });

  it('say whether there is an error: what the exit code and the pane’s bar go by', () => {
    expect(hasErrors(of('warning', 'info'))).toBe(false);
    expect(hasErrors(of('info', 'error'))).toBe(true);
  });
});
