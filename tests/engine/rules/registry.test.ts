/**
 * The registry is the one list of rules: every id has its own module named after it, declares its
 * severity, messages and fingerprint there, is run by a pass of the registry, is documented in
 * docs/regels.md, and has a test that shows it firing and one that shows it staying quiet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RULE_IDS, RULE_SEVERITY } from '../../../src/engine/findings';
import { CHECKS, RULE_DEFINITIONS } from '../../../src/engine/rules';

const ROOT = path.resolve(__dirname, '../../..');
const kebab = (id: string): string => id.toLowerCase().replace(/_/g, '-');

describe('the rule registry', () => {
  it('holds each id once, each in the module named after it', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_DEFINITIONS.length);
    for (const rule of RULE_DEFINITIONS) {
      const file = path.join(ROOT, 'src/engine/rules', `${kebab(rule.id)}.ts`);
      expect([
        rule.id,
        fs.existsSync(file) &&
          fs.readFileSync(file, 'utf8').includes(`export const ${rule.id}: RuleDefinition<'${rule.id}'`),
      ]).toEqual([rule.id, true]);
    }
  });

  it('lists every rule module there is: a module written but not listed fails here', () => {
    const listed = new Set<string>(RULE_DEFINITIONS.map((rule) => rule.id));
    const declared = fs
      .readdirSync(path.join(ROOT, 'src/engine/rules'))
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => {
        const text = fs.readFileSync(path.join(ROOT, 'src/engine/rules', file), 'utf8');
        return [...text.matchAll(/export const ([A-Z_]+): RuleDefinition</g)].map((m) => m[1]!);
      });
    expect(declared.length).toBe(RULE_DEFINITIONS.length);
    expect(declared.filter((id) => !listed.has(id))).toEqual([]);
  });

  it('gives every rule a severity, a title and a message in both languages and at least one pass', () => {
    for (const rule of RULE_DEFINITIONS) {
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(RULE_SEVERITY[rule.id]).toBe(rule.severity);
      expect(typeof rule.message.nl).toBe('function');
      expect(typeof rule.message.en).toBe('function');
      expect(rule.title.nl.length).toBeGreaterThan(0);
      expect(rule.title.en.length).toBeGreaterThan(0);
      expect(rule.checks.length).toBeGreaterThan(0);
    }
  });

  it('runs every pass a rule names exactly once, and no pass no rule names', () => {
    const named = new Set(RULE_DEFINITIONS.flatMap((rule) => rule.checks));
    expect(new Set(CHECKS).size).toBe(CHECKS.length);
    expect(CHECKS.filter((c) => !named.has(c))).toEqual([]);
    expect([...named].filter((c) => !CHECKS.includes(c))).toEqual([]);
  });

  it('runs the budget passes before the payments passes', () => {
    const firstPayments = CHECKS.findIndex((c) => c.on === 'payments');
    expect(CHECKS.slice(firstPayments).every((c) => c.on === 'payments')).toBe(true);
  });
});

/** The rule tables of docs/regels.md: `| \`ID\` | severity | what it means |`. */
function documentedRules(): Array<[string, string]> {
  const text = fs.readFileSync(path.join(ROOT, 'docs/regels.md'), 'utf8');
  return [...text.matchAll(/^\| `([A-Z][A-Z_]+)` \| ([a-z]+) \|/gm)].map((m) => [m[1]!, m[2]!]);
}

describe('docs/regels.md', () => {
  it('lists every rule once with its severity, and no rule the registry does not know', () => {
    const documented = documentedRules();
    expect(documented.map(([id]) => id).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.fromEntries(documented)).toEqual(RULE_SEVERITY);
  });

  it('lists them in the registry order', () => {
    expect(documentedRules().map(([id]) => id)).toEqual([...RULE_IDS]);
  });
});

/** Every test file under tests/, with the text of each top-level `describe('ID …', …)` block. */
function describeBlocks(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.test.ts')) files.push(full);
    }
  };
  walk(path.join(ROOT, 'tests'));
  const blocks = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const starts = [...text.matchAll(/^describe\((['"`])([A-Z][A-Z_]+)\b/gm)];
    for (const start of starts) {
      const from = start.index!;
      const next = text.indexOf('\ndescribe(', from + 1);
      const block = text.slice(from, next === -1 ? undefined : next);
      blocks.set(start[2]!, [...(blocks.get(start[2]!) ?? []), block]);
    }
  }
  return blocks;
}

describe('rule tests', () => {
  const blocks = describeBlocks();
  it.each([...RULE_IDS])('%s has a describe block with a test that fires it and one that keeps it quiet', (id) => {
    const text = (blocks.get(id) ?? []).join('\n');
    expect({
      id,
      fires: /\bit(?:\.each\b[\s\S]*?\))?\(\s*['"`][^'"`]*\bfires\b/.test(text),
      quiet: /\bit(?:\.each\b[\s\S]*?\))?\(\s*['"`][^'"`]*\bstays quiet\b/.test(text),
    }).toEqual({
      id,
      fires: true,
      quiet: true,
    });
  });
});
