// @ts-check
/**
 * The import boundaries of src/app (README, Development): domain -> state -> shared -> features,
 * each layer importing only from the layers before it, and a feature from no other feature. A rule
 * of our own rather than `no-restricted-imports` patterns: it resolves each relative import to the
 * folder it lands in, so `../../state/x` is caught at any depth and `../state-x` is not mistaken
 * for it; it also sees `import()`, in code and in types,
 * and `export ... from`.
 */
const path = require('node:path');

const APP = path.join(__dirname, '..', 'src', 'app');
const ORDER = ['domain', 'state', 'shared', 'features'];

/** Packages the framework-free domain must not import (the CLI runs it in Node without them). */
const DOMAIN_PACKAGES = /^(@angular\/|rxjs(\/|$))/;

/** `{ layer, feature }` of a file under src/app; undefined outside the four layers (app root, main.ts). */
function placeOf(file) {
  const [top, sub] = path.relative(APP, file).split(path.sep);
  if (!ORDER.includes(top)) return undefined;
  return { layer: top, feature: top === 'features' ? sub : undefined };
}

/** Why `from` may not import `specifier`; undefined when it may. */
function refusal(file, specifier) {
  const from = placeOf(file);
  if (!from) return undefined;
  if (!specifier.startsWith('.')) {
    return from.layer === 'domain' && DOMAIN_PACKAGES.test(specifier)
      ? `src/app/domain is framework-free: it does not import '${specifier}'.`
      : undefined;
  }
  const to = placeOf(path.resolve(path.dirname(file), specifier));
  if (!to) return undefined;
  if (ORDER.indexOf(to.layer) > ORDER.indexOf(from.layer)) {
    return `src/app/${from.layer} does not import from src/app/${to.layer} (layers: ${ORDER.join(' -> ')}).`;
  }
  if (from.feature && to.feature && from.feature !== to.feature) {
    return `features/${from.feature} does not import another feature (features/${to.feature}); move what both need to src/app/shared.`;
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layers of src/app apart: domain -> state -> shared -> features.' },
    schema: [],
  },
  create(context) {
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const message = refusal(context.filename, source.value);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      // `import('../x').T` in a type position (typescript-eslint's node)
      TSImportType: (node) => check(node.source),
    };
  },
};

module.exports = { rules: { 'layer-imports': rule } };
