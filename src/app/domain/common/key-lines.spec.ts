import { keyToken, lineOfListItem, lineOfPath } from './key-lines';

describe('key lines', () => {
  const text = [
    'progress:', //                 1
    '  a1:', //                      2
    '    Team A:', //                3
    '      Started: 2026-01-01', //  4
    '  a2:', //                      5
    "    'Team A':", //              6
    '      Started: 2026-01-02', //  7
    '    Team B: {Started: x}', //   8
  ].join('\n');

  it('finds each key below the one before it', () => {
    expect(lineOfPath(text, ['progress', 'a2', 'Team A', 'Started'])).toBe(7);
    expect(lineOfPath(text, ['progress', 'a1', 'Team A', 'Started'])).toBe(4);
  });

  it('falls back to the deepest key found', () => {
    expect(lineOfPath(text, ['progress', 'a2', 'Team B', 'Started'])).toBe(8);
    expect(lineOfPath(text, ['progress', 'nope'])).toBe(1);
    expect(lineOfPath(text, ['nope'])).toBeUndefined();
    expect(lineOfPath(text, [])).toBeUndefined();
  });

  it('skips list positions, which have no key', () => {
    expect(lineOfPath(text, ['progress', 'a2', 0, 'Team A', 1, 'Started'])).toBe(7);
  });

  it('can start below a given line', () => {
    expect(lineOfPath(text, ['Started'], 5)).toBe(7);
  });

  it('finds keys plain, quoted, in list items, and below a given line', () => {
    expect(lineOfPath("a:\n  'b c':\n    d: 1\n", ['b c'])).toBe(2);
    expect(lineOfPath('a:\n  "x \\"y\\"": 1\n', ['x "y"'])).toBe(2);
    expect(lineOfPath("a:\n  'O''Neil': 1\n", ["O'Neil"])).toBe(2);
    expect(lineOfPath('a:\n  - d: 1\n', ['d'])).toBe(2);
    expect(lineOfPath('a: 1\n', ['zzz'])).toBeUndefined();
    expect(lineOfPath('d: 1\na:\n  d: 2\n', ['d'], 1)).toBe(3);
  });

  it('reads a key as YAML does: a colon inside a plain key is part of it', () => {
    expect(['http://x: 1', 'a:', 'a:b', "'it''s': x", '"q": 1', '- k: v', '# c: d', 'text'].map(keyToken)).toEqual([
      'http://x',
      'a',
      undefined,
      "'it''s'",
      '"q"',
      'k',
      undefined,
      undefined,
    ]);
  });

  it('places every one of 100,000 activities, each below its sub-dimension', () => {
    const lines = ['D:', '  S:'];
    for (let i = 0; i < 100_000; i++) lines.push(`    a${i}: {level: 1}`);
    lines.push('  T:', '    a5: {}');
    const big = lines.join('\n');
    const found = Array.from({ length: 100_000 }, (_, i) => lineOfPath(big, ['D', 'S', `a${i}`]));
    expect(found.every((line, i) => line === i + 3)).toBeTrue();
    expect(lineOfPath(big, ['D', 'T', 'a5'])).toBe(100_004);
  });

  it('finds the nth item of a block list', () => {
    const list = [
      'evidence:',
      '  a:',
      '    # a comment',
      '    - id: 1',
      '      title: x',
      '',
      '    - id: 2',
      '    -',
      '  b:',
      '    - id: 3',
    ].join('\n');
    expect(lineOfListItem(list, 2, 0)).toBe(4);
    expect(lineOfListItem(list, 2, 1)).toBe(7);
    expect(lineOfListItem(list, 2, 2)).toBe(8);
    expect(lineOfListItem(list, 2, 3)).toBeUndefined();
    expect(lineOfListItem(list, 9, 0)).toBe(10);
    expect(lineOfListItem('a: [1, 2]\n', 1, 0)).toBeUndefined();
    expect(lineOfListItem('a:\n  b: 1\n', 1, 0)).toBeUndefined();
  });
});
