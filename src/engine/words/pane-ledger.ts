/** The words of the ledger part of the pane's Afstemming view (codes without an intervention, NPO Koppeling). */

/** Bookings under one order or project code. */
interface CodeGroup {
  readonly code: string;
  readonly bookings: number;
}

export const PANE_LEDGER_WORDS = {
  nl: {
    heading: 'Koppeling',
    unmatched: (n: number) => (n === 1 ? '1 code zonder interventie' : `${n} codes zonder interventie`),
    group: (g: CodeGroup, amount: string) => `${g.code}: ${g.bookings} ${g.bookings === 1 ? 'boeking' : 'boekingen'}, ${amount}`,
    goTo: (g: CodeGroup) => `Ga naar de eerste boeking met code ${g.code}`,
    fill: (exists: boolean) => (exists ? 'Codes aanvullen in NPO Koppeling' : 'Koppeltabel maken (NPO Koppeling)'),
    filled: (n: number) =>
      n === 0 ? 'NPO Koppeling noemt deze codes al; vul daar de interventie in en controleer opnieuw.' : `${n} ${n === 1 ? 'code staat' : 'codes staan'} nu in NPO Koppeling: vul per code de interventie in (nummer of naam) en controleer opnieuw.`,
    failed: 'NPO Koppeling bijwerken is mislukt:',
    busy: 'Bezig met NPO Koppeling…',
  },
  en: {
    heading: 'Mapping',
    unmatched: (n: number) => (n === 1 ? '1 code without an intervention' : `${n} codes without an intervention`),
    group: (g: CodeGroup, amount: string) => `${g.code}: ${g.bookings} ${g.bookings === 1 ? 'booking' : 'bookings'}, ${amount}`,
    goTo: (g: CodeGroup) => `Go to the first booking with code ${g.code}`,
    fill: (exists: boolean) => (exists ? 'Add the codes to NPO Koppeling' : 'Create the mapping sheet (NPO Koppeling)'),
    filled: (n: number) =>
      n === 0 ? 'NPO Koppeling lists these codes already; fill in their intervention there and check again.' : `${n} ${n === 1 ? 'code is' : 'codes are'} now in NPO Koppeling: fill in the intervention per code (number or name) and check again.`,
    failed: 'Updating NPO Koppeling failed:',
    busy: 'Updating NPO Koppeling…',
  },
} as const;
