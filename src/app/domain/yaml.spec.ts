import { parseYaml, parseYamlDocuments, toYaml, yamlInlineScalar } from './yaml';

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
});

describe('yamlInlineScalar', () => {
  it('writes one line that reads back as a key and inside flow lists', () => {
    const names = [
      'Team A',
      'a, b',
      '[x]',
      '{y}',
      'a:b',
      'line\nbreak',
      'yes',
      '8.10',
      ' lead',
      'end\u2004',
      '\u3000',
      "O'Neil",
      '',
    ];
    for (const name of names) {
      const scalar = yamlInlineScalar(name);
      expect(scalar).not.toContain('\n');
      expect(parseYaml(`${scalar}: [${scalar}, ${scalar}]`, 'x.yaml'))
        .withContext(scalar)
        .toEqual({ ok: true, value: { [name]: [name, name] } });
    }
  });

  it('leaves links and plain names unquoted', () => {
    expect(yamlInlineScalar('https://git.example.com/app/Jenkinsfile')).toBe('https://git.example.com/app/Jenkinsfile');
    expect(yamlInlineScalar('Team A')).toBe('Team A');
    expect(yamlInlineScalar('a, b')).toBe("'a, b'");
  });
});
