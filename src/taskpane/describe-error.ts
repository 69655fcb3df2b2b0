/**
 * Any failure as the one sentence the pane shows in its message bar. Excel's failures and the
 * engine's already are sentences; a plan Excel would refuse is said as the checker's own bug;
 * anything else is a bug, said plainly with its own message.
 */
import { EngineError } from '../engine/check';
import type { Lang } from '../engine/messages';
import { PlanError } from '../engine/plan/validate';
import { OfficeActionError } from '../office/errors';
import { strings } from './strings';

export function describeError(error: unknown, lang: Lang): string {
  if (error instanceof OfficeActionError) return error.describe(lang);
  if (error instanceof PlanError) return strings(lang).invalidPlan(error.message);
  if (error instanceof EngineError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return strings(lang).unexpected(detail.replace(/[.\s]+$/, ''));
}
