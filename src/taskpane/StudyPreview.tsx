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
import type { StudyPreview as Preview } from '../studies';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
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
            <Body1>{sentence}</Body1>
          </li>
        ))}
      </ul>
      {preview.tables.map((table) => (
        <div key={table.caption} className={styles.scroll}>
          <Table size="small" aria-label={table.caption}>
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
                    <TableCell key={c}>{cell}</TableCell>
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
