import {
  Body1,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';
import type { Palette } from '../plan';
import type { AnalysisResult, ClusterResult, ColourDirection, Measure } from '../engine/benchmark';
import type { Language } from '../engine/core';
import { formatEuro, formatFte, formatPercent } from '../i18n/format';
import { unbrokenFigures } from '../i18n/pane';
import { type UiTexts } from '../i18n/ui';
import { CopySentences } from './CopySentences';
import { NARROW_TABLE } from './narrow-table';
import { pointText } from './point-text';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  table: { tableLayout: 'auto', width: '100%', ...NARROW_TABLE },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
});

type SortKey = 'name' | 'fte' | 'costs';

// The chart library is large and only needed once there are results: its own chunk.
const VarianceChart = lazy(() => import('./VarianceChart'));

export interface ResultsScreenProps {
  readonly t: UiTexts;
  readonly language: Language;
  readonly result: AnalysisResult;
  /** Clusters whose figures differ from the base (what-if), highlighted. */
  readonly changedRows?: ReadonlySet<number>;
  readonly palette?: Palette;
  readonly direction?: Partial<Record<Measure, ColourDirection>>;
}

export { pointText } from './point-text';

function sortValue(c: ClusterResult, key: SortKey): number | string {
  if (key === 'name') return c.name;
  return c[key]?.delta ?? Number.NEGATIVE_INFINITY;
}

export function ResultsScreen({ t, language, result, changedRows, palette, direction }: ResultsScreenProps) {
  const styles = useStyles();
  const [sort, setSort] = useState<{ key: SortKey; direction: 'ascending' | 'descending' }>({
    key: 'costs',
    direction: 'descending',
  });
  const rows = [...result.clusters].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, language) : Number(x) - Number(y);
    return sort.direction === 'ascending' ? order : -order;
  });
  const header = (key: SortKey, label: string) => (
    <TableHeaderCell
      sortDirection={sort.key === key ? sort.direction : undefined}
      onClick={() =>
        setSort((s) => ({ key, direction: s.key === key && s.direction === 'descending' ? 'ascending' : 'descending' }))
      }
      aria-label={t.sortBy(label)}
    >
      {label}
    </TableHeaderCell>
  );
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? t.na : formatPercent(v, language, { sign: true });
  return (
    <>
      <section className={styles.section} aria-labelledby="ijk-results">
        <Subtitle2 as="h2" id="ijk-results">
          {t.resultsTitle}
        </Subtitle2>
        <ul className={styles.list}>
          {result.sentences.map((s) => (
            <li key={s}>
              <Body1>{unbrokenFigures(s)}</Body1>
            </li>
          ))}
        </ul>
        <CopySentences result={result} language={language} />
      </section>
      {(['higher', 'lower'] as const).map((side) => (
        <section key={side} className={styles.section} aria-labelledby={`ijk-${side}`}>
          <Subtitle2 as="h2" id={`ijk-${side}`}>
            {t[side]}
          </Subtitle2>
          {result.attention[side].length === 0 ? (
            <Body1>{t.none}</Body1>
          ) : (
            <ul className={styles.list}>
              {result.attention[side].map((p) => (
                <li key={p.row}>
                  <Body1>{unbrokenFigures(pointText(p, language))}</Body1>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <Suspense fallback={<Spinner size="tiny" label={t.chartLoading} />}>
        <VarianceChart
          t={t}
          language={language}
          result={result}
          palette={palette ?? 'standard'}
          {...(direction ? { direction } : {})}
        />
      </Suspense>
      <section className={styles.section} aria-labelledby="ijk-table">
        <Subtitle2 as="h2" id="ijk-table">
          {t.clusterTable}
        </Subtitle2>
        <div>
          <Table className={styles.table} size="small" aria-labelledby="ijk-table" sortable>
            <TableHeader>
              <TableRow>
                {header('name', t.colCluster)}
                {header('fte', t.colFte)}
                <TableHeaderCell>{t.colFtePct}</TableHeaderCell>
                {header('costs', t.colCosts)}
                <TableHeaderCell>{t.colCostsPct}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((c) => (
                <TableRow key={c.row} appearance={changedRows?.has(c.row) ? 'brand' : 'none'}>
                  <TableCell>
                    {c.name}
                    {c.note && <Caption1 block>{`${t.notesTab}: ${c.note}`}</Caption1>}
                  </TableCell>
                  <TableCell className={styles.number} data-label={t.colFte}>
                    {c.fte?.delta == null ? t.na : unbrokenFigures(formatFte(c.fte.delta, language, { sign: true }))}
                  </TableCell>
                  <TableCell className={styles.number} data-label={t.colFtePct}>
                    {pct(c.fte?.deltaPct)}
                  </TableCell>
                  <TableCell className={styles.number} data-label={t.colCosts}>
                    {c.costs?.delta == null
                      ? t.na
                      : unbrokenFigures(formatEuro(c.costs.delta, language, { sign: true }))}
                  </TableCell>
                  <TableCell className={styles.number} data-label={t.colCostsPct}>
                    {pct(c.costs?.deltaPct)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>
    </>
  );
}
