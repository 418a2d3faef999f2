import fc from 'fast-check';
import { awkwardName } from './testing/awkward-names';
import { parseYaml, toYaml } from './yaml';
import { BlockMapLines } from './yaml-block-maps';

/** What js-yaml reads, as the app reads every file. */
const jsYaml = (text: string) => {
  const parsed = parseYaml(text, 'f.yaml');
  return parsed.ok ? parsed.value : parsed.problem;
};

/**
 * The keys and values BlockMapLines gives, as nested maps: what js-yaml must give for the text, or
 * undefined when the lines are not ones it takes (or nothing but comments, or a key twice).
 */
function readBlockMaps(text: string): Record<string, unknown> | undefined {
  const lines = new BlockMapLines(text);
  const root: Record<string, unknown> = {};
  /** The open maps, the root first. */
  const open = [root];
  /** A key that ended its line: the map of the lines indented under it, or null. */
  let pending: { map: Record<string, unknown>; key: string; depth: number } | undefined;
  let read = false;
  let more = lines.next();
  for (; more; more = lines.next()) {
    read = true;
    const { depth, key, value } = lines;
    if (pending) {
      const child = depth > pending.depth ? {} : null;
      pending.map[pending.key] = child;
      if (child) open.push(child);
      pending = undefined;
    }
    open.length = depth + 1;
    const map = open[depth];
    if (Object.hasOwn(map, key)) return undefined;
    if (value === undefined) pending = { map, key, depth };
    else map[key] = value;
  }
  if (more === undefined || !read) return undefined;
  if (pending) pending.map[pending.key] = null;
  return root;
}

describe('BlockMapLines', () => {
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
      { numRuns: 800 },
    );
    // Not a vacuous property: plenty of the files are plain enough for the fast reader.
    expect(read).toBeGreaterThan(50);
  });

  it('reads comments after keys and values, trailing spaces, CRLF, a byte order mark and letters beyond ASCII as js-yaml does', () => {
    for (const text of [
      'progress:  # Defined build process\n  Team A:\n    Started: 2026-01-10',
      'a: b # note',
      "a: 'b' # note",
      'a:\n  b: c   \n  d:   \n',
      'a: b\r\nc:\r\n  d: e\r\n# end\r\n',
      '\ufeffa: b',
      'Équipe Ä: Équipe 团队',
      'a: b  #  # more',
      '# a comment with a tab\tand é\na: b',
    ]) {
      const fast = readBlockMaps(text);
      expect(fast).withContext(text).toBeDefined();
      expect(fast)
        .withContext(text)
        .toEqual(jsYaml(text) as Record<string, unknown>);
    }
  });

  it('gives what js-yaml gives for files with comments, blank lines, spaces and line ends added anywhere', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9 _.,()/+'-]{0,8}$/);
    const tree = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(word, fc.constant(null), fc.constant('2026-01-10')),
        fc.dictionary(word, tie('node'), { minKeys: 1, maxKeys: 3 }),
      ),
    })).node;
    // What may follow a line: nothing, spaces, a comment (of any text: control characters and line
    // breaks among them, which js-yaml refuses or reads as a new line), or a comment with no space.
    const after = fc.oneof(
      { weight: 12, arbitrary: fc.constant('') },
      { weight: 2, arbitrary: fc.constantFrom(' ', '   ') },
      { weight: 2, arbitrary: fc.string({ maxLength: 6 }).map((c) => ` # ${c}`) },
      { weight: 1, arbitrary: awkwardName.map((c) => `  #${c}`) },
      { weight: 1, arbitrary: fc.constantFrom('#x', '\t# x', ' #\rx: y') },
    );
    const edit = fc.record({
      after,
      lineEnd: fc.oneof(
        { weight: 12, arbitrary: fc.constant('\n') },
        { weight: 6, arbitrary: fc.constant('\r\n') },
        { weight: 1, arbitrary: fc.constant('\r') },
      ),
      before: fc.oneof(
        { weight: 12, arbitrary: fc.constant('') },
        { weight: 2, arbitrary: fc.constantFrom('\n', '  # note\n', '\r\n') },
        { weight: 1, arbitrary: fc.constant('\t\n') },
      ),
    });
    const file = fc.tuple(
      fc.dictionary(word, tree, { minKeys: 1, maxKeys: 3 }),
      fc.array(edit, { maxLength: 30 }),
      fc.boolean(),
    );
    let read = 0;
    fc.assert(
      fc.property(file, ([value, edits, bom]) => {
        const lines = toYaml(value).split('\n');
        const text =
          (bom ? '\ufeff' : '') +
          lines
            .map((line, i) => {
              const e = edits[i];
              return e && line !== '' ? `${e.before}${line}${e.after}${e.lineEnd}` : `${line}\n`;
            })
            .join('');
        const fast = readBlockMaps(text);
        if (fast === undefined) return;
        read++;
        expect(fast)
          .withContext(JSON.stringify(text))
          .toEqual(jsYaml(text) as Record<string, unknown>);
      }),
      { numRuns: 800 },
    );
    expect(read).toBeGreaterThan(50);
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
      'a: b#note', // a plain scalar holding a #
      'a:#note',
      "a: 'b'#note",
      'a: b # \u0001', // a control character, which js-yaml refuses anywhere
      "a: 'b\u0001'",
      'a: b\rc: d', // a lone carriage return, a line break to js-yaml
      "a: 'b\rc'",
      'a: 😀', // beyond the basic plane
      'a: &x b', // an anchor
      '<<: {a: b}', // a merge key
      '__proto__: a',
      'a:\n\tb: c', // a tab
      '  a: b', // an indented root
      'a:\n    b: c\n  d: e', // indentation that does not line up
      'a: b\n  c', // a plain scalar continued on the next line
      '---\na: b', // a document marker
      '- a', // a list at the root
      '', // nothing
      '# only a comment',
    ];
    for (const text of cases) expect(readBlockMaps(text)).withContext(text).toBeUndefined();
  });
});
