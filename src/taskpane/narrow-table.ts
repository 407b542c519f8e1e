// A results table in a narrow pane (320 px to about 480): each row becomes a block, its first
// cell the heading and every other figure on a line of its own after its column's name
// (data-label), so nothing scrolls sideways, overlaps its neighbour or is cut off. The header
// row stays, wrapped, for sorting; wider panes keep the plain table.
import type { GriffelStyle } from '@fluentui/react-components';
import { tokens } from '@fluentui/react-components';

/** Below this width the table stacks (the Office task pane is 320 to 450 px wide by default). */
export const NARROW = '@media (max-width: 520px)';

export const NARROW_TABLE: GriffelStyle = {
  [NARROW]: {
    '& thead tr': { display: 'flex', flexWrap: 'wrap', height: 'auto' },
    '& thead th': { display: 'block', flexGrow: 1, minWidth: 0, height: 'auto' },
    '& tbody, & tbody tr': { display: 'block', height: 'auto' },
    '& tbody tr': { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
    '& tbody td': {
      display: 'flex',
      justifyContent: 'space-between',
      columnGap: tokens.spacingHorizontalS,
      height: 'auto',
      minHeight: 0,
      textAlign: 'left',
      whiteSpace: 'normal',
      overflowWrap: 'anywhere',
    },
    '& tbody td:first-child': { fontWeight: tokens.fontWeightSemibold, display: 'block' },
    '& tbody td[data-label]::before': {
      content: 'attr(data-label)',
      color: tokens.colorNeutralForeground2,
      fontWeight: tokens.fontWeightRegular,
    },
  },
};
