/**
 * The rule ids and their severities in docs/npo-check.schema.json, written from the registry
 * (src/engine/rules/index.ts) so a new rule is not typed into the schema by hand: `npm run schema`
 * after adding one. tests/contract/json-schema.test.ts fails while the schema and the registry
 * disagree, and says to run it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RULE_IDS, RULE_SEVERITY, type Severity } from '../src/engine/findings';

/** The project's folder: the one with package.json, above scripts/ or above build/scripts/. */
function projectRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir))
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  return process.cwd();
}

export const REPORT_SCHEMA_FILE = path.join(projectRoot(), 'docs/npo-check.schema.json');

const SEVERITIES: ReadonlyArray<Severity> = ['error', 'warning', 'info'];

interface RuleParts {
  readonly ruleIds: string[];
  readonly severityPairs: Array<{
    if: { properties: { rule: { enum: string[] } } };
    then: { properties: { severity: { const: Severity } } };
  }>;
}

/** What the schema must say of the rules: every id, and for each severity the ids that have it. */
export function registryRuleParts(): RuleParts {
  return {
    ruleIds: [...RULE_IDS],
    severityPairs: SEVERITIES.map((severity) => ({
      if: { properties: { rule: { enum: RULE_IDS.filter((id) => RULE_SEVERITY[id] === severity) } } },
      then: { properties: { severity: { const: severity } } },
    })).filter((pair) => pair.if.properties.rule.enum.length > 0),
  };
}

type Schema = { $defs: Record<string, Record<string, unknown>> };

/** The schema with its rule parts taken from the registry; everything else as it was. */
export function withRegistryRules<S extends Schema>(schema: S): S {
  const parts = registryRuleParts();
  const defs = schema.$defs;
  return {
    ...schema,
    $defs: {
      ...defs,
      ruleId: { ...defs.ruleId, enum: parts.ruleIds },
      ruleSeverity: { ...defs.ruleSeverity, allOf: parts.severityPairs },
    },
  };
}

if (require.main === module) {
  const schema = JSON.parse(fs.readFileSync(REPORT_SCHEMA_FILE, 'utf8')) as Schema;
  fs.writeFileSync(REPORT_SCHEMA_FILE, `${JSON.stringify(withRegistryRules(schema), null, 2)}\n`);
  process.stdout.write(`${path.relative(process.cwd(), REPORT_SCHEMA_FILE)}: ${RULE_IDS.length} regels\n`);
}
