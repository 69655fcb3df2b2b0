/**
 * Every sentence a user reads from the engine, in Dutch first and English second. Amounts are in
 * Dutch notation in both languages: that is how the users' own documents write them.
 */
import type { AmountField, MessageParams, PaymentRef, RawFinding, RowRef, RuleId, Severity } from './findings';
import { dutchFormula } from './formula/dutch';
import { goalInfo, type GoalNumber } from './goals';
import type { AmountRole } from './layout/columns';
import type { CeilingSource, Layout } from './model';
import { formatEuro as euro } from './money';

export type Lang = 'nl' | 'en';

type Templates = { [R in RuleId]: { nl: (p: MessageParams[R]) => string; en: (p: MessageParams[R]) => string } };

const FIELD: Record<Lang, Record<AmountField, string>> = {
  nl: { begroot: 'begrote bedrag', benut: 'benutte bedrag', payment: 'bedrag' },
  en: { begroot: 'budgeted amount', benut: 'spent amount', payment: 'amount' },
};

function goalName(goal: GoalNumber, lang: Lang): string {
  const info = goalInfo(goal);
  return lang === 'nl' ? `doel ${goal} (${info.name})` : `goal ${goal} (${info.nameEn})`;
}

function goalList(goals: ReadonlyArray<GoalNumber>, lang: Lang): string {
  const names = goals.map((g) => goalName(g, lang));
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${names[names.length - 1]}`;
}

const quote = (text: string): string => `‘${text.length > 80 ? `${text.slice(0, 77)}…` : text}’`;

const TEMPLATES: Templates = {
  CEILING_EXCEEDED: {
    nl: (p) => `Het totaal begroot (${euro(p.total)}) ligt ${euro(p.excess)} boven het plafond van ${euro(p.ceiling)}.`,
    en: (p) => `Total budgeted (${euro(p.total)}) is ${euro(p.excess)} above the ceiling of ${euro(p.ceiling)}.`,
  },
  CEILING_DEFAULT: {
    nl: (p) =>
      (p.unusable
        ? `Cel ${p.unusable.cell} naast ${quote(p.unusable.label)} bevat ${quote(p.unusable.text)}, geen bruikbaar plafond; de controle rekent met het standaardplafond van ${euro(p.ceiling)}, dat van Hilversum.`
        : `De werkmap noemt geen plafond; de controle rekent met het standaardplafond van ${euro(p.ceiling)}, dat van Hilversum.`) +
      ` Geef het plafond van uw gemeente op (het veld Plafond in het taakvenster, of --ceiling), of zet het in de werkmap: een cel 'Plafond' met het bedrag ernaast.`,
    en: (p) =>
      (p.unusable
        ? `Cell ${p.unusable.cell} beside ${quote(p.unusable.label)} holds ${quote(p.unusable.text)}, no usable ceiling; the check uses the default ceiling of ${euro(p.ceiling)}, Hilversum's.`
        : `The workbook states no ceiling; the check uses the default ceiling of ${euro(p.ceiling)}, Hilversum's.`) +
      ` Give your municipality's own (the Ceiling field in the task pane, or --ceiling), or put it in the workbook: a cell 'Plafond' with the amount beside it.`,
  },
  READING_UNCERTAIN: {
    nl: (p) => {
      switch (p.label) {
        case 'columns':
          return `Kolommen ${list(p.columns, 'nl')} zijn allebei als ${p.field} gelezen en opgeteld. Is maar één ervan het ${p.field === 'begroot' ? 'begrote' : 'benutte'} bedrag, kies die dan in de leeswijze (of --column ${p.first}=${p.field}).`;
        case 'header-row':
          return `De kopregel is gelezen op rij ${p.row}, maar rij ${p.alternative} leest bijna even goed als kopregel. Is rij ${p.row} niet de kopregel, kies dan de juiste in de leeswijze (of --header-row ${p.alternative}).`;
        case 'unit':
          return `Er staat geen eenheid bij de bedragen, maar het plan (${euro(p.plan)}) is ongeveer een duizendste van het plafond (${euro(p.ceiling)}). Staan de bedragen in duizenden euro's, kies dan × € 1.000 in de leeswijze (of --unit 1000).`;
      }
    },
    en: (p) => {
      switch (p.label) {
        case 'columns':
          return `Columns ${list(p.columns, 'en')} were both read as ${p.field} and added up. If only one of them is the ${p.field === 'begroot' ? 'budgeted' : 'spent'} amount, choose it in the reading (or --column ${p.first}=${p.field}).`;
        case 'header-row':
          return `The header was read on row ${p.row}, but row ${p.alternative} reads almost as well as a header. If row ${p.row} is not the header, choose the right one in the reading (or --header-row ${p.alternative}).`;
        case 'unit':
          return `No unit is stated for the amounts, but the plan (${euro(p.plan)}) is about a thousandth of the ceiling (${euro(p.ceiling)}). If the amounts are in thousands of euros, choose × € 1,000 in the reading (or --unit 1000).`;
      }
    },
  },
  CORRECTION_UNUSABLE: {
    nl: (p) => {
      switch (p.label) {
        case 'column-moved':
          return `De leeswijze zegt dat kolom ${p.column} (‘${p.expected}’) ${p.choice} is, maar in kolom ${p.column} staat nu ${p.found === '' ? 'geen kop' : `‘${p.found}’`}; die aanpassing is niet toegepast. Pas de leeswijze aan (blad ‘NPO Leeswijze’).`;
        case 'header-row':
          return `De leeswijze noemt rij ${p.row} als kopregel, maar daar staat geen kopregel; de controle leest het blad zelf. Pas de leeswijze aan (blad ‘NPO Leeswijze’).`;
        case 'ceiling-cell':
          return `De leeswijze noemt cel ${p.cell} als plafond, maar daar staat geen bedrag; de controle zoekt het plafond zelf. Pas de leeswijze aan (blad ‘NPO Leeswijze’).`;
        case 'unreadable':
          return `Regel ${p.row} van blad ‘${p.sheet}’ is niet te lezen (${quote(p.text)}); die regel is overgeslagen.`;
      }
    },
    en: (p) => {
      switch (p.label) {
        case 'column-moved':
          return `The reading says column ${p.column} (‘${p.expected}’) is ${p.choice}, but column ${p.column} now holds ${p.found === '' ? 'no header' : `‘${p.found}’`}; that correction was not applied. Update the reading (sheet ‘NPO Leeswijze’).`;
        case 'header-row':
          return `The reading names row ${p.row} as the header, but there is no header there; the check reads the sheet by itself. Update the reading (sheet ‘NPO Leeswijze’).`;
        case 'ceiling-cell':
          return `The reading names cell ${p.cell} as the ceiling, but it holds no amount; the check looks for the ceiling by itself. Update the reading (sheet ‘NPO Leeswijze’).`;
        case 'unreadable':
          return `Line ${p.row} of sheet ‘${p.sheet}’ cannot be read (${quote(p.text)}); it was skipped.`;
      }
    },
  },
  SPENT_EXCEEDS_CEILING: {
    nl: (p) => `Het totaal benut (${euro(p.total)}) ligt ${euro(p.excess)} boven het plafond van ${euro(p.ceiling)}; dat deel wordt niet uit de NPO-middelen vergoed.`,
    en: (p) => `Total spent (${euro(p.total)}) is ${euro(p.excess)} above the ceiling of ${euro(p.ceiling)}; that part is not covered by the NPO grant.`,
  },
  BUDGET_UNALLOCATED: {
    nl: (p) => `Van het plafond van ${euro(p.ceiling)} is ${euro(p.left)} nog niet begroot (totaal begroot ${euro(p.total)}).`,
    en: (p) => `Of the ceiling of ${euro(p.ceiling)}, ${euro(p.left)} is not yet budgeted (total budgeted ${euro(p.total)}).`,
  },
  NO_GOAL: {
    nl: (p) => `Interventie ${quote(p.name)} heeft een bedrag maar geen bestedingsdoel.`,
    en: (p) => `Intervention ${quote(p.name)} has an amount but no spending goal.`,
  },
  UNKNOWN_GOAL: {
    nl: (p) =>
      `Bestedingsdoel ${quote(p.text)} van interventie ${quote(p.name)} is geen van de vijf doelen.` +
      (p.suggestion ? ` Bedoelt u ${goalName(p.suggestion, 'nl')}?` : ' Gebruik doel 1 tot en met 5.'),
    en: (p) =>
      `Spending goal ${quote(p.text)} of intervention ${quote(p.name)} is none of the five goals.` +
      (p.suggestion ? ` Did you mean ${goalName(p.suggestion, 'en')}?` : ' Use goal 1 to 5.'),
  },
  OVERSPENT: {
    nl: (p) =>
      `Interventie ${quote(p.name)}${p.goal ? ` (${goalName(p.goal, 'nl')})` : ''} heeft ${euro(p.benut)} benut van ${euro(p.begroot)} begroot: ${euro(p.over)} overbesteed.`,
    en: (p) =>
      `Intervention ${quote(p.name)}${p.goal ? ` (${goalName(p.goal, 'en')})` : ''} spent ${euro(p.benut)} of ${euro(p.begroot)} budgeted: ${euro(p.over)} overspent.`,
  },
  DUPLICATE_CODE: {
    nl: (p) => `Nummer ${quote(p.code)} wordt ook gebruikt voor een andere interventie (${quote(p.otherName)} in ${p.otherCell}).`,
    en: (p) => `Code ${quote(p.code)} is also used for another intervention (${quote(p.otherName)} in ${p.otherCell}).`,
  },
  MULTI_GOAL_UNSPLIT: {
    nl: (p) => `Interventie ${quote(p.name)} dient ${goalList(p.goals, 'nl')} zonder bedrag per doel; het bedrag is gelijk over die doelen verdeeld.`,
    en: (p) => `Intervention ${quote(p.name)} serves ${goalList(p.goals, 'en')} without an amount per goal; the amount was split equally over those goals.`,
  },
  MBO_TARGET: {
    nl: (p) => `Interventie ${quote(p.name)} noemt mbo-leerlingen of -studenten als doelgroep; gemeentelijke NPO-middelen zijn niet bedoeld voor het mbo.`,
    en: (p) => `Intervention ${quote(p.name)} names MBO students as its target group; municipal NPO funds are not meant for MBO.`,
  },
  MISSING_AMOUNT: {
    nl: (p) => `Interventie ${quote(p.name)} heeft geen begroot bedrag.`,
    en: (p) => `Intervention ${quote(p.name)} has no budgeted amount.`,
  },
  NUMBER_AS_TEXT: {
    nl: (p) => `Het ${FIELD.nl[p.field]} van ${quote(p.name)} staat als tekst in de cel (${quote(p.text)}); SOM telt het niet mee. De controle rekent met ${euro(p.amount)}.`,
    en: (p) => `The ${FIELD.en[p.field]} of ${quote(p.name)} is stored as text (${quote(p.text)}); SUM skips it. The check uses ${euro(p.amount)}.`,
  },
  AMOUNT_ESTIMATE: {
    nl: (p) =>
      `Het ${FIELD.nl[p.field]} van ${quote(p.name)} is ${p.basis === 'range' ? 'een bandbreedte' : p.basis === 'pending' ? 'nog niet definitief' : 'een schatting'} (${quote(p.text)}); de controle rekent met ${euro(p.amount)}${p.basis === 'range' ? ', de bovengrens' : ''}.`,
    en: (p) =>
      `The ${FIELD.en[p.field]} of ${quote(p.name)} is ${p.basis === 'range' ? 'a range' : p.basis === 'pending' ? 'not final yet' : 'an estimate'} (${quote(p.text)}); the check uses ${euro(p.amount)}${p.basis === 'range' ? ', the upper bound' : ''}.`,
  },
  AMOUNT_PLACEHOLDER: {
    nl: (p) => `Het ${FIELD.nl[p.field]} van ${quote(p.name)} is nog niet ingevuld (${quote(p.text)}); de controle telt het als € 0,00.`,
    en: (p) => `The ${FIELD.en[p.field]} of ${quote(p.name)} is not filled in yet (${quote(p.text)}); the check counts it as € 0,00.`,
  },
  AMOUNT_UNREADABLE: {
    nl: (p) => `Het ${FIELD.nl[p.field]} van ${quote(p.name)} is geen bedrag (${unreadableNl(p)}); de controle kan het niet meetellen.`,
    en: (p) => `The ${FIELD.en[p.field]} of ${quote(p.name)} is not an amount (${unreadableEn(p)}); the check cannot count it.`,
  },
  FORMULA_ERROR: {
    nl: (p) =>
      p.partCell
        ? `${quote(p.name)} kan niet worden nagerekend: onderdeel ${p.partCell} geeft de foutwaarde ${p.error}.`
        : `Het ${FIELD.nl[p.field]} van ${quote(p.name)} is de foutwaarde ${p.error}; de formule moet worden hersteld.`,
    en: (p) =>
      p.partCell
        ? `${quote(p.name)} cannot be checked: its part ${p.partCell} shows the error ${p.error}.`
        : `The ${FIELD.en[p.field]} of ${quote(p.name)} is the error ${p.error}; the formula needs repair.`,
  },
  NEGATIVE_AMOUNT: {
    nl: (p) => `Het ${FIELD.nl[p.field]} van ${quote(p.name)} is negatief (${euro(p.amount)}).`,
    en: (p) => `The ${FIELD.en[p.field]} of ${quote(p.name)} is negative (${euro(p.amount)}).`,
  },
  FRACTIONAL_CENT: {
    nl: (p) => `Het ${FIELD.nl[p.field]} van ${quote(p.name)} heeft meer dan twee decimalen (${p.value}); de controle rekent met ${euro(p.amount)}.`,
    en: (p) => `The ${FIELD.en[p.field]} of ${quote(p.name)} has more than two decimals (${p.value}); the check uses ${euro(p.amount)}.`,
  },
  SUBTOTAL_MISMATCH: {
    nl: (p) =>
      `${quote(p.label)} vermeldt ${euro(p.stated)} ${p.field === 'begroot' ? 'begroot' : 'benut'}, maar de onderdelen tellen op tot ${euro(p.sum)}: ${euro(Math.abs(p.difference))} ${p.difference < 0 ? 'te weinig' : 'te veel'}.` +
      (p.textParts !== 0 ? ` Daarvan staat ${euro(p.textParts)} als tekst in de cellen, wat SOM overslaat.` : ''),
    en: (p) =>
      `${quote(p.label)} states ${euro(p.stated)} ${p.field === 'begroot' ? 'budgeted' : 'spent'}, but its parts add up to ${euro(p.sum)}: ${euro(Math.abs(p.difference))} too ${p.difference < 0 ? 'little' : 'much'}.` +
      (p.textParts !== 0 ? ` Of that, ${euro(p.textParts)} is stored as text, which SUM skips.` : ''),
  },
  ROW_TOTAL_MISMATCH: {
    nl: (p) =>
      `Het totaal ${p.field === 'begroot' ? 'begroot' : 'benut'} van ${quote(p.name)} is ${euro(p.stated)}, maar ${p.parts === 'periods' ? `de bedragen per periode (${list(p.partLabels.map(quote), 'nl')})` : `${list(p.partLabels.map(quote), 'nl')} samen`} komen op ${euro(p.sum)}: ${euro(Math.abs(p.difference))} ${p.difference < 0 ? 'te weinig' : 'te veel'} in het totaal.`,
    en: (p) =>
      `The total ${p.field === 'begroot' ? 'budgeted' : 'spent'} of ${quote(p.name)} is ${euro(p.stated)}, but ${p.parts === 'periods' ? `the amounts per period (${list(p.partLabels.map(quote), 'en')})` : `${list(p.partLabels.map(quote), 'en')} together`} come to ${euro(p.sum)}: ${euro(Math.abs(p.difference))} too ${p.difference < 0 ? 'little' : 'much'} in the total.`,
  },
  TOTAL_RANGE_INCOMPLETE: {
    nl: (p) => `De formule van ${quote(p.label)} (${TOTAL_FIELD.nl[p.field]}) laat ${rowRefs(p.rows, 'nl')} buiten de optelling. Juiste formule: ${dutchFormula(p.corrected)}`,
    en: (p) => `The formula of ${quote(p.label)} (${TOTAL_FIELD.en[p.field]}) leaves out ${rowRefs(p.rows, 'en')}. Correct formula: ${p.corrected}`,
  },
  TOTAL_DOUBLE_COUNT: {
    nl: (p) => `De formule van ${quote(p.label)} (${TOTAL_FIELD.nl[p.field]}) telt ${rowRefs(p.rows, 'nl')} dubbel, bijvoorbeeld via een subtotaal én de regels daarin. Juiste formule: ${dutchFormula(p.corrected)}`,
    en: (p) => `The formula of ${quote(p.label)} (${TOTAL_FIELD.en[p.field]}) counts ${rowRefs(p.rows, 'en')} twice, for example through a subtotal and the lines inside it. Correct formula: ${p.corrected}`,
  },
  TOTAL_WRONG_COLUMN: {
    nl: (p) =>
      `De formule van ${quote(p.label)} (${TOTAL_FIELD.nl[p.field]}) telt ${p.cells.length === 1 ? 'een cel' : 'cellen'} uit een andere bedragkolom mee${p.cells.length > 0 ? `: ${list(p.cells, 'nl')}` : ''}.`,
    en: (p) =>
      `The formula of ${quote(p.label)} (${TOTAL_FIELD.en[p.field]}) adds ${p.cells.length === 1 ? 'a cell' : 'cells'} from another amount column${p.cells.length > 0 ? `: ${list(p.cells, 'en')}` : ''}.`,
  },
  TOTAL_HARDCODED: {
    nl: (p) => `${quote(p.label)} (${TOTAL_FIELD.nl[p.field]}) is een getypt getal, geen formule; het rekent niet mee als een bedrag verandert. Formule: ${dutchFormula(p.corrected)}`,
    en: (p) => `${quote(p.label)} (${TOTAL_FIELD.en[p.field]}) is a typed number, not a formula; it does not follow when an amount changes. Formula: ${p.corrected}`,
  },
  TOTAL_INCONSISTENT_FORMULA: {
    nl: (p) => `De formule van ${quote(p.label)} (${TOTAL_FIELD.nl[p.field]}) telt ${rowRanges(p.rows, 'nl')} op, terwijl de formule ernaast ${rowRanges(p.otherRows, 'nl')} optelt.`,
    en: (p) => `The formula of ${quote(p.label)} (${TOTAL_FIELD.en[p.field]}) adds ${rowRanges(p.rows, 'en')}, while the formula next to it adds ${rowRanges(p.otherRows, 'en')}.`,
  },
  TOTAL_INCLUDES_HIDDEN: {
    nl: (p) =>
      `${quote(p.label)} (${TOTAL_FIELD.nl[p.field]}) telt ${p.rows.length === 1 ? 'een verborgen rij' : 'verborgen rijen'} mee${p.rows.length > 0 ? `: ${rowRefs(p.rows, 'nl')}` : ''}; de zichtbare bedragen tellen dus niet op tot dit totaal.`,
    en: (p) =>
      `${quote(p.label)} (${TOTAL_FIELD.en[p.field]}) includes ${p.rows.length === 1 ? 'a hidden row' : 'hidden rows'}${p.rows.length > 0 ? `: ${rowRefs(p.rows, 'en')}` : ''}; the amounts you see do not add up to this total.`,
  },
  PAYMENT_UNKNOWN_INTERVENTION: {
    nl: (p) =>
      p.text === ''
        ? `${paymentNl(p.payment)} noemt geen interventie; zonder interventie kan de betaling niet met de begroting worden afgestemd.`
        : `${paymentNl(p.payment)} noemt interventie ${quote(p.text)}, maar die staat niet in begrotingsblad ${quote(p.budgetSheet)} (zoek op nummer of op de exacte naam).`,
    en: (p) =>
      p.text === ''
        ? `${paymentEn(p.payment)} names no intervention; without one it cannot be reconciled with the budget.`
        : `${paymentEn(p.payment)} names intervention ${quote(p.text)}, which is not in budget sheet ${quote(p.budgetSheet)} (matched by code or exact name).`,
  },
  PAYMENT_DUPLICATE: {
    nl: (p) =>
      `${paymentNl(p.payment)} staat dubbel: rij ${p.otherRow} heeft ${p.same === 'number' ? 'dezelfde crediteur en hetzelfde nummer' : 'dezelfde crediteur, datum en hetzelfde bedrag'}. Controleer of er niet twee keer is betaald.`,
    en: (p) =>
      `${paymentEn(p.payment)} appears twice: row ${p.otherRow} has ${p.same === 'number' ? 'the same partner and number' : 'the same partner, date and amount'}. Check that it was not paid twice.`,
  },
  PAYMENT_OUTSIDE_PERIOD: {
    nl: (p) =>
      `${paymentNl(p.payment)} is gedateerd ${p.date}, ${p.before ? 'vóór het begin' : 'na het einde'} van de bestedingsperiode (${p.before ? 'vanaf' : 'tot en met'} ${p.boundary}); zo'n betaling telt niet als besteding van de NPO-middelen.`,
    en: (p) =>
      `${paymentEn(p.payment)} is dated ${p.date}, ${p.before ? 'before the spending period starts' : 'after the spending period ends'} (${p.before ? 'from' : 'up to and including'} ${p.boundary}); such a payment does not count as spending of the NPO grant.`,
  },
  PAYMENT_PARTNER_MISMATCH: {
    nl: (p) => `${paymentNl(p.payment)} is betaald aan ${quote(p.payment.partner ?? '')}, maar de uitvoerder van interventie ${quote(p.name)} is ${quote(p.uitvoerder)}.`,
    en: (p) => `${paymentEn(p.payment)} went to ${quote(p.payment.partner ?? '')}, but the partner of intervention ${quote(p.name)} is ${quote(p.uitvoerder)}.`,
  },
  PAYMENT_DATE_UNREADABLE: {
    nl: (p) =>
      p.reason === 'empty'
        ? `${paymentNl(p.payment)} heeft geen datum; zonder datum valt de betaling in geen kalenderjaar. Schrijf bijvoorbeeld 19-8-2025.`
        : `De datum van ${paymentNl(p.payment, 'betaling')} is niet te lezen (${quote(p.text)}); schrijf een datum, bijvoorbeeld 19-8-2025 of 2025-08-19.`,
    en: (p) =>
      p.reason === 'empty'
        ? `${paymentEn(p.payment)} has no date, so it falls in no calendar year. Write, for example, 19-8-2025.`
        : `The date of ${paymentEn(p.payment, 'payment')} cannot be read (${quote(p.text)}); write a date such as 19-8-2025 or 2025-08-19.`,
  },
  SPENT_PAYMENTS_MISMATCH: {
    nl: (p) =>
      `Interventie ${quote(p.name)} heeft ${euro(p.benut)} benut, maar de betaalde posten in ${quote(p.paymentsSheet)} tellen op tot ${euro(p.paid)}: ${euro(Math.abs(p.difference))} ${p.difference > 0 ? 'meer benut dan betaald' : 'meer betaald dan benut'}.` +
      (p.open !== 0 ? ` Er staat nog ${euro(p.open)} open.` : ''),
    en: (p) =>
      `Intervention ${quote(p.name)} spent ${euro(p.benut)}, but its paid items in ${quote(p.paymentsSheet)} add up to ${euro(p.paid)}: ${euro(Math.abs(p.difference))} ${p.difference > 0 ? 'more spent than paid' : 'more paid than spent'}.` +
      (p.open !== 0 ? ` ${euro(p.open)} is still open.` : ''),
  },
  PAYMENTS_EXCEED_BUDGET: {
    nl: (p) =>
      `De betalingen voor interventie ${quote(p.name)} (${euro(p.payments)}${p.open !== 0 ? `, waarvan ${euro(p.open)} open` : ''}) liggen ${euro(p.excess)} boven het begrote bedrag van ${euro(p.begroot)}.`,
    en: (p) =>
      `The payments for intervention ${quote(p.name)} (${euro(p.payments)}${p.open !== 0 ? `, of which ${euro(p.open)} open` : ''}) are ${euro(p.excess)} above the budgeted ${euro(p.begroot)}.`,
  },
  CREDIT_NOTE_UNMATCHED: {
    nl: (p) => `${paymentNl(p.payment, 'Creditnota')} hoort bij geen eerdere betaling aan ${quote(p.payment.partner ?? '')} voor interventie ${quote(p.name)}; staat hij bij de juiste interventie en partner?`,
    en: (p) => `${paymentEn(p.payment, 'Credit note')} matches no earlier payment to ${quote(p.payment.partner ?? '')} for intervention ${quote(p.name)}; is it booked on the right intervention and partner?`,
  },
  SUBSIDY_ADVANCE_UNSETTLED: {
    nl: (p) =>
      `Interventie ${quote(p.name)}: ${p.count === 1 ? 'het voorschot' : `${p.count} voorschotten`} aan ${quote(p.payment.partner ?? '')} (${euro(p.advances)}, laatste: ${paymentNl(p.payment, 'boeking')}) ${p.count === 1 ? 'is' : 'zijn'} niet vastgesteld, terwijl de bestedingsperiode op ${p.end} is afgelopen; zonder vaststelling is niet verantwoord wat ervan is besteed.`,
    en: (p) =>
      `Intervention ${quote(p.name)}: ${p.count === 1 ? 'the advance' : `${p.count} advances`} to ${quote(p.payment.partner ?? '')} (${euro(p.advances)}, last: ${paymentEn(p.payment, 'booking')}) ${p.count === 1 ? 'was' : 'were'} never settled, while the spending period ended on ${p.end}; without a settlement it is not accounted for what was spent.`,
  },
  SUBSIDY_SETTLEMENT_ABOVE_GRANT: {
    nl: (p) =>
      `${paymentNl(p.payment, 'Vaststelling')} voor interventie ${quote(p.name)} stelt de subsidie vast op ${euro(p.settled)} (voorschotten ${euro(p.advances)}), ${euro(p.excess)} boven het begrote bedrag van ${euro(p.grant)}.`,
    en: (p) =>
      `${paymentEn(p.payment, 'Settlement')} for intervention ${quote(p.name)} settles the subsidy at ${euro(p.settled)} (advances ${euro(p.advances)}), ${euro(p.excess)} above the budgeted ${euro(p.grant)}.`,
  },
  SUBSIDY_RECOVERY_WITHOUT_ADVANCE: {
    nl: (p) => `${paymentNl(p.payment, 'Terugvordering')} voor interventie ${quote(p.name)} volgt op geen voorschot aan ${quote(p.payment.partner ?? '')}; staat hij bij de juiste interventie en partner, of ontbreekt het voorschot?`,
    en: (p) => `${paymentEn(p.payment, 'Recovery')} for intervention ${quote(p.name)} follows no advance to ${quote(p.payment.partner ?? '')}; is it booked on the right intervention and partner, or is the advance missing?`,
  },
};

/** "Betaling ‘F-2023-118’ (Bibliotheek, € 2.852,00, rij 17)". */
function paymentNl(p: PaymentRef, word = 'Betaling'): string {
  const details = [p.partner, euro(p.amount), `rij ${p.row}`].filter((d) => d !== undefined).join(', ');
  return `${word}${p.number !== undefined ? ` ${quote(p.number)}` : ''} (${details})`;
}

function paymentEn(p: PaymentRef, word = 'Payment'): string {
  const details = [p.partner, euro(p.amount), `row ${p.row}`].filter((d) => d !== undefined).join(', ');
  return `${word}${p.number !== undefined ? ` ${quote(p.number)}` : ''} (${details})`;
}

/** "a, b en c", at most `max` items and then "en nog 3". */
function list(items: ReadonlyArray<string>, lang: Lang, max = 5): string {
  const and = lang === 'nl' ? 'en' : 'and';
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} ${and} ${lang === 'nl' ? `nog ${more}` : `${more} more`}`;
  if (shown.length < 2) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1]}`;
}

/** "‘Bijles’ (rij 4) en ‘Jeugdcoach’ (rij 5)"; without rows simply "interventies", so a sentence stays whole. */
function rowRefs(rows: ReadonlyArray<RowRef>, lang: Lang): string {
  if (rows.length === 0) return lang === 'nl' ? 'interventies' : 'interventions';
  return list(rows.map((r) => `${quote(r.name)} (${lang === 'nl' ? 'rij' : 'row'} ${r.row})`), lang);
}

/** [6,7,8,10] → "rijen 6–8 en 10"; [] → "geen rijen". */
function rowRanges(rows: ReadonlyArray<number>, lang: Lang): string {
  if (rows.length === 0) return lang === 'nl' ? 'geen rijen' : 'no rows';
  const runs: string[] = [];
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1]! + 1) continue;
    runs.push(start === rows[i - 1] ? `${start}` : `${start}–${rows[i - 1]}`);
    start = rows[i];
  }
  const word = lang === 'nl' ? (rows.length === 1 ? 'rij' : 'rijen') : rows.length === 1 ? 'row' : 'rows';
  return `${word} ${list(runs, lang, 8)}`;
}

const TOTAL_FIELD: Record<Lang, Record<AmountRole, string>> = {
  nl: { begroot: 'begroot', benut: 'benut' },
  en: { begroot: 'budgeted', benut: 'spent' },
};

function unreadableNl(p: MessageParams['AMOUNT_UNREADABLE']): string {
  if (p.reason === 'date') return 'de cel is als datum opgemaakt';
  if (p.reason === 'boolean') return `de cel bevat ${p.text}`;
  if (p.reason === 'too-large') return 'het getal is te groot om exact te rekenen';
  return quote(p.text);
}

function unreadableEn(p: MessageParams['AMOUNT_UNREADABLE']): string {
  if (p.reason === 'date') return 'the cell is formatted as a date';
  if (p.reason === 'boolean') return `the cell holds ${p.text}`;
  if (p.reason === 'too-large') return 'the number is too large to compute exactly';
  return quote(p.text);
}

export function renderMessage(finding: RawFinding, lang: Lang): string {
  const template = TEMPLATES[finding.rule] as { nl: (p: unknown) => string; en: (p: unknown) => string };
  return template[lang](finding.params);
}

export const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  nl: { error: 'Fout', warning: 'Waarschuwing', info: 'Ter info' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

export const LAYOUT_LABEL: Record<Lang, Record<Layout, string>> = {
  nl: { list: 'lijst (een rij per interventie)', grouped: 'gegroepeerd per doel', matrix: 'matrix (doelen als kolommen)', goals: 'overzicht per bestedingsdoel (een bedrag per doel)' },
  en: { list: 'list (one row per intervention)', grouped: 'grouped by goal', matrix: 'matrix (goals as columns)', goals: 'summary per spending goal (one amount per goal)' },
};

export function ceilingSourceText(source: CeilingSource, lang: Lang, where?: { sheet?: string; cell?: string }): string {
  const at = where?.sheet && where.cell ? `${where.sheet}!${where.cell}` : '';
  switch (source) {
    case 'option':
      return lang === 'nl' ? 'opgegeven bij de controle' : 'given as an option';
    case 'correction':
      return lang === 'nl' ? `aangepast door gebruiker${at !== '' ? ` (${at})` : ''}` : `set by the user${at !== '' ? ` (${at})` : ''}`;
    case 'sheet':
      return lang === 'nl' ? `uit het begrotingsblad (${at})` : `from the budget sheet (${at})`;
    case 'settings-sheet':
      return lang === 'nl' ? `uit het instellingenblad (${at})` : `from the settings sheet (${at})`;
    case 'default':
      return lang === 'nl' ? 'standaardwaarde (plafond Hilversum); geef het eigen plafond op' : "default (Hilversum's ceiling); give your own ceiling";
  }
}

/** Failures that stop a check, as one clear sentence for the user. */
export type EngineErrorCode =
  | 'NO_BUDGET_SHEET'
  | 'SHEET_NOT_FOUND'
  | 'SHEET_NOT_BUDGET'
  | 'SHEET_IS_PAYMENTS'
  | 'EMPTY_WORKBOOK'
  | 'PAYMENTS_SHEET_NOT_FOUND'
  | 'SHEET_NOT_PAYMENTS'
  | 'PAYMENTS_SHEET_IS_BUDGET'
  | 'BAD_PERIOD_DATE'
  | 'PERIOD_ORDER';

/** `subject` is the sheet named, or for the period codes the date as given. */
export function engineErrorMessage(code: EngineErrorCode, lang: Lang, subject?: string, available?: ReadonlyArray<string>): string {
  const sheet = subject;
  const list = available && available.length > 0 ? available.map((s) => `‘${s}’`).join(', ') : '';
  switch (code) {
    case 'EMPTY_WORKBOOK':
      return lang === 'nl' ? 'De werkmap bevat geen werkbladen.' : 'The workbook contains no worksheets.';
    case 'NO_BUDGET_SHEET':
      return lang === 'nl'
        ? `Geen begrotingsblad gevonden: geen werkblad heeft in de eerste 40 rijen een kopregel met een kolom voor de interventie en een kolom voor het begrote bedrag. Bekeken: ${list}.`
        : `No budget sheet found: no worksheet has a header row in its first 40 rows with an intervention column and a budgeted-amount column. Looked at: ${list}.`;
    case 'SHEET_NOT_FOUND':
      return lang === 'nl'
        ? `Werkblad ‘${sheet}’ bestaat niet in deze werkmap. Beschikbaar: ${list}.`
        : `Worksheet ‘${sheet}’ does not exist in this workbook. Available: ${list}.`;
    case 'SHEET_NOT_BUDGET':
      return lang === 'nl'
        ? `Werkblad ‘${sheet}’ lijkt geen begrotingsblad: er is in de eerste 40 rijen geen kopregel met een kolom voor de interventie en een kolom voor het begrote bedrag.`
        : `Worksheet ‘${sheet}’ does not look like a budget sheet: there is no header row in its first 40 rows with an intervention column and a budgeted-amount column.`;
    case 'SHEET_IS_PAYMENTS':
      return lang === 'nl'
        ? `Werkblad ‘${sheet}’ is een betalingenblad (datum, factuur- of betalingsnummer, bedrag), geen begrotingsblad; kies het blad met de interventies en hun begrote bedragen. De betalingen worden daartegen afgestemd.`
        : `Worksheet ‘${sheet}’ is a payments sheet (date, invoice or payment number, amount), not a budget sheet; choose the sheet with the interventions and their budgeted amounts. The payments are reconciled against it.`;
    case 'PAYMENTS_SHEET_NOT_FOUND':
      return lang === 'nl'
        ? `Betalingenblad ‘${sheet}’ bestaat niet in deze werkmap. Beschikbaar: ${list}.`
        : `Payments sheet ‘${sheet}’ does not exist in this workbook. Available: ${list}.`;
    case 'SHEET_NOT_PAYMENTS':
      return lang === 'nl'
        ? `Werkblad ‘${sheet}’ lijkt geen betalingenblad: er is in de eerste 40 rijen geen kopregel met een datum, een factuur- of betalingsnummer, de interventie en het bedrag.`
        : `Worksheet ‘${sheet}’ does not look like a payments sheet: there is no header row in its first 40 rows with a date, an invoice or payment number, the intervention and the amount.`;
    case 'PAYMENTS_SHEET_IS_BUDGET':
      return lang === 'nl'
        ? `Werkblad ‘${sheet}’ is het begrotingsblad en kan niet ook het betalingenblad zijn.`
        : `Worksheet ‘${sheet}’ is the budget sheet and cannot be the payments sheet as well.`;
    case 'BAD_PERIOD_DATE':
      return lang === 'nl'
        ? `‘${subject}’ is geen datum; schrijf de bestedingsperiode als bijvoorbeeld 1-8-2021 of 2021-08-01.`
        : `‘${subject}’ is not a date; write the spending period as, for example, 1-8-2021 or 2021-08-01.`;
    case 'PERIOD_ORDER':
      return lang === 'nl'
        ? `De bestedingsperiode begint na haar einde (${subject}); geef een begin vóór het einde.`
        : `The spending period starts after it ends (${subject}); give a start before the end.`;
  }
}
