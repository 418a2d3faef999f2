import { fileKind, topLevelKeys } from './file-kind';

const kind = (text: string) => {
  const result = fileKind(text, 'f.yaml');
  return result.ok ? result.value : result.problems.map((p) => `${p.line}: ${p.message}`);
};

describe('file kind', () => {
  it('tells the four files apart by their top-level keys', () => {
    expect(kind('# comment\nprogress:\n  u: {}\n')).toBe('progress');
    expect(kind('evidence: {}\n')).toBe('evidence');
    expect(kind('teams: [A]\nteamGroups: {}\n')).toBe('teams');
    expect(kind('teamGroups: {G: []}\n')).toBe('teams');
    expect(kind('# backup\ndsommStudioBackup: 1\nprogressDefinition: []\n--- # teams.yaml\nteams: []\n')).toBe(
      'backup',
    );
  });

  it('reads quoted keys and keys in flow style', () => {
    expect(kind("'progress':\n")).toBe('progress');
    expect(kind('"evidence": {}\n')).toBe('evidence');
    expect(kind('{teams: [A, B]}\n')).toBe('teams');
  });

  it('only looks at the first document for the kind', () => {
    expect(topLevelKeys('a: 1\n---\nprogress:\n').map((k) => k.key)).toEqual(['a']);
    expect(topLevelKeys('---\nprogress:\n').map((k) => [k.key, k.line])).toEqual([['progress', 2]]);
  });

  it('does not take nested keys, list items or comments for top-level keys', () => {
    expect(topLevelKeys('# progress: no\nx:\n  progress: 1\n- progress: 2\n').map((k) => k.key)).toEqual(['x']);
  });

  it('names the line and the key of a file with the wrong top-level key', () => {
    const problems = kind('# my progress\n\nprogres:\n  u: {}\n');
    expect(problems).toEqual([
      jasmine.stringMatching(/^3: The top-level key "progres" is not one of a file the app imports\. .*"progress:"/),
    ]);
  });

  it('points a model file at the custom activity files', () => {
    expect(kind('Build and Deployment:\n  Build: {}\n')).toEqual([jasmine.stringMatching(/Custom activity files/)]);
  });

  it('reports a syntax error before any key with its line', () => {
    expect(kind('[unclosed\n')).toEqual([jasmine.stringMatching(/^\d+: YAML syntax error/)]);
  });

  it('says what a file holds when it is not a map', () => {
    expect(kind('- a\n- b\n')).toEqual([jasmine.stringMatching(/^1: The file holds a list, not a DSOMM file/)]);
    expect(kind('')).toEqual([jasmine.stringMatching(/holds no data/)]);
    expect(kind('just text')).toEqual([jasmine.stringMatching(/holds the value "just text"/)]);
  });
});
