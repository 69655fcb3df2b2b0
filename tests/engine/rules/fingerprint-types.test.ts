/**
 * A fingerprint's subject is declared by each rule from its typed params, so a renamed or missing
 * param fails to compile instead of silently changing the fingerprints users' acceptances are
 * keyed by. The `@ts-expect-error` lines are the test: `npm run typecheck` fails if any of them
 * compiles (Jest itself strips types).
 */
import { OVERSPENT, type Params as OverspentParams } from '../../../src/engine/rules/overspent';
import type { Params as PaymentDuplicateParams } from '../../../src/engine/rules/payment-duplicate';
import type { RuleDefinition } from '../../../src/engine/rules/rule';
import { SUBTOTAL_MISMATCH } from '../../../src/engine/rules/subtotal-mismatch';

type Fingerprint<Id extends string, P> = RuleDefinition<Id, P>['fingerprint'];

describe('fingerprint subjects', () => {
  it('cannot be built from a param the rule does not have', () => {
    const byLabel: Fingerprint<'OVERSPENT', OverspentParams> = (p) => ({
      // @ts-expect-error OVERSPENT's params have no `label`.
      subject: { kind: 'total', label: p.label },
    });
    const byRenamed: Fingerprint<'OVERSPENT', OverspentParams> = (p) => ({
      // @ts-expect-error a param renamed from `name` leaves no `naam` behind.
      subject: { kind: 'intervention', name: p.naam },
    });
    expect([byLabel, byRenamed]).toHaveLength(2);
  });

  it('cannot leave out what its kind is known by', () => {
    const noPayment: Fingerprint<'PAYMENT_DUPLICATE', PaymentDuplicateParams> = () => ({
      // @ts-expect-error a payment subject needs the payment.
      subject: { kind: 'payment' },
    });
    const wrongWhich: Fingerprint<'OVERSPENT', OverspentParams> = (p) => ({
      subject: { kind: 'intervention', name: p.name },
      // @ts-expect-error `which` is a figure's name, not a number.
      which: p.over,
    });
    expect([noPayment, wrongWhich]).toHaveLength(2);
  });

  it('are what the rules declare', () => {
    expect(OVERSPENT.fingerprint({ name: 'Zomerschool', begroot: 100, benut: 200, over: 100 })).toEqual({
      subject: { kind: 'intervention', name: 'Zomerschool' },
    });
    expect(
      SUBTOTAL_MISMATCH.fingerprint({
        label: 'Totaal',
        field: 'benut',
        stated: 1,
        sum: 2,
        difference: -1,
        textParts: 0,
      }),
    ).toEqual({
      subject: { kind: 'total', label: 'Totaal' },
      which: 'benut',
    });
  });
});
