#!/usr/bin/env node
// Compiled by `npm run build:cli` (run by `prepare` after npm ci/install).
require('../build/src/cli/main.js').runFromShell(process.argv.slice(2));
