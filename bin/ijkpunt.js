#!/usr/bin/env node
// Compiled by `npm run build:cli` (run by `prepare` after npm ci/install).
const { main } = require('../build/src/cli/main.js');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
