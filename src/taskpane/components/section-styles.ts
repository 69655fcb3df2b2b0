/**
 * The looks the pane's sections share: a column of parts, an h2 heading, a smaller heading inside a
 * section, and a list without bullets. Spread into a component's makeStyles, beside its own.
 */
import { tokens, type GriffelStyle } from '@fluentui/react-components';

export const SECTION_STYLES = {
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
} satisfies Record<string, GriffelStyle>;
