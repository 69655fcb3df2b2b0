/**
 * A formula as Dutch Excel shows and takes it: `=SUM(E6:E20)` becomes `=SOM(E6:E20)`, with `;`
 * between arguments and a decimal comma. The engine suggests formulas in Excel's invariant
 * (English) language, which Office.js and files store; a user typing into Dutch Excel needs this.
 *
 * Only what sits outside string literals and quoted sheet names changes: function names we know
 * (the ones the checker suggests, and common neighbours), TRUE/FALSE, argument separators and
 * decimal points in numbers. A function we do not know keeps its English name rather than a guess.
 */

const FUNCTIONS: Readonly<Record<string, string>> = {
  SUM: 'SOM',
  SUBTOTAL: 'SUBTOTAAL',
  SUMIF: 'SOM.ALS',
  SUMIFS: 'SOMMEN.ALS',
  SUMPRODUCT: 'SOMPRODUCT',
  AGGREGATE: 'AGGREGAAT',
  IF: 'ALS',
  IFERROR: 'ALS.FOUT',
  ROUND: 'AFRONDEN',
  COUNT: 'AANTAL',
  COUNTA: 'AANTALARG',
  COUNTIF: 'AANTAL.ALS',
  AVERAGE: 'GEMIDDELDE',
  MIN: 'MIN',
  MAX: 'MAX',
  ABS: 'ABS',
  AND: 'EN',
  OR: 'OF',
  NOT: 'NIET',
  VLOOKUP: 'VERT.ZOEKEN',
  HYPERLINK: 'HYPERLINK',
};

const CONSTANTS: Readonly<Record<string, string>> = { TRUE: 'WAAR', FALSE: 'ONWAAR' };

/** The Dutch Excel name of a function, or undefined when we do not know it. */
export function dutchFunctionName(english: string): string | undefined {
  return FUNCTIONS[english.toUpperCase()];
}

export function dutchFormula(formula: string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const char = formula[i]!;
    // String literals and quoted sheet names pass unchanged (a doubled quote stays inside).
    if (char === '"' || char === "'") {
      const end = closingQuote(formula, i, char);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (char === ',') {
      out += ';';
      i += 1;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i))?.[0];
    if (word !== undefined) {
      const after = formula[i + word.length];
      const upper = word.toUpperCase();
      if (after === '(' && FUNCTIONS[upper] !== undefined) out += FUNCTIONS[upper];
      else if (after !== '(' && after !== '!' && CONSTANTS[upper] !== undefined) out += CONSTANTS[upper];
      else out += word;
      i += word.length;
      continue;
    }
    const number = /^\d+(\.\d+)?([Ee][+-]?\d+)?/.exec(formula.slice(i))?.[0];
    if (number !== undefined) {
      out += number.replace('.', ',');
      i += number.length;
      continue;
    }
    out += char;
    i += 1;
  }
  return out;
}

function closingQuote(formula: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return formula.length;
}
