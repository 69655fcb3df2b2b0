/**
 * A cell's value as the grid shows it: a simple reading of the number formats the engine and the
 * samples use (euro, percent, fixed decimals, dates), in Dutch notation as Excel shows it on a
 * Dutch machine. Not Excel's formatter: enough to recognise the figures.
 */
import type { CellSnapshot } from '../../in-memory-excel';
import { serialFromNumber } from '../engine/dates';
import { shortDutchDateOf } from '../engine/inputs/day';

/** Decimals a format asks for: the zeros after its first decimal point. */
function decimalsOf(format: string): number {
  const match = /\.(0+)/.exec(format);
  return match ? match[1]!.length : 0;
}

function dutchNumber(value: number, decimals: number, grouping: boolean): string {
  return value.toLocaleString('nl-NL', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
}

function formatNumber(value: number, format: string): string {
  if (format === 'General' || format === '@')
    return value.toLocaleString('nl-NL', { useGrouping: false, maximumFractionDigits: 10 });
  if (format.includes('€')) {
    const text = `€ ${dutchNumber(Math.abs(value), decimalsOf(format) || 0, true)}`;
    return value < 0 ? `-${text}` : text;
  }
  if (format.includes('%')) return `${dutchNumber(value * 100, decimalsOf(format), false)}%`;
  const day = /[dmy]{1,4}/i.test(format) && !/[0#]/.test(format) ? serialFromNumber(value) : undefined;
  if (day !== undefined) return shortDutchDateOf(day);
  return dutchNumber(value, decimalsOf(format), format.includes(','));
}

export function cellText(cell: CellSnapshot): string {
  switch (cell.valueType) {
    case 'Empty':
      return '';
    case 'Boolean':
      return cell.value ? 'WAAR' : 'ONWAAR';
    case 'Double':
      return formatNumber(cell.value as number, cell.numberFormat);
    default:
      return String(cell.value);
  }
}

/** Excel's General alignment: numbers right, booleans and errors centred, text left. */
export function cellAlignment(cell: CellSnapshot): 'left' | 'center' | 'right' {
  switch (cell.horizontalAlignment) {
    case 'Left':
      return 'left';
    case 'Center':
    case 'CenterAcrossSelection':
      return 'center';
    case 'Right':
      return 'right';
  }
  if (cell.valueType === 'Double') return 'right';
  if (cell.valueType === 'Boolean' || cell.valueType === 'Error') return 'center';
  return 'left';
}
