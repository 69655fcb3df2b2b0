/**
 * Data validation (ExcelApi 1.8), the list kind only: `range.dataValidation.rule = { list: {
 * inCellDropDown, source } }` gives every cell of the range a drop-down, stored per cell so a test
 * can ask any cell what it offers. Other kinds of rule, a Range as the list's source, and the
 * prompt and error alert are not modelled and fail loudly.
 */
import { cellCount } from './a1';
import { ApiObject } from './api-object';
import { assertWritable, invalidArgument, type RangeTarget } from './cell-writes';
import { notImplemented } from './errors';
import { SheetModel } from './model';
import type { RangeApi, RangeContext } from './range';
import type { Transaction } from './transaction';

/** A list rule as the fake stores it for one cell. */
export interface ListValidation {
  readonly inCellDropDown: boolean;
  /** Comma-separated choices, as given. */
  readonly source: string;
}

/** The rule as Office.js reads and writes it. */
export interface ListValidationRule {
  readonly list: ListValidation;
}

/** The kinds of rule Excel.DataValidationRule holds; only one may be set at a time. */
const RULE_KINDS = ['wholeNumber', 'decimal', 'date', 'time', 'textLength', 'list', 'custom'];

/** Excel's Data Validation dialog takes at most 255 characters as a list's source. */
const MAX_SOURCE_LENGTH = 255;

/** The fake stores a rule per cell; a whole column's worth would only pretend to be Excel. */
const MAX_VALIDATED_CELLS = 100_000;

/** The checked list rule of a `rule` assignment. */
export function listRule(input: unknown, location: string): ListValidation {
  if (typeof input !== 'object' || input === null)
    throw invalidArgument('A data validation rule is an object such as { list: { source } }.', location);
  const kinds = Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);
  const unknown = kinds.find((k) => !RULE_KINDS.includes(k));
  if (unknown) throw invalidArgument(`'${unknown}' is no kind of data validation rule.`, location);
  if (kinds.length !== 1) throw invalidArgument('A data validation rule holds exactly one kind of criteria.', location);
  if (kinds[0] !== 'list') throw notImplemented(`${location} of kind '${kinds[0]}' (only list rules are modelled)`);
  const list = (input as { list: unknown }).list;
  if (typeof list !== 'object' || list === null)
    throw invalidArgument('A list rule is an object { inCellDropDown, source }.', location);
  const { inCellDropDown = true, source, ...rest } = list as { inCellDropDown?: unknown; source?: unknown };
  const extra = Object.keys(rest);
  if (extra.length > 0) throw invalidArgument(`A list rule has no '${extra[0]}'.`, location);
  if (typeof inCellDropDown !== 'boolean') throw invalidArgument('inCellDropDown takes true or false.', location);
  if (typeof source !== 'string') {
    if (typeof source === 'object' && source !== null)
      throw notImplemented(`${location} with a Range as the list's source`);
    throw invalidArgument('A list rule needs a source: comma-separated choices.', location);
  }
  if (source.trim() === '') throw invalidArgument("A list rule's source cannot be empty.", location);
  if (source.length > MAX_SOURCE_LENGTH)
    throw invalidArgument(
      `A list's source has at most ${MAX_SOURCE_LENGTH} characters (this one has ${source.length}).`,
      location,
    );
  return Object.freeze({ inCellDropDown, source });
}

function sameRule(a: ListValidation | undefined, b: ListValidation | undefined): boolean {
  return (
    a === b || (a !== undefined && b !== undefined && a.inCellDropDown === b.inCellDropDown && a.source === b.source)
  );
}

/**
 * Excel.DataValidationType for a range: `None` without rules, `List` when every cell has the same
 * list, `MixedCriteria` when only some cells have one, `Inconsistent` when the rules differ.
 */
function validationType(t: RangeTarget): string {
  const { sheet, rect } = t;
  const rules: Array<ListValidation | undefined> = [];
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) rules.push(sheet.dataValidations.get(SheetModel.key(r, c)));
  }
  const present = rules.filter((x): x is ListValidation => x !== undefined);
  if (present.length === 0) return 'None';
  if (present.length < rules.length) return 'MixedCriteria';
  return present.every((x) => sameRule(x, present[0])) ? 'List' : 'Inconsistent';
}

function assertStorable(t: RangeTarget, location: string): void {
  if (cellCount(t.rect) > MAX_VALIDATED_CELLS)
    throw notImplemented(`${location} on more than ${MAX_VALIDATED_CELLS} cells`);
}

export class DataValidationApi extends ApiObject<RangeTarget> {
  constructor(
    protected override readonly ctx: RangeContext,
    private readonly range: RangeApi,
  ) {
    super(ctx, 'DataValidation');
  }

  protected resolve(tx: Transaction): RangeTarget | null {
    return this.range.target(tx);
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['rule', 'type'];
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    if (name === 'type') return validationType(t);
    if (name === 'rule') {
      const type = validationType(t);
      // What Excel reports for a range without one common list is not modelled: fail, not guess.
      if (type !== 'List') throw notImplemented(`DataValidation.rule of a range whose validation is '${type}'`);
      const rule = t.sheet.dataValidations.get(SheetModel.key(t.rect.row, t.rect.col))!;
      return { list: { ...rule } } satisfies ListValidationRule;
    }
    throw notImplemented(`DataValidation.${name}`);
  }

  get type(): string {
    return this.loaded('type');
  }

  get rule(): ListValidationRule {
    return this.loaded('rule');
  }
  /** Replaces whatever rule the cells had. */
  set rule(rule: ListValidationRule) {
    this.queueSet('rule', rule, (t, tx) => {
      const location = 'DataValidation.rule';
      assertWritable(t.sheet, location);
      assertStorable(t, location);
      const stored = listRule(rule, location);
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
        for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++)
          tx.journal.mapSet(t.sheet.dataValidations, SheetModel.key(r, c), stored);
      }
    });
  }

  /** Removes the rules from the range's cells. */
  clear(): void {
    this.queueCall('clear', { clear: 'dataValidation' }, (t, tx) => {
      assertWritable(t.sheet, 'DataValidation.clear');
      assertStorable(t, 'DataValidation.clear');
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
        for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++)
          tx.journal.mapSet(t.sheet.dataValidations, SheetModel.key(r, c), undefined);
      }
    });
  }
}
