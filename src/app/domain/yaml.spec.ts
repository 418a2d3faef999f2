import { lineOfKey, parseYaml, parseYamlDocuments, toYaml } from './yaml';

describe('yaml', () => {
  it('keeps reference ids and dates as their source text', () => {
    const parsed = parseYaml('ids: [8.10, 5.37, 12.1.1]\nwhen: 2026-03-02\nlevel: 2', 'f.yaml');
    expect(parsed).toEqual({ ok: true, value: { ids: ['8.10', '5.37', '12.1.1'], when: '2026-03-02', level: 2 } });
  });

  it('names the file and the line of a syntax error', () => {
    const parsed = parseYaml('a: 1\nb: [\n', 'team-progress.yaml');
    expect(parsed.ok).toBeFalse();
    if (!parsed.ok) {
      expect(parsed.problem.file).toBe('team-progress.yaml');
      expect(parsed.problem.line).toBe(3);
      expect(parsed.problem.message).toContain('YAML syntax error');
    }
  });

  it('reads a header document followed by the model', () => {
    const parsed = parseYamlDocuments('---\nmeta: {version: 1}\n---\nA: {}\n', 'model.yaml');
    expect(parsed).toEqual({ ok: true, value: [{ meta: { version: 1 } }, { A: {} }] });
  });

  it('writes awkward names so that they read back unchanged', () => {
    const value = { [`O'Neil: #1 "x"`]: ['8.10', 'yes', 'ünïcødé', '2026-01-02', ''] };
    const back = parseYaml(toYaml(value), 'x.yaml');
    expect(back).toEqual({ ok: true, value });
  });

  it('finds the line of a key', () => {
    expect(lineOfKey("a:\n  'b c':\n    d: 1\n", 'b c')).toBe(2);
    expect(lineOfKey('a:\n  - d: 1\n', 'd')).toBe(2);
    expect(lineOfKey('a: 1\n', 'zzz')).toBeUndefined();
  });
});
