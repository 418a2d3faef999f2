// Checks that src/assets/YAML/default/model.yaml holds exactly the facts of the DSOMM taxonomy
// (../shared/dsomm-taxonomy/activities.yaml): same order, dimensions, sub-dimensions, names, uuids,
// levels, ratings, dependencies, tags, references and tools. Exit 1 on any difference.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';

const taxonomyPath = process.argv[2] ?? '../shared/dsomm-taxonomy/activities.yaml';
const schema = yaml.FAILSAFE_SCHEMA.extend({ implicit: [yaml.types.null, yaml.types.bool, yaml.types.int] });
const taxonomy = yaml.load(readFileSync(taxonomyPath, 'utf8'), { schema });
const docs = yaml.loadAll(readFileSync('src/assets/YAML/default/model.yaml', 'utf8'), null, { schema });
const model = docs[docs.length - 1];

const FACTS = [
  'uuid',
  'level',
  'difficultyOfImplementation',
  'usefulness',
  'dependsOn',
  'tags',
  'references',
  'implementation',
];
const problems = [];
const expected = [];
for (const dim of taxonomy.dimensions)
  for (const sub of dim.subdimensions)
    for (const a of sub.activities) expected.push({ dimension: dim.dimension, sub: sub.subdimension, ...a });
const actual = [];
for (const [dimension, subs] of Object.entries(model))
  for (const [sub, acts] of Object.entries(subs))
    for (const [name, a] of Object.entries(acts)) actual.push({ dimension, sub, name, ...a });

if (actual.length !== expected.length) problems.push(`${actual.length} activities, expected ${expected.length}`);
expected.forEach((e, i) => {
  const a = actual[i];
  if (!a) return;
  for (const key of ['dimension', 'sub', 'name', ...FACTS]) {
    if (!isDeepStrictEqual(a[key], e[key])) problems.push(`#${i + 1} ${e.name}: ${key} differs`);
  }
  for (const key of ['description', 'risk', 'measure', 'assessment']) {
    if (typeof a[key] !== 'string' || a[key].trim() === '') problems.push(`#${i + 1} ${e.name}: no ${key}`);
  }
});
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`model.yaml matches the taxonomy: ${expected.length} activities, all facts equal, all texts present`);
