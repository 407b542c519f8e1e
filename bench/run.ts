// `npm run bench`: every benchmark, figures printed and appended to bench/results.json.
import { runEngineBench } from './engine.bench';
import { record } from './results';

record([...runEngineBench()]);
