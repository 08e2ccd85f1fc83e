// Preloaded (node --require) by scripts/check-framework-types.js for vue-tsc and svelte-check: they load
// TypeScript's JS API, which the project's TypeScript 7 (native) does not have, so `typescript` resolves to the
// TypeScript 5 of test/frameworks/ts5.
const Module = require('node:module');
const path = require('node:path');

const ts5 = path.join(__dirname, '../ts5/node_modules/typescript');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) request = ts5 + request.slice('typescript'.length);
  return resolve.call(this, request, ...rest);
};
