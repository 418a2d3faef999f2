// js-yaml as the start page's script (scripts/early-bundle.mjs) imports it: initialised on first
// use rather than when the script runs. js-yaml's module builds its schemas and types as it loads
// (about 5 ms of the main thread in a cold page, before main.ts's first statement), and the files
// read before the first paint usually go the line reader's way without it (yaml-block-maps.ts). Its
// code is still in the script; `require` makes esbuild wrap it so that it runs when first asked for.
// Its dumper is left out (scripts/early-bundle.mjs): main.ts only reads YAML.
/* global require */
let loaded;
const jsYaml = () => (loaded ??= require('js-yaml'));

export default new Proxy({}, { get: (_, key) => jsYaml()[key] });
