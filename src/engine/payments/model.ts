/**
 * The payments model: what the engine understood of a sheet of invoices and payments, and the
 * reconciliation of those payments against the budget sheet. Rows and columns are 0-based.
 */
import type { AmountReading } from '../amounts';
import type { DaySerial } from '../dates';
import type { GoalNumber } from '../goals';
import type { Intervention } from '../model';

export type PaymentKind = 'factuur' | 'voorschot' | 'vaststelling' | 'terugvordering' | 'creditnota';
export type PaymentStatus = 'betaald' | 'open';

export type DateReading =
  | { readonly kind: 'date'; readonly serial: DaySerial }
  | {
      readonly kind: 'unreadable';
      readonly text: string;
      readonly reason: 'empty' | 'text' | 'number' | 'boolean' | 'error';
    };

export interface PaymentColumns {
  readonly number?: number;
  /** The booking date; in a ledger without one, the Boekjaar column (the date then comes from year and period). */
  readonly date: number;
  readonly partner?: number;
  /**
   * The column that names the intervention: Interventie, else a ledger's order or project code
   * (Ordernummer, Projectcode, Kostendrager), which a mapping turns into an intervention.
   */
  readonly intervention: number;
  /** An Interventie column beside the order or project code: tried when the code matches nothing. */
  readonly secondary?: number;
  /** The amount shown for a booking: the one that counts (see `AmountBasis`). */
  readonly amount: number;
  readonly kind?: number;
  readonly status?: number;
  readonly description?: number;
  /** Ledger columns (grootboekexport). */
  readonly year?: number;
  readonly period?: number;
  readonly account?: number;
  readonly costCentre?: number;
  readonly creditorNumber?: number;
  readonly debit?: number;
  readonly credit?: number;
  readonly vat?: number;
  readonly amountExcl?: number;
  readonly amountIncl?: number;
}

/** Which amount of a booking counts: incl. or excl. VAT. */
export type VatChoice = 'excl' | 'incl';

/**
 * Which amount counts, and why, for the whole sheet. `counted` is what the bookings were added up
 * as: excl. or incl. VAT, or 'as-booked' when the sheet says nothing about VAT. `source` says
 * where the figure comes from; `chosen` what was asked for; `fallback` is set when the sheet
 * could not give what was asked for (only incl. figures, or no VAT column to add).
 */
export interface AmountBasis {
  readonly chosen: VatChoice;
  readonly counted: VatChoice | 'as-booked';
  readonly source: 'bedrag' | 'debet-credit' | 'excl' | 'incl' | 'excl-incl';
  readonly vatColumn: boolean;
  readonly fallback?: 'no-excl' | 'no-vat';
}

/** How a booking found its intervention, in order of precedence. */
export type MatchMethod = 'order-column' | 'koppeling' | 'code' | 'name';

export interface Payment {
  readonly row: number;
  /** Invoice or payment number as written; undefined when the cell is empty. */
  readonly number?: string;
  readonly date: DateReading;
  readonly partner?: string;
  /** The intervention as the payment names it (a code or a name); '' when the cell is empty. */
  readonly interventionText: string;
  /** The budget sheet's intervention it names, when it names one. */
  readonly intervention?: Intervention;
  /** How it was matched, when it was. */
  readonly matchedBy?: MatchMethod;
  /** The column of the counted amount (a debit/credit ledger's own column). */
  readonly amountCol: number;
  readonly amount: AmountReading;
  /** The stored number, for messages about more than two decimals. */
  readonly stored?: number;
  /**
   * What the payment counts for: negative for a credit note, also one typed as a positive amount
   * with type "creditnota"; 0 when the amount cannot be read.
   */
  readonly cents: number;
  readonly kind?: PaymentKind;
  readonly kindText?: string;
  readonly status: PaymentStatus;
  readonly description?: string;
}

/** The payments sheet as read: where its columns are, and its payment rows. */
export interface PaymentsSheet {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: PaymentColumns;
  readonly basis: AmountBasis;
  /** The workbook's mapping sheet ("NPO Koppeling"), when it has one. */
  readonly mappingSheet?: string;
  readonly payments: ReadonlyArray<Payment>;
}

export interface Period {
  readonly start: DaySerial;
  /** Inclusive: a payment on the end date still counts. */
  readonly end: DaySerial;
}

/** One intervention of the budget sheet against its payments. */
export interface InterventionReconciliation {
  readonly intervention: Intervention;
  /** Payments with status betaald. */
  readonly paidCents: number;
  readonly openCents: number;
  /** Benut minus paid. */
  readonly differenceCents: number;
  readonly payments: ReadonlyArray<Payment>;
}

/** The interventions of one uitvoerder (as the budget sheet names it), added up. */
export interface PartnerReconciliation {
  /** The uitvoerder as the budget sheet writes it; undefined for interventions without one. */
  readonly partner?: string;
  readonly interventions: ReadonlyArray<InterventionReconciliation>;
  readonly begrootCents: number;
  readonly benutCents: number;
  readonly paidCents: number;
  readonly openCents: number;
  readonly differenceCents: number;
}

/** Paid amounts of one calendar year (or of the payments without a readable date), per goal. */
export interface SpendingRow {
  /** Per goal 1 to 5. */
  readonly goals: ReadonlyArray<{ readonly goal: GoalNumber; readonly paidCents: number }>;
  /** Paid for interventions without a valid goal, or for no known intervention. */
  readonly withoutGoalCents: number;
  readonly totalCents: number;
}

export interface YearSpending extends SpendingRow {
  readonly year: number;
  /** Paid up to and including this year. */
  readonly cumulativeCents: number;
}

/** Besluit accountantscontrole decentrale overheden, art. 5 lid 4. */
export interface Tolerance {
  /** The lasten the tolerance is measured on: total benut (see `reconcile`). */
  readonly lastenCents: number;
  readonly toleranceCents: number;
  /** Sum of |benut − paid| per intervention, plus what was paid for no known intervention. */
  readonly unexplainedCents: number;
  readonly within: boolean;
}

export interface Payback {
  readonly ceilingCents: number;
  /** Everything paid. */
  readonly paidCents: number;
  /** Paid for a known intervention, dated before the period starts or after it ends. */
  readonly outsidePeriodCents: number;
  /** Paid for no known intervention. */
  readonly unassignedCents: number;
  /** What counts against the grant: paid minus the two above. */
  readonly spentCents: number;
  /** Open payments for known interventions not dated outside the period. */
  readonly openCents: number;
  /** Ceiling minus spent, at least zero. */
  readonly paybackCents: number;
  /** The same once the open payments are paid. */
  readonly paybackAfterOpenCents: number;
}

/** Bookings that matched no intervention, under one code: one mapping line fixes them all. */
export interface UnmatchedCode {
  /** The order/project code, else the intervention text, as written; '' for bookings naming nothing. */
  readonly code: string;
  readonly bookings: number;
  readonly paidCents: number;
  readonly openCents: number;
  /** The first booking's description, to recognise the code by. */
  readonly description?: string;
  readonly payments: ReadonlyArray<Payment>;
}

export interface Reconciliation {
  readonly paymentsSheet: PaymentsSheet;
  /** Unmatched bookings grouped by code, the largest total first. */
  readonly unmatchedCodes: ReadonlyArray<UnmatchedCode>;
  /** Bookings per match method. */
  readonly matchedBy: Readonly<Record<MatchMethod, number>>;
  readonly period: Period;
  readonly interventions: ReadonlyArray<InterventionReconciliation>;
  readonly partners: ReadonlyArray<PartnerReconciliation>;
  /** Payments that name no intervention of the budget sheet. */
  readonly unassigned: {
    readonly paidCents: number;
    readonly openCents: number;
    readonly payments: ReadonlyArray<Payment>;
  };
  readonly paidCents: number;
  readonly openCents: number;
  /** Every calendar year of the period, and any other year a payment was made in, ascending. */
  readonly years: ReadonlyArray<YearSpending>;
  /** Paid amounts whose date cannot be read: in no year. */
  readonly undated: SpendingRow;
  readonly tolerance: Tolerance;
  readonly payback: Payback;
}
