import { aliasExpansionProblem, nodeCount } from './alias-expansion';

/** The classic "billion laughs": nine levels of ten aliases, under 1 kB of text. */
function billionLaughs(root: string): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 9; i++)
    lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  lines.push(`${root}:`, '  u1:', '    Team A: *a8');
  return lines.join('\n');
}

describe('alias expansion', () => {
  it('refuses a YAML bomb quickly, saying what it is', () => {
    const text = billionLaughs('progress');
    const started = performance.now();
    const problem = aliasExpansionProblem(text, 'bomb.yaml');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problem?.file).toBe('bomb.yaml');
    expect(problem?.message).toMatch(/YAML bomb/);
  });

  it('lets a file with a few harmless aliases through', () => {
    const text = 'teams: [A, B]\nteamGroups:\n  G: &g [A, B]\n  H: *g\n';
    expect(aliasExpansionProblem(text, 't.yaml')).toBeUndefined();
  });

  it('does not parse files without aliases, nor mistake markdown emphasis for them', () => {
    expect(aliasExpansionProblem('evidence:\n  u:\n    - title: uses *bold* text\n', 'e.yaml')).toBeUndefined();
    expect(aliasExpansionProblem('progress:\n', 'p.yaml')).toBeUndefined();
  });

  it('leaves syntax errors to the file reader', () => {
    expect(aliasExpansionProblem('a: *missing\n', 'x.yaml')).toBeUndefined();
  });

  it('counts shared nodes each time they are reached, stopping at the limit', () => {
    const leaf = ['x', 'y'];
    expect(nodeCount({ a: leaf, b: leaf }, 100)).toBe(1 + 2 * (1 + 1 + 2));
    const wide = Array.from({ length: 1_000_000 }, () => leaf);
    expect(nodeCount(wide, 50)).toBe(51);
  });
});
