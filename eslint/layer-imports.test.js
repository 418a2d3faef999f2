// @ts-check
// The boundary rule against imports of each kind: `node --test eslint/` (part of `npm run lint`).
const path = require('node:path');
const { describe, it } = require('node:test');
const { RuleTester } = require('eslint');
const tseslint = require('typescript-eslint');
const { rules } = require('./layer-imports');

RuleTester.describe = describe;
RuleTester.it = it;

const app = (file) => path.join(__dirname, '..', 'src', 'app', file);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('layer-imports', rules['layer-imports'], {
  valid: [
    { filename: app('domain/a/b.ts'), code: "import { x } from '../../domain/types'; import y from 'js-yaml';" },
    { filename: app('domain/a/b.ts'), code: "import { x } from '../state-like';" },
    {
      filename: app('state/store.ts'),
      code: "import { x } from '../domain/types'; import { y } from '@angular/core';",
    },
    {
      filename: app('shared/x/y.ts'),
      code: "import { s } from '../../state/store'; import { d } from '../../domain/t';",
    },
    { filename: app('features/matrix/a.ts'), code: "import { b } from './b'; import { c } from '../matrix/c';" },
    {
      filename: app('features/matrix/deep/a.ts'),
      code: "import { c } from '../c'; import { s } from '../../../shared/x';",
    },
    { filename: app('features/heatmap/p.ts'), code: "const m = () => import('../../shared/chart');" },
    { filename: app('app.routes.ts'), code: "const r = () => import('./features/matrix/matrix-page');" },
  ],
  invalid: [
    ...[
      '../../state/store',
      '../../shared/x',
      '../../features/matrix/m',
      '@angular/core',
      'rxjs',
      'rxjs/operators',
    ].map((from) => ({ filename: app('domain/a/b.ts'), code: `import { x } from '${from}';`, errors: 1 })),
    { filename: app('domain/types.ts'), code: "import type { S } from '../state/store';", errors: 1 },
    { filename: app('domain/a/b.ts'), code: "export { x } from '../../state/store';", errors: 1 },
    { filename: app('domain/a/b.ts'), code: "export * from '../../shared/x';", errors: 1 },
    { filename: app('domain/a/b.ts'), code: "type T = import('../../state/store').Store;", errors: 1 },
    { filename: app('state/a.spec.ts'), code: "import { m } from '../shared/testing/m';", errors: 1 },
    { filename: app('state/a.ts'), code: "import { m } from '../features/data/d';", errors: 1 },
    { filename: app('shared/x/y.ts'), code: "const m = () => import('../../features/matrix/m');", errors: 1 },
    { filename: app('features/matrix/a.ts'), code: "import { h } from '../heatmap/h';", errors: 1 },
    { filename: app('features/matrix/deep/a.ts'), code: "import { h } from '../../report/r';", errors: 1 },
  ],
});
