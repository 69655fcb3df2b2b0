/**
 * Afstemming: per intervention begroot, benut, betaald, open and the difference benut − betaald,
 * with a button to its benut cell and one per payment row. A list, not a wide table, so it reads
 * at the pane's narrow width; the interventions with a difference first, the rest on request.
 */
import { Button, Caption1, Text, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import { euro } from '../text';
import { Figure, Figures } from './Figures';
import type { AfstemmingItem, AfstemmingView, PaymentLink } from '../afstemming';
import type { Strings } from '../strings';
import { SECTION_STYLES } from './section-styles';

const useStyles = makeStyles({
  ...SECTION_STYLES,
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorNeutralStroke2,
  },
  differs: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  links: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  toggle: { alignSelf: 'flex-start' },
});

export interface AfstemmingProps {
  readonly s: Strings;
  readonly view: AfstemmingView;
  readonly onGoTo: (sheet: string, cell: string) => void;
}

export function Afstemming({ s, view, onGoTo }: AfstemmingProps) {
  const styles = useStyles();
  const headingId = useId('afstemming');
  const listId = useId('afstemming-rest');
  const [all, setAll] = useState(false);
  const total = view.differing.length + view.matching.length;
  const goToPayment = (cell: string) => onGoTo(view.paymentsSheet, cell);
  const item = (i: AfstemmingItem) => (
    <Item key={i.key} s={s} item={i} onBenut={() => onGoTo(view.budgetSheet, i.cell)} onPayment={goToPayment} />
  );

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h2 id={headingId} className={styles.heading}>
        {s.afstemming}
      </h2>
      <Text>{s.afstemmingSummary(euro(view.paidCents), euro(view.openCents))}</Text>
      <Text weight={view.within ? 'regular' : 'semibold'}>
        {s.unexplained(euro(view.unexplainedCents), euro(view.toleranceCents), view.within)}
      </Text>
      {view.differing.length === 0 ? (
        <Caption1 className={styles.muted}>{s.noDifferences}</Caption1>
      ) : (
        <ul className={styles.list}>{view.differing.map(item)}</ul>
      )}
      {view.unassigned.payments.length > 0 && (
        <div className={mergeClasses(styles.item, styles.differs)}>
          <Text weight="semibold">{s.unassigned}</Text>
          <Figures>
            <Figure term={s.paid} cents={view.unassigned.paidCents} />
            <Figure term={s.open} cents={view.unassigned.openCents} />
          </Figures>
          <PaymentButtons s={s} payments={view.unassigned.payments} onPayment={goToPayment} />
        </div>
      )}
      {view.matching.length > 0 && (
        <>
          <Button
            className={styles.toggle}
            size="small"
            appearance="subtle"
            aria-expanded={all}
            aria-controls={all ? listId : undefined}
            onClick={() => setAll(!all)}
          >
            {all ? s.showDifferencesOnly : s.showAll(total)}
          </Button>
          {all && (
            <ul id={listId} className={styles.list}>
              {view.matching.map(item)}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

interface ItemProps {
  readonly s: Strings;
  readonly item: AfstemmingItem;
  readonly onBenut: () => void;
  readonly onPayment: (cell: string) => void;
}

function Item({ s, item, onBenut, onPayment }: ItemProps) {
  const styles = useStyles();
  const differs = item.differenceCents !== 0;
  return (
    <li className={mergeClasses(styles.item, differs && styles.differs)}>
      <Text weight="semibold">{item.label}</Text>
      <Figures>
        <Figure term={s.begroot} cents={item.begrootCents} />
        <Figure term={s.benut} cents={item.benutCents} />
        <Figure term={s.paid} cents={item.paidCents} />
        <Figure term={s.open} cents={item.openCents} />
        <Figure term={s.difference} cents={item.differenceCents} tone={differs ? 'emphasis' : undefined} />
      </Figures>
      <div className={styles.links}>
        <Button size="small" onClick={onBenut} aria-label={s.goToBenutOf(item.name)}>
          {s.goToBenut}
        </Button>
      </div>
      <PaymentButtons s={s} payments={item.payments} onPayment={onPayment} />
    </li>
  );
}

function PaymentButtons({
  s,
  payments,
  onPayment,
}: {
  readonly s: Strings;
  readonly payments: ReadonlyArray<PaymentLink>;
  readonly onPayment: (cell: string) => void;
}) {
  const styles = useStyles();
  if (payments.length === 0) return <Caption1 className={styles.muted}>{s.noPayments}</Caption1>;
  return (
    <div className={styles.links}>
      <Caption1 className={styles.muted}>{s.paymentsOf(payments.length)}:</Caption1>
      {payments.map((p) => (
        <Button
          key={p.row}
          size="small"
          appearance="subtle"
          onClick={() => onPayment(p.cell)}
          aria-label={s.goToPaymentRow(p.row, p.label)}
        >
          {p.label}
        </Button>
      ))}
    </div>
  );
}
