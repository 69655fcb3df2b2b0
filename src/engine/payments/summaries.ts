/**
 * The reconciliation: per intervention and per uitvoerder what was budgeted, spent, paid and is
 * still open; per calendar year and goal what was paid; what would have to be paid back; and the
 * accountant's reporting tolerance. All in integer cents.
 */
import { yearOf } from '../dates';
import { GOAL_NUMBERS, type GoalNumber } from '../goals';
import type { BudgetModel, Intervention } from '../model';
import { splitEqually } from '../money';
import { totalBenut } from '../summaries';
import { codeKey } from './matching';
import type {
  InterventionReconciliation,
  MatchMethod,
  PartnerReconciliation,
  Payment,
  PaymentsSheet,
  Period,
  Reconciliation,
  SpendingRow,
  Tolerance,
  UnmatchedCode,
  YearSpending,
} from './model';
import { partnerKey } from './partners';

export function isOutsidePeriod(payment: Payment, period: Period): boolean {
  return payment.date.kind === 'date' && (payment.date.serial < period.start || payment.date.serial > period.end);
}

/**
 * Besluit accountantscontrole decentrale overheden, art. 5 lid 4: for lasten up to and including
 * € 125.000 the tolerance is € 12.500; above that up to and including € 1.000.000 it is 10% of the
 * lasten (rounded down to the cent: a tolerance is a maximum); above € 1.000.000 it is € 125.000.
 */
export function reportingTolerance(lastenCents: number): number {
  const lasten = Math.abs(lastenCents);
  if (lasten <= 12_500_000) return 1_250_000;
  if (lasten <= 100_000_000) return (lasten - (lasten % 10)) / 10;
  return 12_500_000;
}

/**
 * Splits `cents` over goals in proportion to `weights` (integer cents), the remainder going to the
 * first goal, so the shares add up exactly. Equal shares when the weights add up to nothing.
 */
export function apportion(cents: number, weights: ReadonlyArray<number>): number[] {
  const total = weights.reduce((n, w) => n + w, 0);
  if (weights.length === 0) return [];
  if (total <= 0 || weights.some((w) => w < 0)) return splitEqually(cents, weights.length);
  const sign = cents < 0 ? -1 : 1;
  const abs = BigInt(Math.abs(cents));
  // BigInt: cents times cents can pass 2^53 for large budgets.
  const shares = weights.map((w) => Number((abs * BigInt(w)) / BigInt(total)));
  const rest = Math.abs(cents) - shares.reduce((n, s) => n + s, 0);
  shares[0] = shares[0]! + rest;
  return shares.map((s) => (s === 0 ? 0 : s * sign));
}

interface MutableRow {
  goals: number[];
  withoutGoal: number;
}

const emptyRow = (): MutableRow => ({ goals: GOAL_NUMBERS.map(() => 0), withoutGoal: 0 });

/** Adds `cents` paid for `intervention` to a row, over its goals as its budget divides them. */
function addToRow(row: MutableRow, intervention: Intervention | undefined, cents: number): void {
  const allocations = intervention?.allocations ?? [];
  if (allocations.length === 0) {
    row.withoutGoal += cents;
    return;
  }
  const shares = allocations.every((a) => a.split)
    ? splitEqually(cents, allocations.length)
    : apportion(
        cents,
        allocations.map((a) => a.begrootCents),
      );
  allocations.forEach((a, i) => {
    row.goals[a.goal - 1]! += shares[i]!;
  });
}

function finishRow(row: MutableRow): SpendingRow {
  const total = row.goals.reduce((n, g) => n + g, 0) + row.withoutGoal;
  return {
    goals: GOAL_NUMBERS.map((goal: GoalNumber, i) => ({ goal, paidCents: row.goals[i]! })),
    withoutGoalCents: row.withoutGoal,
    totalCents: total,
  };
}

/**
 * Paid amounts per calendar year and goal. Each intervention's payments of one year are split over
 * its goals together, so rounding happens once per intervention and year, not per payment.
 */
function spendingPerYear(
  payments: ReadonlyArray<Payment>,
  period: Period,
): { years: YearSpending[]; undated: SpendingRow } {
  const perYear = new Map<number, Map<Intervention | undefined, number>>();
  const undatedSums = new Map<Intervention | undefined, number>();
  for (const p of payments) {
    if (p.status !== 'betaald') continue;
    const sums =
      p.date.kind === 'date'
        ? (perYear.get(yearOf(p.date.serial)) ?? new Map<Intervention | undefined, number>())
        : undatedSums;
    if (p.date.kind === 'date') perYear.set(yearOf(p.date.serial), sums);
    sums.set(p.intervention, (sums.get(p.intervention) ?? 0) + p.cents);
  }
  const years = new Set<number>(perYear.keys());
  for (let y = yearOf(period.start); y <= yearOf(period.end); y++) years.add(y);
  let cumulative = 0;
  const rows: YearSpending[] = [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const row = emptyRow();
      for (const [intervention, cents] of perYear.get(year) ?? []) addToRow(row, intervention, cents);
      const finished = finishRow(row);
      cumulative += finished.totalCents;
      return { year, ...finished, cumulativeCents: cumulative };
    });
  const undated = emptyRow();
  for (const [intervention, cents] of undatedSums) addToRow(undated, intervention, cents);
  return { years: rows, undated: finishRow(undated) };
}

function sumCents(payments: ReadonlyArray<Payment>, status: Payment['status']): number {
  let sum = 0;
  for (const p of payments) if (p.status === status) sum += p.cents;
  return sum;
}

function partnersOf(rows: ReadonlyArray<InterventionReconciliation>): PartnerReconciliation[] {
  const groups = new Map<string, InterventionReconciliation[]>();
  for (const r of rows) {
    const key = partnerKey(r.intervention.partner);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((list) => {
    const add = (f: (r: InterventionReconciliation) => number): number => list.reduce((n, r) => n + f(r), 0);
    return {
      partner: list[0]!.intervention.partner,
      interventions: list,
      begrootCents: add((r) => r.intervention.begrootCents),
      benutCents: add((r) => r.intervention.benutCents),
      paidCents: add((r) => r.paidCents),
      openCents: add((r) => r.openCents),
      differenceCents: add((r) => r.differenceCents),
    };
  });
}

/** Unmatched bookings by their code (case and punctuation aside), the largest total first. */
function unmatchedCodes(unassigned: ReadonlyArray<Payment>): UnmatchedCode[] {
  const groups = new Map<string, Payment[]>();
  for (const p of unassigned) {
    const key = codeKey(p.interventionText);
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()]
    .map((payments): UnmatchedCode => {
      const description = payments.find((p) => p.description !== undefined)?.description;
      return {
        code: payments[0]!.interventionText,
        bookings: payments.length,
        paidCents: sumCents(payments, 'betaald'),
        openCents: sumCents(payments, 'open'),
        ...(description !== undefined ? { description } : {}),
        payments,
      };
    })
    .sort(
      (a, b) =>
        Math.abs(b.paidCents + b.openCents) - Math.abs(a.paidCents + a.openCents) || a.code.localeCompare(b.code),
    );
}

function matchCounts(payments: ReadonlyArray<Payment>): Record<MatchMethod, number> {
  const counts: Record<MatchMethod, number> = { 'order-column': 0, koppeling: 0, code: 0, name: 0 };
  for (const p of payments) if (p.matchedBy) counts[p.matchedBy]++;
  return counts;
}

export function reconcile(model: BudgetModel, sheet: PaymentsSheet, period: Period): Reconciliation {
  const byIntervention = new Map<Intervention, Payment[]>();
  const unassigned: Payment[] = [];
  for (const p of sheet.payments) {
    if (!p.intervention) unassigned.push(p);
    else if (byIntervention.has(p.intervention)) byIntervention.get(p.intervention)!.push(p);
    else byIntervention.set(p.intervention, [p]);
  }
  const interventions = model.interventions.map((intervention): InterventionReconciliation => {
    const payments = byIntervention.get(intervention) ?? [];
    const paidCents = sumCents(payments, 'betaald');
    return {
      intervention,
      paidCents,
      openCents: sumCents(payments, 'open'),
      differenceCents: intervention.benutCents - paidCents,
      payments,
    };
  });
  const unassignedPaid = sumCents(unassigned, 'betaald');
  const paidCents = sumCents(sheet.payments, 'betaald');
  const openCents = sumCents(sheet.payments, 'open');
  const { years, undated } = spendingPerYear(sheet.payments, period);

  let unexplained = Math.abs(unassignedPaid);
  for (const r of interventions) unexplained += Math.abs(r.differenceCents);
  // The tolerance is measured on the lasten the jaarrekening accounts: the realisation as booked,
  // which is the budget sheet's benut. The payments are the evidence those lasten are checked
  // against, and the differences are measured between the two; measuring the tolerance on the
  // evidence would let a payment booked twice raise its own tolerance. Without a benut column
  // there is no booked realisation, and the payments are all there is.
  const lastenCents = model.hasBenut ? totalBenut(model) : paidCents;
  const toleranceCents = reportingTolerance(lastenCents);
  const tolerance: Tolerance = {
    lastenCents,
    toleranceCents,
    unexplainedCents: unexplained,
    within: unexplained <= toleranceCents,
  };

  let outsidePeriodCents = 0;
  let openInPeriod = 0;
  for (const p of sheet.payments) {
    if (!p.intervention) continue;
    if (p.status === 'betaald' && isOutsidePeriod(p, period)) outsidePeriodCents += p.cents;
    if (p.status === 'open' && !isOutsidePeriod(p, period)) openInPeriod += p.cents;
  }
  const ceilingCents = model.ceiling.cents;
  // A payment whose date cannot be read counts as spent: its own error asks for the date, and
  // leaving it out would overstate what has to be paid back.
  const spentCents = paidCents - outsidePeriodCents - unassignedPaid;
  return {
    paymentsSheet: sheet,
    unmatchedCodes: unmatchedCodes(unassigned),
    matchedBy: matchCounts(sheet.payments),
    period,
    interventions,
    partners: partnersOf(interventions),
    unassigned: { paidCents: unassignedPaid, openCents: sumCents(unassigned, 'open'), payments: unassigned },
    paidCents,
    openCents,
    years,
    undated,
    tolerance,
    payback: {
      ceilingCents,
      paidCents,
      outsidePeriodCents,
      unassignedCents: unassignedPaid,
      spentCents,
      openCents: openInPeriod,
      paybackCents: Math.max(0, ceilingCents - spentCents),
      paybackAfterOpenCents: Math.max(0, ceilingCents - spentCents - openInPeriod),
    },
  };
}
