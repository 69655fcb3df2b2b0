/**
 * Finds the string literals, template literals and JSX text in a source file that a user would
 * read, so a test can insist they live in the word catalogue (src/engine/words/). It errs on the
 * side of flagging: a false alarm costs one allowlist line with a reason, a missed sentence costs
 * a user an untranslated or inconsistent word.
 */
import ts from 'typescript';

export interface StrayLiteral {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Props whose value a user reads or hears (screen readers), whatever it looks like. */
const VISIBLE_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
  'content',
  'hint',
  'description',
  'validationMessage',
  'header',
]);

/** Props that carry ids, styling or behaviour, never words. */
const CODE_PROPS = new Set([
  'className',
  'id',
  'key',
  'role',
  'type',
  'name',
  'href',
  'src',
  'htmlFor',
  'appearance',
  'size',
  'shape',
  'layout',
  'intent',
  'as',
  'icon',
  'value',
  'defaultValue',
  'aria-live',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'aria-current',
  'aria-haspopup',
  'inputMode',
  'autoComplete',
  'lang',
  'orientation',
  'position',
  'weight',
  'align',
  'wrap',
  'validationState',
  'politeness',
]);

/**
 * Object keys whose values are ids, styles or formats, or words the checker recognises in the
 * users' own sheets (`keywords`, `phrases`): read, never shown.
 */
const CODE_KEYS = new Set([
  'code',
  'id',
  'className',
  'type',
  'kind',
  'rule',
  'style',
  'format',
  'numFmt',
  'numberFormat',
  'fontName',
  'color',
  'fill',
  'argb',
  'horizontal',
  'vertical',
  'pattern',
  'family',
  'keywords',
  'phrases',
]);

/** Error classes whose arguments reach the user (as a detail or a sentence); what other errors carry is for developers. */
const USER_ERRORS = new Set([
  'OfficeActionError',
  'EngineError',
  'UsageError',
  'CompareUsageError',
  'OutputRefusal',
  'LedgerFileError',
]);

/** Calls whose string arguments are for developers or machines: logs, invariants, patterns, styles, module loading. */
const CODE_CALLS = new Set([
  'console.log',
  'console.warn',
  'console.error',
  'console.info',
  'console.debug',
  'RegExp',
  'makeStyles',
  'require',
  'import',
  'shorthands.border',
  'shorthands.padding',
  'shorthands.margin',
  'shorthands.gap',
  'Symbol',
  'Symbol.for',
  'Set',
  'Map',
  'process.stdout.write.bind',
  'getElementById',
  'document.getElementById',
  'querySelector',
  'document.querySelector',
  'document.createElement',
  'addEventListener',
  'removeEventListener',
  'Buffer.from',
  'TextDecoder',
  'localeCompare',
  'toLocaleString',
  'Intl.NumberFormat',
  'Intl.DateTimeFormat',
]);

/** Values of Office.js and ExcelJS enumerations (`format.horizontalAlignment = 'Right'`), not words for a person. */
const OFFICE_ENUMS = new Set([
  'General',
  'Continuous',
  'Right',
  'Left',
  'Center',
  'Landscape',
  'Portrait',
  'Visible',
  'Contents',
  'Formats',
  'All',
  'Thin',
  'Medium',
  'Thick',
  'Bottom',
  'Top',
  'Automatic',
  'Values',
  'Formulas',
  'Whole',
  'Decimal',
  'List',
  'Information',
  'Stop',
  'Hidden',
  'Normal',
  'Solid',
  'None',
  'Single',
  'Double',
  'Calibri',
  'Aptos',
  'Arial',
  'Consolas',
  'Segoe UI',
]);

/**
 * Whether a piece of text reads as words for a person: letters with a space between words, or a
 * capitalised word ("Begroot", "Totaal"). Identifiers (camelCase, PascalCase, SCREAMING_CASE,
 * kebab-case), paths, URLs, CSS values and number formats do not.
 */
export function readsAsWords(text: string): boolean {
  const t = text.trim();
  if (!/\p{L}/u.test(t)) return false;
  if (/^[A-Z][A-Z0-9_]*$/.test(t)) return false; // SCREAMING_CASE id
  if (/^(https?:|\.{0,2}\/|[\w.-]+\/)/.test(t)) return false; // URL or path
  if (/^\S+\.[a-z]{2,4}$/.test(t)) return false; // file name
  if (/^[\w-]*_[\w-]*$/.test(t)) return false; // snake_case or table name
  if (t.startsWith('<')) return false; // XML
  if (/\\[dswbDSWB$.()[\]]|\[[A-Za-z]-[A-Za-z]/.test(t)) return false; // regular expression source
  if (OFFICE_ENUMS.has(t)) return false;
  if (/\p{L}{2,}[ \u00a0]+[\p{L}‘’'(€\d]/u.test(t) && !looksLikeCss(t)) return true;
  if (
    /(^|[^\p{L}])\p{Lu}\p{Ll}+(?![\p{L}\d_])/u.test(t) &&
    !/^\p{Lu}\p{Ll}+(\p{Lu}\p{Ll}*|\d)+$/u.test(t) &&
    !looksLikeCss(t)
  )
    return true;
  return false;
}

/** `1px solid red`, `0 0 4px`, `Segoe UI, sans-serif`, `translate(-50%)`: values for a style sheet. */
function looksLikeCss(t: string): boolean {
  return /^(\d|var\(|calc\(|translate|rgba?\(|#[0-9a-f]{3})|\b\d+(px|em|rem|%|vh|vw|ms|s)\b|\b(solid|dashed|dotted|none|auto|inherit|ellipsis|nowrap|sans-serif|monospace)\b/i.test(
    t,
  );
}

function calleeName(expr: ts.Expression): string {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return `${calleeName(expr.expression)}.${expr.name.text}`;
  if (expr.kind === ts.SyntaxKind.ImportKeyword) return 'import';
  return '';
}

/** The text of a literal node, with `${…}` holes left out (they are filled in by code). */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  if (ts.isJsxText(node)) return node.containsOnlyTriviaWhiteSpaces ? undefined : node.text;
  return undefined;
}

/** Whether the place a literal sits in makes it code rather than words, whatever its text. */
function inCodePosition(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (
      ts.isImportDeclaration(parent) ||
      ts.isExportDeclaration(parent) ||
      ts.isImportTypeNode(parent) ||
      ts.isExternalModuleReference(parent)
    )
      return true;
    if (ts.isLiteralTypeNode(parent) || ts.isTypeNode(parent)) return true;
    if (
      (ts.isPropertyAssignment(parent) ||
        ts.isPropertyDeclaration(parent) ||
        ts.isMethodDeclaration(parent) ||
        ts.isPropertySignature(parent)) &&
      parent.name === child
    )
      return true;
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === child) return true;
    if (ts.isCaseClause(parent) && parent.expression === child) return true;
    if (
      ts.isBinaryExpression(parent) &&
      [
        ts.SyntaxKind.EqualsEqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsEqualsToken,
        ts.SyntaxKind.EqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsToken,
        ts.SyntaxKind.InKeyword,
      ].includes(parent.operatorToken.kind)
    )
      return true;
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
      const name = calleeName(parent.expression);
      if (CODE_CALLS.has(name) || CODE_CALLS.has(name.split('.').slice(-1)[0]!)) return true;
      // What an error carries is for developers (invariants, parse failures, NPO_DEBUG causes), unless its class hands it to the user.
      if (
        ts.isNewExpression(parent) &&
        (ts.isThrowStatement(parent.parent) || name.endsWith('Error')) &&
        !USER_ERRORS.has(name)
      )
        return true;
      if (
        ts.isPropertyAccessExpression(parent.expression) &&
        [
          'includes',
          'startsWith',
          'endsWith',
          'indexOf',
          'split',
          'replace',
          'replaceAll',
          'getItem',
          'setItem',
          'removeItem',
          'load',
          'getRange',
          'getItemOrNullObject',
          'padStart',
          'padEnd',
          'join',
          'get',
          'has',
          'set',
          'getAttribute',
          'getSpecialCellsOrNullObject',
          'clear',
          'getItem',
          'getItemOrNullObject',
          'addEventListener',
          'on',
        ].includes(parent.expression.name.text)
      )
        return true;
    }
    if (ts.isJsxAttribute(parent)) {
      const prop = parent.name.getText();
      return CODE_PROPS.has(prop) || prop.startsWith('data-') || prop === 'style';
    }
    if (ts.isPropertyAssignment(parent) && parent.initializer === child) {
      const key = parent.name.getText().replace(/['"]/g, '');
      if (CODE_KEYS.has(key)) return true;
    }
    // Function bodies and statements end the climb: what happens beyond them says nothing about this literal.
    if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isVariableStatement(parent) || ts.isReturnStatement(parent))
      return false;
  }
  return false;
}

/** The value of a visible JSX prop (`aria-label="Sluiten"`) counts even as a single word. */
function isVisibleProp(node: ts.Node): boolean {
  const parent = node.parent;
  const attribute = parent && ts.isJsxExpression(parent) ? parent.parent : parent;
  return attribute !== undefined && ts.isJsxAttribute(attribute) && VISIBLE_PROPS.has(attribute.name.getText());
}

export function scanSource(file: string, source: string): StrayLiteral[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, kind);
  const found: StrayLiteral[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== undefined) {
      const visible = isVisibleProp(node) && /\p{L}/u.test(text);
      if (visible || (readsAsWords(text) && !inCodePosition(node))) {
        found.push({
          file,
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
          text: text.trim().replace(/\s+/g, ' '),
        });
      }
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
