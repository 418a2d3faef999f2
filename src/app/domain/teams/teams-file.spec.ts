import { exportTeamsFile } from './export-teams-file';
import { parseTeamsFile } from './parse-teams-file';

const FILE = 'teams.yaml';

describe('teams.yaml', () => {
  it('reads the served layout', () => {
    const text = [
      '# Sample teams',
      'teams:',
      '  - Team A',
      '  - Team B',
      'teamGroups:',
      '  Frontend teams:',
      '    - Team A',
      '  Platform: [Team B]',
    ].join('\n');
    expect(parseTeamsFile(text, FILE)).toEqual({
      ok: true,
      value: { names: ['Team A', 'Team B'], groups: { 'Frontend teams': ['Team A'], Platform: ['Team B'] } },
      warnings: [],
    });
  });

  it('reads empty files and empty groups', () => {
    expect(parseTeamsFile('', FILE)).toEqual({ ok: true, value: { names: [], groups: {} }, warnings: [] });
    expect(parseTeamsFile('teams:\nteamGroups:\n  G:\n', FILE)).toEqual({
      ok: true,
      value: { names: [], groups: { G: [] } },
      warnings: [],
    });
  });

  it('writes block lists in configured order', () => {
    const text = exportTeamsFile({ names: ['Team B', 'Team A'], groups: { Z: ['Team A'], A: [] } });
    expect(text).toBe(
      ['teams:', '  - Team B', '  - Team A', 'teamGroups:', '  Z:', '    - Team A', '  A: []', ''].join('\n'),
    );
    expect(exportTeamsFile({ names: [], groups: {} })).toBe('teams: []\nteamGroups: {}\n');
  });

  it('warns about repeated names, unknown members and unknown keys, keeping what is meant', () => {
    const text = ['teams: [A, B, A]', 'teamGroups:', '  G: [A, Ghost, A]', 'other: 1'].join('\n');
    const result = parseTeamsFile(text, FILE);
    expect(result.ok && result.value).toEqual({ names: ['A', 'B'], groups: { G: ['A', 'Ghost'] } });
    const warnings = result.ok ? result.warnings : [];
    expect(warnings.map((w) => w.line)).toEqual([4, 1, 3, 3]);
    expect(warnings.every((w) => w.severity === 'warning')).toBeTrue();
  });

  it('rejects wrong shapes and empty names', () => {
    for (const [text, line] of [
      ['- a\n', 1],
      ['teams: A\n', 1],
      ['teams: [A, ~]\n', 1],
      ["teams:\n  - ' '\n", 1],
      ['teams: [A]\nteamGroups: [A]\n', 2],
      ['teams: [A]\nteamGroups:\n  G: A\n', 3],
      ['teams: [A]\nteamGroups:\n  G: [{x: 1}]\n', 3],
    ] as const) {
      const result = parseTeamsFile(text, FILE);
      expect(result.ok).withContext(text).toBeFalse();
      if (!result.ok) {
        expect(result.problems[0].line).withContext(text).toBe(line);
        expect(result.problems[0].severity).toBe('error');
      }
    }
    const syntax = parseTeamsFile('teams: [A\n', FILE);
    expect(!syntax.ok && syntax.problems[0].message).toContain('YAML syntax error');
  });

  it('keeps names exactly, spaces and numbers-as-text included', () => {
    const result = parseTeamsFile("teams: [' A ', 12, 'yes', '8.10']\n", FILE);
    expect(result.ok && result.value.names).toEqual([' A ', '12', 'yes', '8.10']);
  });

  it('reads 20,000 teams: each name once, group members not in the list warned about and kept', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `Team ${i + 1}`);
    const lines = ['teams:', ...names.map((n) => `  - ${n}`), '  - Team 7', 'teamGroups:', '  Half:'];
    lines.push(...names.slice(0, 10_000).map((n) => `    - ${n}`), '    - Team 20001');
    const result = parseTeamsFile(`${lines.join('\n')}\n`, FILE);
    expect(result.ok).toBeTrue();
    if (!result.ok) return;
    expect(result.value.names).toEqual(names);
    expect(result.value.groups['Half'].length).toBe(10_001);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Teams lists "Team 7" twice; it is kept once.',
      'Group "Half" lists "Team 20001", which is not in "teams"; it is kept.',
    ]);
  });
});
