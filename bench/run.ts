// `npm run bench`: every benchmark, figures printed and appended to bench/results.json.
import { runCliBench } from './cli.bench';
import { runEngineBench } from './engine.bench';
import { runExcelBench } from './excel.bench';
import { runReaderBench } from './reader.bench';
import { runStudiesBench } from './studies.bench';
import { runTaskpaneBench } from './taskpane.bench';
import { record } from './results';

async function main(): Promise<void> {
  // `npm run bench -- reader`: only the reader's figures.
  if (process.argv[2] === 'reader') {
    record(await runReaderBench());
    return;
  }
  // `npm run bench -- excel`: only the Excel adapter's figures.
  if (process.argv[2] === 'excel') {
    record(await runExcelBench());
    return;
  }
  record([
    ...runEngineBench(),
    ...(await runExcelBench()),
    ...(await runCliBench()),
    ...(await runReaderBench()),
    ...(await runStudiesBench()),
    ...(await runTaskpaneBench()),
  ]);
}

void main();
