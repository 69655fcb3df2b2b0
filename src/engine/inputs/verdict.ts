/**
 * Where the plan stands against the ceiling: over it by an amount, under it with room left, or
 * exactly at it. Said the way round that gives a positive amount; every report, tab and the pane
 * take it from here.
 */
export type CeilingVerdict =
  | { readonly kind: 'over'; readonly amountCents: number }
  | { readonly kind: 'under'; readonly amountCents: number }
  | { readonly kind: 'at' };

/** Total begroot against the ceiling. */
export function ceilingVerdict(begrootCents: number, ceilingCents: number): CeilingVerdict {
  if (begrootCents > ceilingCents) return { kind: 'over', amountCents: begrootCents - ceilingCents };
  if (begrootCents < ceilingCents) return { kind: 'under', amountCents: ceilingCents - begrootCents };
  return { kind: 'at' };
}
