/**
 * Which columns make up a row's begroot (or benut) when the header has several: begroot split over
 * years ("2021-2022 | 2022-2023 | Totaal"), budget versions side by side ("Primitieve begroting |
 * Begrotingswijziging | Begroting na wijziging"), or plain columns that add up. Versions are never
 * added to each other: the latest is the begroot. A stated total column is the figure, and the
 * columns it sums are kept to check it (ROW_TOTAL_MISMATCH).
 */
import { normalise } from '../text';

export type FigureReason =
  /** The only column of its kind. */
  | 'single'
  /** Several columns that add up (two funding sources, say). */
  | 'sum'
  /** Columns per period (years, school years) without a total column: their sum. */
  | 'periods-summed'
  /** A column that says it is the total of the others. */
  | 'total-column'
  /** The latest budget version (na wijziging, actueel, bijgesteld). */
  | 'latest-version'
  /** Primitieve begroting plus its changes, where no version after the change is stated. */
  | 'versions-summed';

export type PartsKind = 'periods' | 'versions' | 'parts';

export interface FigureColumns {
  /** The columns whose sum is the figure. */
  readonly cols: ReadonlyArray<number>;
  readonly why: FigureReason;
  /** A stated total and the columns that must add up to it. */
  readonly check?: { readonly total: number; readonly parts: ReadonlyArray<number>; readonly kind: PartsKind };
  /** Columns of budget changes (wijziging) within `cols`: below zero there is no finding. */
  readonly changes?: ReadonlyArray<number>;
  /** Each column's own header text, for messages and the reading shown to the user. */
  readonly labels: ReadonlyMap<number, string>;
}

export interface FigureHeader {
  readonly col: number;
  /** The column's own label (in a two-row header, the lower one). */
  readonly text: string;
  /** The label of the group it stands under, if any ("Begroot" over year columns). */
  readonly group?: string;
}

type Version = 'primitief' | 'wijziging' | 'actueel';

/** "Totaal begroot", "Begroot totaal", "Totale kosten": the column that adds up the others. */
const TOTAL_WORD = /\b(totaal|totale|total|totals|som)\b/;
const LATEST =
  /\b(na (?:\w+ )?(?:wijziging|wijzigingen|bijstelling|mutatie|mutaties)|gewijzigde?|actuele?|bijgestelde?|herziene?|definitieve?|revised|current|amended)\b/;
const FIRST = /\b(primitieve?|oorspronkelijke?|originele?|initiele?|concept|ontwerp|original|initial|draft)\b/;
const CHANGE = /(wijziging|wijzigingen|mutatie|mutaties|bijstelling|amendment|change|changes)\b/;
/** A calendar or school year, "2022", "2021-2022", "jaar 2", "tranche 1", "Q3". */
const PERIOD = /\b(19|20)\d{2}\b|\b(schooljaar|jaar|tranche|periode|fase|kwartaal|year)\s*\d\b|\bq[1-4]\b/;
/** A school year in two digits, "21-22", "sj 22/23" (normalised to "21 22"): consecutive years. */
const SHORT_SCHOOL_YEAR = /\b(\d{2}) (\d{2})\b/;

export function versionOf(text: string): Version | undefined {
  const n = normalise(text);
  if (LATEST.test(n)) return 'actueel';
  if (FIRST.test(n)) return 'primitief';
  if (CHANGE.test(n)) return 'wijziging';
  return undefined;
}

/** A year typed as a number in a header ("2023"), not an amount. */
export function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1990 && value <= 2100;
}

export function isPeriodLabel(text: string): boolean {
  const n = normalise(text);
  if (PERIOD.test(n)) return true;
  const short = SHORT_SCHOOL_YEAR.exec(n);
  return short !== null && (Number(short[2]) - Number(short[1]) + 100) % 100 === 1;
}

export function isTotalColumnLabel(text: string): boolean {
  return TOTAL_WORD.test(normalise(text));
}

export function figureColumns(headers: ReadonlyArray<FigureHeader>): FigureColumns {
  const labels = new Map(headers.map((h) => [h.col, h.text]));
  const all = headers.map((h) => h.col);
  if (headers.length === 1) return { cols: all, why: 'single', labels };

  const version = new Map(headers.map((h) => [h.col, versionOf(h.text)]));
  const ofVersion = (v: Version): number[] => headers.filter((h) => version.get(h.col) === v).map((h) => h.col);
  const latest = ofVersion('actueel');
  const first = ofVersion('primitief');
  const changes = ofVersion('wijziging');
  // "Begroting 2023 | Wijziging 2023 | Begroting 2023 na wijziging": the untagged budget left of
  // the changes is the original.
  if (first.length === 0 && changes.length > 0) {
    const original = headers.filter(
      (h) => h.col < changes[0]! && version.get(h.col) === undefined && !isTotalColumnLabel(h.text),
    );
    if (original.length === 1) first.push(original[0]!.col);
  }
  if (latest.length > 0) {
    // "Na 1e wijziging | Na 2e wijziging": the rightmost is the latest.
    const total = latest[latest.length - 1]!;
    const parts = [...first, ...changes].filter((c) => c < total);
    const check =
      first.length > 0 && changes.length > 0 && latest.length === 1
        ? { total, parts, kind: 'versions' as const }
        : undefined;
    return { cols: [total], why: 'latest-version', ...(check ? { check } : {}), labels };
  }
  if (first.length > 0 && changes.length > 0)
    return { cols: [...first, ...changes], why: 'versions-summed', changes, labels };
  // "Begroot concept | Begroot": a draft beside the budget; the budget is the one without a tag.
  const untagged = headers.filter(
    (h) => version.get(h.col) === undefined && !isTotalColumnLabel(h.text) && !isPeriodLabel(h.text),
  );
  if (first.length > 0 && changes.length === 0 && untagged.length === 1)
    return { cols: [untagged[0]!.col], why: 'latest-version', labels };

  const totals = headers.filter((h) => isTotalColumnLabel(h.text));
  if (totals.length > 0) {
    const total = totals[totals.length - 1]!.col;
    const parts = headers.filter((h) => h.col !== total && !isTotalColumnLabel(h.text));
    const kind: PartsKind = parts.length > 0 && parts.every((p) => isPeriodLabel(p.text)) ? 'periods' : 'parts';
    return {
      cols: [total],
      why: 'total-column',
      ...(parts.length > 0 ? { check: { total, parts: parts.map((p) => p.col), kind } } : {}),
      labels,
    };
  }
  const periods = headers.every((h) => isPeriodLabel(h.text));
  return { cols: all, why: periods ? 'periods-summed' : 'sum', labels };
}
