import fc from 'fast-check';
import { awkwardName } from './testing/awkward-names';
import { parseYaml, toYaml } from './yaml';
import { readBlockMaps } from './yaml-block-maps';

/** What js-yaml reads, as the app reads every file. */
const jsYaml = (text: string) => {
  const parsed = parseYaml(text, 'f.yaml');
  return parsed.ok ? parsed.value : parsed.problem;
};

describe('readBlockMaps', () => {
  it('reads a progress file as the app writes it, exactly as js-yaml does', () => {
    const text = [
      '# Progress committed to Git',
      'progress:',
      '  0e4b4b7a-1c2d-4e5f-8a9b-0c1d2e3f4a5b:',
      "    'Team A':",
      '      Started: 2026-01-10',
      '      Partly implemented: 2026-02-11',
      '    B-Team (ops):',
      "      'Not applicable: no servers, it''s all SaaS': 2026-03-01",
      '',
      '  9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a:',
      '    Team C:',
      '',
    ].join('\n');
    const read = readBlockMaps(text);
    expect(read).toEqual({
      progress: {
        '0e4b4b7a-1c2d-4e5f-8a9b-0c1d2e3f4a5b': {
          'Team A': { Started: '2026-01-10', 'Partly implemented': '2026-02-11' },
          'B-Team (ops)': { "Not applicable: no servers, it's all SaaS": '2026-03-01' },
        },
        '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a': { 'Team C': null },
      },
    });
    expect(read).toEqual(jsYaml(text) as Record<string, unknown>);
  });

  it('gives every file of nested maps of awkward names what js-yaml gives, when it reads it at all', () => {
    // Mostly names and dates the fast reader takes, some it must leave to js-yaml.
    const name = fc.oneof(
      { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9 _.,()/+'-]{0,10}$/) },
      { weight: 2, arbitrary: awkwardName },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    );
    const leaf = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('2026-01-10', '2026-02-29') },
      { weight: 4, arbitrary: name },
      { weight: 1, arbitrary: fc.constant(null) },
    );
    const tree = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.dictionary(name, tie('node'), { minKeys: 1, maxKeys: 3 }),
      ),
    })).node;
    const root = fc.dictionary(name, tree, { minKeys: 1, maxKeys: 3 });
    let read = 0;
    fc.assert(
      fc.property(root, (value) => {
        const text = toYaml(value);
        const fast = readBlockMaps(text);
        if (fast === undefined) return;
        read++;
        expect(fast).toEqual(jsYaml(text) as Record<string, unknown>);
      }),
      { numRuns: 400 },
    );
    // Not a vacuous property: plenty of the files are plain enough for the fast reader.
    expect(read).toBeGreaterThan(40);
  });

  it('leaves to js-yaml whatever it does not read the same way, so that errors keep their line', () => {
    const cases = [
      'a: 1', // an integer
      'a: true', // a boolean
      'a: ~', // null
      'true: a', // a key that is not a string
      'a: b\na: c', // a duplicate key
      'a:\n  - b', // a list
      'a: [b]', // a flow list
      'a: "b"', // double quotes
      "a: 'b\n  c'", // a quoted scalar over two lines
      'a: b # note', // a comment after a value
      'a: &x b', // an anchor
      '<<: {a: b}', // a merge key
      '__proto__: a',
      'a:\n\tb: c', // a tab
      'a: b\r\nc: d', // carriage returns
      '  a: b', // an indented root
      'a:\n    b: c\n  d: e', // indentation that does not line up
      'a: b\n  c', // a plain scalar continued on the next line
      '---\na: b', // a document marker
      'a: Équipe', // beyond ASCII
      '- a', // a list at the root
      '', // nothing
      '# only a comment',
    ];
    for (const text of cases) expect(readBlockMaps(text)).withContext(text).toBeUndefined();
  });
});
