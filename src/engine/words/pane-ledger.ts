/** The words of the ledger part of the pane's Afstemming view (codes without an intervention, NPO Koppeling). */

import { MAPPING_SHEET } from './sheets';

/** Bookings under one order or project code. */
interface CodeGroup {
  readonly code: string;
  readonly bookings: number;
}

export const PANE_LEDGER_WORDS = {
  nl: {
    heading: 'Koppeling',
    unmatched: (n: number) => (n === 1 ? '1 code zonder interventie' : `${n} codes zonder interventie`),
    group: (g: CodeGroup, amount: string) =>
      `${g.code}: ${g.bookings} ${g.bookings === 1 ? 'boeking' : 'boekingen'}, ${amount}`,
    goTo: (g: CodeGroup) => `Ga naar de eerste boeking met code ${g.code}`,
    fill: (exists: boolean) =>
      exists ? `Codes aanvullen in ${MAPPING_SHEET}` : `Koppeltabel maken (${MAPPING_SHEET})`,
    filled: (n: number) =>
      n === 0
        ? `${MAPPING_SHEET} noemt deze codes al; vul daar de interventie in en controleer opnieuw.`
        : `${n} ${n === 1 ? 'code staat' : 'codes staan'} nu in ${MAPPING_SHEET}: vul per code de interventie in (nummer of naam) en controleer opnieuw.`,
    failed: `${MAPPING_SHEET} bijwerken is mislukt:`,
    busy: `Bezig met ${MAPPING_SHEET}…`,
  },
  en: {
    heading: 'Mapping',
    unmatched: (n: number) => (n === 1 ? '1 code without an intervention' : `${n} codes without an intervention`),
    group: (g: CodeGroup, amount: string) =>
      `${g.code}: ${g.bookings} ${g.bookings === 1 ? 'booking' : 'bookings'}, ${amount}`,
    goTo: (g: CodeGroup) => `Go to the first booking with code ${g.code}`,
    fill: (exists: boolean) =>
      exists ? `Add the codes to ${MAPPING_SHEET}` : `Create the mapping sheet (${MAPPING_SHEET})`,
    filled: (n: number) =>
      n === 0
        ? `${MAPPING_SHEET} lists these codes already; fill in their intervention there and check again.`
        : `${n} ${n === 1 ? 'code is' : 'codes are'} now in ${MAPPING_SHEET}: fill in the intervention per code (number or name) and check again.`,
    failed: `Updating ${MAPPING_SHEET} failed:`,
    busy: `Updating ${MAPPING_SHEET}…`,
  },
} as const;
