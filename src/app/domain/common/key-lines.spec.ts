import { lineOfListItem, lineOfPath } from './key-lines';

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
