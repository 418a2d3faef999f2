import { parseYaml, parseYamlDocuments } from './yaml';
import { aliasBomb } from './testing/alias-bomb';
import { YAML_LIMITS } from './yaml-limits';

/** Anchors nested `depth` deep, each a list referencing the one before `width` times. */
function listBomb(depth: number, width: number): string {
  const lines = ['a0: &a0 x'];
  for (let i = 1; i < depth; i++)
    lines.push(
      `a${i}: &a${i} [${Array(width)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
    );
  return lines.join('\n') + '\n';
}

function refused(text: string, file = 'custom.yaml') {
  const parsed = parseYaml(text, file);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.problem;
}

describe('YAML limits', () => {
  it('refuses an alias bomb (60 levels of 60 references) at the line where it expands', () => {
    for (const bomb of [listBomb(60, 60), aliasBomb()]) {
      const problem = refused(bomb);
      expect(problem.file).toBe('custom.yaml');
      expect(problem.severity).toBe('error');
      expect(problem.message).toMatch(/YAML bomb/);
      // Level 3 (line 4) is the first to stand for more nodes than the file has characters.
      expect(problem.line).toBe(4);
    }
  });

  it('refuses a bomb in any document of a stream, and documents that add up to one', () => {
    expect(parseYamlDocuments(`--- {a: 1}\n---\n${listBomb(9, 10)}`, 'model.yaml').ok).toBeFalse();
    // ~5,000 nodes in ~400 characters: one such document is let through, five are not.
    const doc = `--- [&a [${'x,'.repeat(49)}x], ${'*a,'.repeat(99)}*a]\n`;
    expect(parseYamlDocuments(doc, 'x.yaml').ok).toBeTrue();
    expect(parseYamlDocuments(doc.repeat(5), 'x.yaml').ok).toBeFalse();
  });

  it('reads a file with a few harmless aliases and merge keys', () => {
    const text = 'base: &b {level: 1, tags: [a, b]}\nA: {<<: *b, level: 2}\nB: *b\nteams: &t [A, B]\ngroups: {G: *t}\n';
    expect(parseYaml(text, 'x.yaml')).toEqual({
      ok: true,
      value: {
        base: { level: 1, tags: ['a', 'b'] },
        A: { level: 2, tags: ['a', 'b'] },
        B: { level: 1, tags: ['a', 'b'] },
        teams: ['A', 'B'],
        groups: { G: ['A', 'B'] },
      },
    });
  });

  it('does not take markdown, URLs or names with & for anchors', () => {
    const text = "d: '*bold* & R&D, see https://x.org/?a=1&b=2'\nlist:\n  - *not* an alias\n";
    expect(parseYaml(text, 'x.yaml').ok).toBeFalse(); // a plain `*not*` is an alias: a syntax error
    expect(parseYaml("d: '*bold* & R&D, https://x.org/?a=1&b=2'\n", 'x.yaml').ok).toBeTrue();
  });

  it('refuses nesting deeper than the limit with its line, and reads the limit itself', () => {
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    expect(parseYaml(nested(YAML_LIMITS.maxDepth), 'x.yaml').ok).toBeTrue();
    const problem = refused(`a: 1\nb: ${nested(100_000)}\n`);
    expect(problem.message).toMatch(/nested more than 64 levels/);
    expect(problem.line).toBe(2);
  });

  it('refuses nesting that only aliases make deep', () => {
    // 40 anchors, each two levels deeper than the one it refers to: 80 levels, few nodes.
    const lines = ['a0: &a0 x'];
    for (let i = 1; i < 40; i++) lines.push(`a${i}: &a${i} [[*a${i - 1}]]`);
    const problem = refused(lines.join('\n'));
    expect(problem.message).toMatch(/nested more than 64 levels/);
    expect(problem.line).toBe(34); // a33, the first over 64 levels
  });

  it('refuses text over the size limit before parsing it', () => {
    const problem = refused(`a: ${'x'.repeat(YAML_LIMITS.maxChars)}\n`, 'big.yaml');
    expect(problem).toEqual({
      file: 'big.yaml',
      message: jasmine.stringMatching(/more than 50\.0 MB of text/),
      severity: 'error',
    });
  });
});
