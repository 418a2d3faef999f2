import fc from 'fast-check';
import yaml from 'js-yaml';
import { awkwardName } from './testing/awkward-names';
import { parseYaml, toYaml } from './yaml';
import { dsommSchema } from './yaml-schema';
import { BlockMapLines, readPlainYaml } from './yaml-block-maps';

/** What js-yaml reads (itself, not parseYaml, which reads plain files with readPlainYaml): the value, or that it refuses the text. */
const jsYaml = (text: string): unknown => {
  try {
    return yaml.load(text, { schema: dsommSchema() });
  } catch {
    return 'refused by js-yaml';
  }
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

  it('reads comments after keys and values, trailing spaces, CRLF, a byte order mark, letters beyond ASCII and maps in braces as js-yaml does', () => {
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
      // Maps on one line in braces, as the scale bench writes each team's stages.
      'progress:\n  uuid-1:\n    Team 001: {Started: 2026-01-10}\n    Team 002: {Started: 2026-01-10, Done: 2026-02-11}\n',
      "a: { 'b, c': 'd}', e f: g h }  # note",
      'a: {b: c,d: e}',
      'a:\r\n  b: {c: d}\r\n  e: f\r\n',
      'a: {Équipe: 团队}',
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

  it('gives every file with maps written in braces what js-yaml gives, when it reads it at all', () => {
    const name = fc.oneof(
      { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9 _.,()/+'-]{0,10}$/) },
      { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9 ,:{}[\]#'"]{1,6}$/) },
      { weight: 1, arbitrary: awkwardName },
    );
    const leaf = fc.oneof(
      { weight: 8, arbitrary: fc.oneof(fc.constantFrom('2026-01-10', 'Partly implemented'), name) },
      { weight: 1, arbitrary: fc.constantFrom('1', 'true', '', null) },
    );
    // Mostly maps of scalars (what a one-line map holds), now and then an empty or a nested one.
    const tree = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.oneof(
          { weight: 6, arbitrary: fc.dictionary(name, leaf, { minKeys: 1, maxKeys: 3 }) },
          { weight: 1, arbitrary: fc.dictionary(name, tie('node'), { minKeys: 0, maxKeys: 3 }) },
        ),
      ),
    })).node;
    const file = fc.tuple(fc.dictionary(name, tree, { minKeys: 1, maxKeys: 3 }), fc.integer({ min: 1, max: 2 }));
    let read = 0;
    fc.assert(
      fc.property(file, ([value, flowLevel]) => {
        const text = yaml.dump(value, { lineWidth: -1, quotingType: "'", flowLevel });
        const fast = readBlockMaps(text);
        if (fast === undefined) return;
        if (text.includes('{')) read++;
        expect(fast)
          .withContext(text)
          .toEqual(jsYaml(text) as Record<string, unknown>);
      }),
      { numRuns: 1000 },
    );
    // Not vacuous: about one file in ten has a map in braces the reader takes.
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
      'a: {}', // an empty flow map (a key with nothing under it would be null)
      'a: {b: {c: d}}', // a nested flow map
      'a: {b: [c]}',
      'a: {b: c,}', // a trailing comma
      'a: {b: c', // a flow map over more than one line
      'a: {b: c,\n  d: e}',
      'a: {b:c}', // no space after the colon: one key 'b:c'
      "a: {'b':c}",
      'a: {b: c}x',
      'a: {b: c} #\u0001',
      'a: {b: 1}', // an integer
      'a: {b: c, b: d}', // a duplicate key
      'a: {b: c}\n  d: e', // a line under a map that ended on its line
      'a: {b c: d, __proto__: e}',
      'a: {b: "c"}',
    ];
    for (const text of cases) expect(readBlockMaps(text)).withContext(text).toBeUndefined();
  });
});

describe('readPlainYaml', () => {
  /** What readPlainYaml gives: the value, or undefined when it leaves the text to js-yaml. */
  const plain = (text: string): unknown => readPlainYaml(text)?.value;

  it('reads a teams file as the app and yaml.dump write it (lists indented or not), exactly as js-yaml does', () => {
    const texts = [
      [
        '# Sample teams and groups',
        'teams:',
        '  - Team A',
        "  - 'Team B'",
        '  - Équipe C  # a comment',
        'teamGroups:',
        '  Frontend teams:',
        '    - Team A',
        '  Platform:',
        '  - Team B',
        '  - Équipe C',
        '  Empty:',
        'teamTargets:',
        "  'Team A': '3'",
      ].join('\n'),
      'teams:\n- Team A\n- Team B\nteamGroups:\n  G:\n  - Team A\n',
      '- a\n- b\n',
    ];
    for (const text of texts) {
      expect(plain(text)).withContext(text).toBeDefined();
      expect(plain(text)).withContext(text).toEqual(jsYaml(text));
    }
    expect(plain(texts[0])).toEqual({
      teams: ['Team A', 'Team B', 'Équipe C'],
      teamGroups: { 'Frontend teams': ['Team A'], Platform: ['Team B', 'Équipe C'], Empty: null },
      teamTargets: { 'Team A': '3' },
    });
  });

  it('gives every file of nested maps and lists of awkward names what js-yaml gives, when it reads it at all', () => {
    const name = fc.oneof(
      { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9 _.,()/+'-]{0,10}$/) },
      { weight: 2, arbitrary: awkwardName },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    );
    const leaf = fc.oneof(
      { weight: 4, arbitrary: name },
      { weight: 1, arbitrary: fc.constantFrom('2026-01-10', null, 12, true) },
    );
    const tree = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.dictionary(name, tie('node'), { minKeys: 1, maxKeys: 3 }),
        fc.array(fc.oneof({ weight: 5, arbitrary: leaf }, tie('node')), { maxLength: 4 }),
      ),
    })).node;
    const root = fc.oneof(fc.dictionary(name, tree, { minKeys: 1, maxKeys: 3 }), fc.array(leaf, { minLength: 1 }));
    let read = 0;
    let lists = 0;
    fc.assert(
      fc.property(root, fc.boolean(), (value, noArrayIndent) => {
        const text = yaml.dump(value, { lineWidth: -1, noRefs: true, quotingType: "'", noArrayIndent });
        const fast = plain(text);
        if (fast === undefined) return;
        read++;
        if (/^ *- /m.test(text)) lists++;
        expect<unknown>(fast).withContext(text).toEqual(jsYaml(text));
        expect(parseYaml(text, 'f.yaml')).toEqual({ ok: true, value: fast });
      }),
      { numRuns: 800 },
    );
    expect(read).toBeGreaterThan(50);
    expect(lists).toBeGreaterThan(20);
  });

  it('gives what js-yaml gives for lists and maps with comments, blank lines, spaces, line ends and indentation changed anywhere', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9 _.,()/+'-]{0,8}$/);
    const tree = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(word, fc.constant(null)),
        fc.dictionary(word, tie('node'), { minKeys: 1, maxKeys: 3 }),
        fc.array(word, { maxLength: 3 }),
      ),
    })).node;
    const edit = fc.record({
      after: fc.oneof(
        { weight: 12, arbitrary: fc.constant('') },
        { weight: 2, arbitrary: fc.constantFrom(' ', ' # note', '#x') },
      ),
      lineEnd: fc.oneof({ weight: 12, arbitrary: fc.constant('\n') }, fc.constantFrom('\r\n', '\r')),
      // Lines moved left or right, which ends, nests or breaks what they belong to.
      indent: fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, fc.constantFrom(-2, -1, 1, 2)),
      before: fc.oneof({ weight: 12, arbitrary: fc.constant('') }, fc.constantFrom('\n', '  # note\n', '\t\n')),
    });
    const file = fc.tuple(fc.dictionary(word, tree, { minKeys: 1, maxKeys: 3 }), fc.array(edit, { maxLength: 30 }));
    let read = 0;
    fc.assert(
      fc.property(file, fc.boolean(), ([value, edits], noArrayIndent) => {
        const lines = yaml.dump(value, { lineWidth: -1, quotingType: "'", noArrayIndent }).split('\n');
        const text = lines
          .map((line, i) => {
            const e = edits[i];
            if (!e || line === '') return `${line}\n`;
            const moved = e.indent < 0 ? line.slice(-e.indent) : `${' '.repeat(e.indent)}${line}`;
            return `${e.before}${moved}${e.after}${e.lineEnd}`;
          })
          .join('');
        const fast = plain(text);
        if (fast === undefined) return;
        read++;
        expect<unknown>(fast).withContext(JSON.stringify(text)).toEqual(jsYaml(text));
      }),
      { numRuns: 800 },
    );
    // Lines moved left or right leave many files to js-yaml; plenty are still read.
    expect(read).toBeGreaterThan(20);
  });

  it('leaves to js-yaml whatever it does not read the same way, so that errors keep their line', () => {
    const cases = [
      'a:\n  - b: c', // a list of maps
      'a:\n  - - b', // a list of lists
      'a:\n  -', // an empty item
      'a:\n  - # note',
      'a:\n  -b', // a plain scalar starting with a dash
      'a:\n  - 1', // an integer
      'a:\n  - b\n    c', // an item continued on the next line
      'a:\n  - b\n   - c', // items that do not line up
      'a:\n  - b\n  c: d', // a key after a list indented as its items
      'a:\n- b\nc:\n  - d\n- e', // an item after the map has moved on
      'a: b\n- c', // a list after a key with a value
      'a:\n  - b\na:\n  - c', // a duplicate key
      'a: [b, c]', // a flow list
      'a: {b: c}', // a flow map (BlockMapLines reads those for the progress file)
      '  - a', // an indented root
      '--- \n- a', // a document marker
      '', // nothing
      '# only a comment',
    ];
    for (const text of cases) expect(plain(text)).withContext(text).toBeUndefined();
  });
});
