// What a study makes of the sheets before anything is written: its sentences and tables.
import {
  Body1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { unbrokenFigures } from '../i18n/pane';
import type { StudyPreview as Preview } from '../studies';
import { NARROW_TABLE } from './narrow-table';

const useStyles = makeStyles({
  table: { tableLayout: 'auto', width: '100%', ...NARROW_TABLE },
  // Wide: every cell keeps its text whole (no cell drawn over its neighbour).
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function StudyPreview({ preview, title }: { readonly preview: Preview; readonly title: string }) {
  const styles = useStyles();
  return (
    <>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <ul className={styles.list}>
        {preview.sentences.map((sentence, i) => (
          <li key={i}>
            <Body1>{unbrokenFigures(sentence)}</Body1>
          </li>
        ))}
      </ul>
      {preview.tables.map((table) => (
        <div key={table.caption}>
          <Table className={styles.table} size="small" aria-label={table.caption}>
            <TableHeader>
              <TableRow>
                {table.head.map((h) => (
                  <TableHeaderCell key={h}>{h}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row, r) => (
                <TableRow key={r}>
                  {row.map((cell, c) => (
                    <TableCell key={c} className={styles.cell} {...(c > 0 ? { 'data-label': table.head[c] } : {})}>
                      {unbrokenFigures(cell)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
    </>
  );
}
