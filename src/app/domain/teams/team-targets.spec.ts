import { fromFiles } from '../assessment/empty-assessment';
import { combineAssessments } from '../assessment/combine-assessments';
import { exportTeamsFile } from './export-teams-file';
import { parseTeamsFile } from './parse-teams-file';
import { deleteTeam, renameTeam } from './team-edits';

const TEAMS = { names: ['Team A', 'Team B'], groups: {} };

describe('roadmap targets in teams.yaml', () => {
  it('writes teamTargets after the groups, the all-teams target first, and reads them back', () => {
    const text = exportTeamsFile(TEAMS, { 'Team B': 2, '*': 3 });
    expect(text).toBe(
      ['teams:', '  - Team A', '  - Team B', 'teamGroups: {}', 'teamTargets:', "  '*': 3", '  Team B: 2', ''].join(
        '\n',
      ),
    );
    expect(parseTeamsFile(text, 'teams.yaml')).toEqual({
      ok: true,
      value: { ...TEAMS, targets: { '*': 3, 'Team B': 2 } },
      warnings: [],
    });
  });

  it('writes nothing extra without targets, so the file stays as before', () => {
    expect(exportTeamsFile(TEAMS, {})).toBe(exportTeamsFile(TEAMS));
    const read = parseTeamsFile(exportTeamsFile(TEAMS), 'teams.yaml');
    expect(read.ok && 'targets' in read.value).toBeFalse();
  });

  it('ignores a target that is not a level, with a warning on its line', () => {
    const read = parseTeamsFile('teams: [A]\nteamTargets:\n  A: high\n  B: 0\n  C: 2\n', 'teams.yaml');
    expect(read.ok && read.value.targets).toEqual({ C: 2 });
    expect(read.ok && read.warnings.map((w) => w.line)).toEqual([3, 4]);
  });

  it('moves a target with its team on rename and drops it on delete', () => {
    const assessment = {
      ...fromFiles({ teams: TEAMS.names, groups: {}, stages: [], progress: {}, evidence: [] }),
      targets: { 'Team A': 2, '*': 1 },
    };
    expect(renameTeam(assessment, 'Team A', 'Team Z', 1).targets).toEqual({ 'Team Z': 2, '*': 1 });
    expect(deleteTeam(assessment, 'Team A', 1).targets).toEqual({ '*': 1 });
  });

  it("takes the files' targets until the browser has its own", () => {
    const files = fromFiles({
      teams: TEAMS.names,
      groups: {},
      stages: [],
      progress: {},
      evidence: [],
      targets: { '*': 2 },
    });
    const stored = fromFiles({ teams: TEAMS.names, groups: {}, stages: [], progress: {}, evidence: [] });
    expect(combineAssessments(files, stored).targets).toEqual({ '*': 2 });
    expect(combineAssessments(files, { ...stored, targets: {} }).targets).toEqual({});
  });
});
