import { parseYaml } from '../yaml';
import { DEFAULT_STAGES, readMeta } from './meta-file';

const REQUIRED =
  'teamProgressFile: team-progress.yaml\nteamEvidenceFile: team-evidence.yaml\nactivityFiles: [default/model.yaml]\n';

function read(text: string, entry = 'meta.yaml') {
  const parsed = parseYaml(text, entry);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return readMeta(parsed.value, entry);
}

const messages = (text: string) => read(text).issues.map((i) => `${i.severity}: ${i.message}`);

describe('readMeta', () => {
  it('fills every default for a minimal meta.yaml', () => {
    const { meta, issues } = read(REQUIRED);
    expect(issues).toEqual([]);
    expect(meta).toEqual({
      teamProgressFile: 'team-progress.yaml',
      teamEvidenceFile: 'team-evidence.yaml',
      allowChangeTeamNameInBrowser: true,
      stages: DEFAULT_STAGES,
      teams: [],
      teamGroups: {},
      activityFiles: ['default/model.yaml'],
      lang: 'en',
      strings: {
        allTeamsGroupName: 'All teams',
        maturityLevels: ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5'],
        labels: ['Very Low', 'Low', 'Medium', 'High', 'Very High'],
        knowledgeLabels: ['Very Low', 'Low', 'Medium', 'High', 'Very High'],
      },
      maxLevel: 5,
    });
  });

  it('reads a complete meta.yaml', () => {
    const { meta, issues } = read(`teamProgressFile: progress.yaml
teamEvidenceFile: ./evidence/evidence.yaml
allowChangeTeamNameInBrowser: false
progressDefinition:
  Not implemented: {score: 0%}
  Done: {score: 100%, definition: All of it}
teams: [Team A, Team B, 42]
teamGroups:
  Backend: [Team A]
  Empty:
activityFiles:
  - default/model.yaml
  - ./custom/extra.yaml
lang: de
strings:
  de:
    allTeamsGroupName: Alle Teams
    maturityLevels: [Eins, Zwei, Drei]
    labels: [a, b, c, d, e]
    knowledgeLabels: [k1, k2, k3, k4, k5]
`);
    expect(issues).toEqual([]);
    expect(meta.teamEvidenceFile).toBe('evidence/evidence.yaml');
    expect(meta.allowChangeTeamNameInBrowser).toBeFalse();
    expect(meta.stages).toEqual([
      { title: 'Not implemented', score: 0, definition: '' },
      { title: 'Done', score: 1, definition: 'All of it' },
    ]);
    expect(meta.teams).toEqual(['Team A', 'Team B', '42']);
    expect(meta.teamGroups).toEqual({ Backend: ['Team A'], Empty: [] });
    expect(meta.activityFiles).toEqual(['default/model.yaml', 'custom/extra.yaml']);
    expect(meta.lang).toBe('de');
    expect(meta.strings).toEqual({
      allTeamsGroupName: 'Alle Teams',
      maturityLevels: ['Eins', 'Zwei', 'Drei'],
      labels: ['a', 'b', 'c', 'd', 'e'],
      knowledgeLabels: ['k1', 'k2', 'k3', 'k4', 'k5'],
    });
    expect(meta.maxLevel).toBe(3);
  });

  it('resolves file names relative to the folder of meta.yaml', () => {
    const { meta } = read(REQUIRED.replace('default/model.yaml', '../shared/model.yaml'), 'config/meta.yaml');
    expect(meta.teamProgressFile).toBe('config/team-progress.yaml');
    expect(meta.activityFiles).toEqual(['shared/model.yaml']);
  });

  it('requires teamProgressFile, teamEvidenceFile and a non-empty activityFiles', () => {
    expect(messages('lang: en\n')).toEqual([
      'error: teamProgressFile is required (a file name relative to meta.yaml).',
      'error: teamEvidenceFile is required (a file name relative to meta.yaml).',
      'error: activityFiles must list at least one file (the model first).',
    ]);
    expect(messages(REQUIRED.replace('[default/model.yaml]', '[]'))).toEqual([
      'error: activityFiles must list at least one file (the model first).',
    ]);
    expect(messages(REQUIRED.replace('team-progress.yaml', "''"))[0]).toContain('teamProgressFile is required');
  });

  it('does not call a value missing when its $ref failed (that is reported already)', () => {
    const { issues } = readMeta(
      {
        teamProgressFile: undefined,
        teamEvidenceFile: 'e.yaml',
        activityFiles: undefined,
        progressDefinition: undefined,
      },
      'meta.yaml',
    );
    expect(issues).toEqual([]);
  });

  it('accepts a single activity file without a list, and drops a repeated one with a warning', () => {
    expect(read(REQUIRED.replace('[default/model.yaml]', 'default/model.yaml')).meta.activityFiles).toEqual([
      'default/model.yaml',
    ]);
    const { meta, issues } = read(REQUIRED.replace('[default/model.yaml]', '[default/model.yaml, c.yaml, c.yaml]'));
    expect(meta.activityFiles).toEqual(['default/model.yaml', 'c.yaml']);
    expect(issues).toEqual([
      { at: ['activityFiles', 2], message: "The activity file 'c.yaml' is listed twice.", severity: 'warning' },
    ]);
  });

  it('drops a file listed twice under two spellings', () => {
    expect(
      read(REQUIRED.replace('[default/model.yaml]', '[default/model.yaml, ./default/model.yaml]')).meta.activityFiles,
    ).toEqual(['default/model.yaml']);
  });

  it('rejects activityFiles, teams or teamGroups of the wrong shape', () => {
    expect(messages(REQUIRED.replace('[default/model.yaml]', '{a: b}'))).toContain(
      'error: activityFiles must be a list of files.',
    );
    expect(messages(REQUIRED + 'teams: {a: b}\n')).toEqual(['error: teams must be a list of team names.']);
    expect(messages(REQUIRED + 'teamGroups: [a]\n')).toEqual([
      'error: teamGroups must map each group name to a list of teams.',
    ]);
    expect(messages(REQUIRED + 'teams: [A]\nteamGroups: {G: {A: 1}}\n')).toEqual([
      "error: Group 'G' must be a list of teams.",
    ]);
  });

  it('rejects a team that is not a name, and warns about a team listed twice', () => {
    const { meta, issues } = read(REQUIRED + "teams: [A, [B], '', A]\n");
    expect(meta.teams).toEqual(['A']);
    expect(issues).toEqual([
      { at: ['teams', 1], message: 'Each team must be a non-empty text.', severity: 'error' },
      { at: ['teams', 2], message: 'Each team must be a non-empty text.', severity: 'error' },
      { at: ['teams', 3], message: "The team 'A' is listed twice.", severity: 'warning' },
    ]);
  });

  it('leaves group members that are not teams out, with a warning', () => {
    const { meta, issues } = read(REQUIRED + 'teams: [A, B]\nteamGroups:\n  G: [A, Ghost, B, A]\n');
    expect(meta.teamGroups).toEqual({ G: ['A', 'B'] });
    expect(issues).toEqual([
      { at: ['teamGroups', 'G', 3], message: "The team 'A' is listed twice.", severity: 'warning' },
      { at: ['teamGroups', 'G'], message: "Group 'G': 'Ghost' is not in teams; left out.", severity: 'warning' },
    ]);
  });

  it('checks allowChangeTeamNameInBrowser is a boolean (yes is a string in YAML 1.2)', () => {
    const { meta, issues } = read(REQUIRED + 'allowChangeTeamNameInBrowser: yes\n');
    expect(meta.allowChangeTeamNameInBrowser).toBeTrue();
    expect(issues).toEqual([
      {
        at: ['allowChangeTeamNameInBrowser'],
        message: "allowChangeTeamNameInBrowser must be true or false, not 'yes'.",
        severity: 'error',
      },
    ]);
  });

  it('reports progressDefinition problems at their place', () => {
    const { issues } = read(REQUIRED + 'progressDefinition:\n  Open: {score: 0}\n  Half: {score: 50%}\n');
    expect(issues).toEqual([
      {
        at: ['progressDefinition'],
        message: 'progressDefinition needs exactly one stage with score 100% (found 0).',
        severity: 'error',
      },
    ]);
  });

  it('rejects a meta.yaml that is not a map', () => {
    expect(messages('- a\n- b\n')[0]).toBe(
      'error: meta.yaml must be a map of settings (teamProgressFile, activityFiles, ...).',
    );
  });

  describe('strings and levels', () => {
    it('uses the defaults when strings has nothing for lang, with a warning', () => {
      const { meta, issues } = read(REQUIRED + 'lang: fr\nstrings:\n  en: {allTeamsGroupName: Everyone}\n');
      expect(meta.strings.allTeamsGroupName).toBe('All teams');
      expect(issues).toEqual([
        { at: ['strings'], message: "strings has nothing for lang 'fr'; the defaults are used.", severity: 'warning' },
      ]);
    });

    it('fills in what the language leaves out', () => {
      const { meta, issues } = read(REQUIRED + 'strings:\n  en:\n    allTeamsGroupName: Everyone\n');
      expect(issues).toEqual([]);
      expect(meta.strings.allTeamsGroupName).toBe('Everyone');
      expect(meta.strings.maturityLevels.length).toBe(5);
      expect(meta.strings.labels).toEqual(['Very Low', 'Low', 'Medium', 'High', 'Very High']);
    });

    it('needs five rating labels, else warns and uses the defaults', () => {
      const { meta, issues } = read(
        REQUIRED + 'strings:\n  en:\n    labels: [low, high]\n    knowledgeLabels: [1, 2, 3, 4, 5]\n',
      );
      expect(meta.strings.labels).toEqual(['Very Low', 'Low', 'Medium', 'High', 'Very High']);
      expect(meta.strings.knowledgeLabels).toEqual(['1', '2', '3', '4', '5']);
      expect(issues).toEqual([
        {
          at: ['strings', 'en', 'labels'],
          message: 'labels must name the 5 ratings; the defaults are used.',
          severity: 'warning',
        },
      ]);
    });

    it('rejects strings of the wrong shape', () => {
      expect(messages(REQUIRED + 'strings: [en]\n')).toEqual(['error: strings must map a language code to its texts.']);
      expect(messages(REQUIRED + 'strings: {en: hello}\n')).toEqual(['error: strings > en must be a map of texts.']);
      expect(messages(REQUIRED + 'strings: {en: {labels: x}}\n')).toEqual(['error: labels must be a list of texts.']);
      expect(messages(REQUIRED + 'strings: {en: {maturityLevels: [a, {b: c}]}}\n')).toContain(
        'error: maturityLevels must hold texts only.',
      );
      expect(messages(REQUIRED + 'strings: {en: {allTeamsGroupName: [x]}}\n')).toEqual([
        'error: allTeamsGroupName must be text.',
      ]);
      expect(messages(REQUIRED + 'strings: {en: {maturityLevels: []}}\n')).toEqual([
        'error: maturityLevels must name at least one level.',
      ]);
    });

    it('takes maxLevel from meta first, padding or cutting the level names with a warning', () => {
      const padded = read(REQUIRED + 'maxLevel: 4\nstrings: {en: {maturityLevels: [A, B]}}\n');
      expect(padded.meta.maxLevel).toBe(4);
      expect(padded.meta.strings.maturityLevels).toEqual(['A', 'B', 'Level 3', 'Level 4']);
      expect(padded.issues).toEqual([
        {
          at: ['strings', 'en', 'maturityLevels'],
          message: 'maturityLevels names 2 levels but maxLevel is 4.',
          severity: 'warning',
        },
      ]);
      const cut = read(REQUIRED + 'maxLevel: 2\nstrings: {en: {maturityLevels: [A, B, C]}}\n');
      expect(cut.meta.strings.maturityLevels).toEqual(['A', 'B']);
    });

    it('generates level names up to maxLevel when none are given', () => {
      const { meta, issues } = read(REQUIRED + 'maxLevel: 7\n');
      expect(issues).toEqual([]);
      expect(meta.maxLevel).toBe(7);
      expect(meta.strings.maturityLevels).toEqual([
        'Level 1',
        'Level 2',
        'Level 3',
        'Level 4',
        'Level 5',
        'Level 6',
        'Level 7',
      ]);
    });

    it('rejects a maxLevel that is not a whole number of at least 1', () => {
      for (const bad of ['0', '2.5', 'many']) {
        const { meta, issues } = read(REQUIRED + `maxLevel: ${bad}\n`);
        expect(meta.maxLevel).withContext(bad).toBe(5);
        expect(issues)
          .withContext(bad)
          .toEqual([
            {
              at: ['maxLevel'],
              message: `maxLevel must be a whole number of at least 1, not '${bad}'.`,
              severity: 'error',
            },
          ]);
      }
    });
  });
});
