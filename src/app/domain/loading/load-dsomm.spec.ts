import { LoadedData, Problem, Result } from '../types';
import { aliasBomb } from '../testing/alias-bomb';
import { SourceFiles, loadDsomm, missingFiles, parseStages } from './load-dsomm';
import { ParsedFiles } from './parsed-files';

const META = `teamProgressFile: team-progress.yaml
teamEvidenceFile: team-evidence.yaml
progressDefinition:
  Not implemented: {score: 0%, definition: Not started}
  Started: {score: 20%}
  Fully implemented: {score: 100%}
teams: {$ref: 'default/teams.yaml#/teams'}
teamGroups: {$ref: 'default/teams.yaml#/teamGroups'}
activityFiles:
  - default/model.yaml
`;

const TEAMS = `teams: [Team A, Team B]
teamGroups:
  Backend: [Team A]
`;

const MODEL = `---
meta:
  version: 4.3.1
  released: "2026-05-19"
  publisher: https://example.org/dsomm-data
  dimensions:
    Build and Deployment:
      description: From source to production.
      subDimensions:
        Build: Making artifacts.
---
Build and Deployment:
  Build:
    Defined build process:
      uuid: f6f7737f-25a9-4317-8de2-09bf59f29b5b
      level: 1
      description: Builds are scripted.
      difficultyOfImplementation: {knowledge: 2, time: 3, resources: 2}
      usefulness: 4
      references:
        iso27001-2022: [5.37, 8.10]
      tags: [none]
    Pinning of artifacts:
      uuid: f3c4971e-9f4d-4e59-8ed0-f0bdb6262477
      level: 2
      dependsOn: [Defined build process]
  Deployment:
    Defined deployment process:
      uuid: 74938a3f-1269-49b9-9d0f-c43a79a1985a
      level: 1
      dependsOn: [f6f7737f-25a9-4317-8de2-09bf59f29b5b]
Culture and Organization:
  Design:
    Conduction of simple threat modeling:
      uuid: 47419324-e263-415b-815d-e7161b6b905e
      level: 1
`;

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const PINNING = 'f3c4971e-9f4d-4e59-8ed0-f0bdb6262477';
const DEPLOY = '74938a3f-1269-49b9-9d0f-c43a79a1985a';
const THREAT = '47419324-e263-415b-815d-e7161b6b905e';

const FILES: SourceFiles = {
  'meta.yaml': META,
  'default/teams.yaml': TEAMS,
  'default/model.yaml': MODEL,
};

/** meta.yaml listing the model and then `custom`. */
const withOverlays = (...custom: string[]): SourceFiles => ({
  ...FILES,
  'meta.yaml': META + custom.map((_, i) => `  - custom/c${i + 1}.yaml\n`).join(''),
  ...Object.fromEntries(custom.map((text, i) => [`custom/c${i + 1}.yaml`, text])),
});

function loaded(result: Result<LoadedData>): LoadedData {
  if (!result.ok) throw new Error(`expected a load, got ${JSON.stringify(result.problems, null, 2)}`);
  return result.value;
}

const problemsOf = (result: Result<LoadedData>): readonly Problem[] => (result.ok ? result.warnings : result.problems);

/** `dimension > sub-dimension: names` in display order. */
const layout = (data: LoadedData) =>
  data.model.dimensions.flatMap((d) =>
    d.subDimensions.map((s) => `${d.name} > ${s.name}: ${s.activities.map((a) => a.name).join(', ')}`),
  );

describe('loadDsomm', () => {
  it('loads meta (with $refs), teams and a two-document model', () => {
    const result = loadDsomm(FILES);
    const data = loaded(result);
    expect(result.ok && result.warnings).toEqual([]);
    expect(data.files).toEqual(['default/model.yaml']);
    expect(data.metaText).toBe(FILES['meta.yaml']);
    expect(data.meta.teams).toEqual(['Team A', 'Team B']);
    expect(data.meta.teamGroups).toEqual({ Backend: ['Team A'] });
    expect(data.meta.stages.map((s) => [s.title, s.score])).toEqual([
      ['Not implemented', 0],
      ['Started', 0.2],
      ['Fully implemented', 1],
    ]);
    expect(data.meta.teamProgressFile).toBe('team-progress.yaml');
    expect(data.model.header).toEqual({
      version: '4.3.1',
      released: '2026-05-19',
      publisher: 'https://example.org/dsomm-data',
    });
    expect(layout(data)).toEqual([
      'Build and Deployment > Build: Defined build process, Pinning of artifacts',
      'Build and Deployment > Deployment: Defined deployment process',
      'Culture and Organization > Design: Conduction of simple threat modeling',
    ]);
    expect(data.model.activities.map((a) => a.uuid)).toEqual([BUILD, PINNING, DEPLOY, THREAT]);
    expect(data.model.dimensions[0].description).toBe('From source to production.');
    expect(data.model.dimensions[0].subDimensions.map((s) => s.description)).toEqual(['Making artifacts.', '']);
    expect(data.model.dimensions[1].description).toBe('');
  });

  it('produces complete activities: texts default to empty, 8.10 stays 8.10, none is no tag', () => {
    const data = loaded(loadDsomm(FILES));
    expect(data.model.byUuid.get(BUILD)).toEqual({
      uuid: BUILD,
      name: 'Defined build process',
      dimension: 'Build and Deployment',
      subDimension: 'Build',
      level: 1,
      description: 'Builds are scripted.',
      risk: '',
      measure: '',
      assessment: '',
      implementationGuide: '',
      difficulty: { knowledge: 2, time: 3, resources: 2 },
      usefulness: 4,
      implementation: [],
      references: { samm2: [], iso27001_2017: [], iso27001_2022: ['5.37', '8.10'], openCRE: [], d3f: [] },
      dependsOn: [],
      tags: [],
      comments: '',
      credits: '',
    });
    const pinning = data.model.byUuid.get(PINNING);
    expect(pinning?.dependsOn).toEqual([BUILD]);
    expect(pinning?.difficulty).toBeUndefined();
    expect(pinning?.usefulness).toBeUndefined();
  });

  it('loads a model of a single document, without a header', () => {
    const single = MODEL.slice(MODEL.indexOf('---\nBuild') + 4);
    const data = loaded(loadDsomm({ ...FILES, 'default/model.yaml': single }));
    expect(data.model.header).toEqual({});
    expect(data.model.activities.length).toBe(4);
    expect(data.model.dimensions[0].description).toBe('');
  });

  it('returns frozen data', () => {
    const data = loaded(loadDsomm(FILES));
    expect(Object.isFrozen(data)).toBeTrue();
    expect(Object.isFrozen(data.meta.teams)).toBeTrue();
    expect(Object.isFrozen(data.model.activities[0].references.iso27001_2022)).toBeTrue();
    expect(Object.isFrozen(data.model.byUuid.get(BUILD))).toBeTrue();
  });

  it('reports a missing meta.yaml, and a missing custom entry', () => {
    expect(loadDsomm({})).toEqual({
      ok: false,
      problems: [
        {
          file: 'meta.yaml',
          message: 'meta.yaml is missing.',
          severity: 'error',
          code: 'file-missing',
          missingFile: 'meta.yaml',
        },
      ],
    });
    expect(problemsOf(loadDsomm(FILES, { entry: 'config/meta.yaml' }))[0].file).toBe('config/meta.yaml');
  });

  it('reports a syntax error in meta.yaml with its line, and nothing else', () => {
    const result = loadDsomm({ ...FILES, 'meta.yaml': 'teams: [\n' });
    expect(result.ok).toBeFalse();
    expect(problemsOf(result)).toEqual([jasmine.objectContaining({ file: 'meta.yaml', line: 2, severity: 'error' })]);
  });

  it('reports a missing activity file, naming it', () => {
    const result = loadDsomm(withOverlays('A: {}'), {});
    expect(result.ok).toBeTrue();
    const files = { ...withOverlays('A: {}') } as Record<string, string>;
    delete files['custom/c1.yaml'];
    delete files['default/model.yaml'];
    expect(problemsOf(loadDsomm(files))).toEqual([
      {
        file: 'meta.yaml',
        line: 9,
        path: 'activityFiles',
        message: 'The activity file default/model.yaml is missing.',
        severity: 'error',
        code: 'file-missing',
        missingFile: 'default/model.yaml',
      },
      {
        file: 'meta.yaml',
        line: 9,
        path: 'activityFiles',
        message: 'The activity file custom/c1.yaml is missing.',
        severity: 'error',
        code: 'file-missing',
        missingFile: 'custom/c1.yaml',
      },
    ]);
  });

  it('reports a missing $ref target file and pointer, naming file and pointer', () => {
    const noTeams = { ...FILES } as Record<string, string>;
    delete noTeams['default/teams.yaml'];
    expect(problemsOf(loadDsomm(noTeams)).map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      "meta.yaml:7 $ref 'default/teams.yaml#/teams': the file default/teams.yaml is missing.",
      "meta.yaml:8 $ref 'default/teams.yaml#/teamGroups': the file default/teams.yaml is missing.",
    ]);
    const noGroups = loadDsomm({ ...FILES, 'default/teams.yaml': 'teams: [A]\n' });
    expect(problemsOf(noGroups).map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      "meta.yaml:8 $ref 'default/teams.yaml#/teamGroups': default/teams.yaml has nothing at '/teamGroups'.",
    ]);
  });

  it('reports a problem in a $ref target in that file', () => {
    const result = loadDsomm({
      ...FILES,
      'default/teams.yaml': 'teams: [Team A]\nteamGroups:\n  Backend: [Team A, Team Z]\n',
    });
    expect(loaded(result).meta.teamGroups).toEqual({ Backend: ['Team A'] });
    expect(problemsOf(result)).toEqual([
      {
        file: 'default/teams.yaml',
        line: 3,
        path: 'teamGroups > Backend',
        message: "Group 'Backend': 'Team Z' is not in teams; left out.",
        severity: 'warning',
      },
    ]);
  });

  it('reads meta.yaml from another entry, with files relative to it', () => {
    const files = {
      'config/meta.yaml': META.replace('default/model.yaml', '../default/model.yaml').replace(
        /default\/teams/g,
        '../default/teams',
      ),
      'default/teams.yaml': TEAMS,
      'default/model.yaml': MODEL,
    };
    const data = loaded(loadDsomm(files, { entry: 'config/meta.yaml' }));
    expect(data.files).toEqual(['default/model.yaml']);
    expect(data.meta.teamProgressFile).toBe('config/team-progress.yaml');
    expect(data.meta.teams).toEqual(['Team A', 'Team B']);
  });

  it('uses meta maxLevel for the level check', () => {
    const high = MODEL.replace('level: 2', 'level: 6');
    expect(problemsOf(loadDsomm({ ...FILES, 'default/model.yaml': high }))[0].message).toContain(
      'level 6 is outside 1 to 5',
    );
    const data = loaded(loadDsomm({ ...FILES, 'default/model.yaml': high, 'meta.yaml': META + 'maxLevel: 6\n' }));
    expect(data.meta.maxLevel).toBe(6);
    expect(data.model.byUuid.get(PINNING)?.level).toBe(6);
  });

  it('rejects a model file that holds no activities', () => {
    expect(problemsOf(loadDsomm({ ...FILES, 'default/model.yaml': '# empty\n' }))).toEqual([
      { file: 'default/model.yaml', message: 'default/model.yaml holds no activities.', severity: 'error' },
    ]);
  });

  it('does not apply overlays when the model could not be read', () => {
    const result = loadDsomm({ ...withOverlays('X:\n  Y:\n    Z: {level: 1}\n'), 'default/model.yaml': 'A: [\n' });
    expect(problemsOf(result).map((p) => p.file)).toEqual(['default/model.yaml']);
  });

  it('passes warnings along with a successful load', () => {
    const result = loadDsomm({ ...FILES, 'default/model.yaml': MODEL.replace('usefulness: 4', 'usefulness: 7') });
    expect(result.ok).toBeTrue();
    expect(problemsOf(result)).toEqual([
      jasmine.objectContaining({
        file: 'default/model.yaml',
        line: 19,
        severity: 'warning',
        path: 'Build and Deployment > Build > Defined build process > usefulness',
      }),
    ]);
    expect(loaded(result).model.byUuid.get(BUILD)?.usefulness).toBeUndefined();
  });

  it('collects the problems of every file together, each naming its file', () => {
    const result = loadDsomm({
      ...withOverlays('A:\n  B:\n    New one: {level: 1}\n', 'X: [\n'),
      'meta.yaml':
        META.replace('teamEvidenceFile: team-evidence.yaml\n', '') + '  - custom/c1.yaml\n  - custom/c2.yaml\n',
      'default/model.yaml': MODEL.replace('level: 2', 'level: 0'),
    });
    expect(result.ok).toBeFalse();
    expect(problemsOf(result).map((p) => [p.file, p.severity])).toEqual([
      ['meta.yaml', 'error'],
      ['custom/c2.yaml', 'error'],
      ['custom/c1.yaml', 'error'],
      ['default/model.yaml', 'error'],
    ]);
  });

  describe('overlays', () => {
    it('overrides only the fields given, keeping the rest', () => {
      const data = loaded(
        loadDsomm(
          withOverlays(`Build and Deployment:
  Build:
    Defined build process:
      uuid: ${BUILD}
      risk: Unrepeatable builds.
      difficultyOfImplementation: {time: 1}
      references: {samm2: [I-SB-A-1]}
`),
        ),
      );
      const build = data.model.byUuid.get(BUILD);
      expect(build?.description).toBe('Builds are scripted.');
      expect(build?.risk).toBe('Unrepeatable builds.');
      expect(build?.difficulty).toEqual({ knowledge: 2, time: 1, resources: 2 });
      expect(build?.references.iso27001_2022).toEqual(['5.37', '8.10']);
      expect(build?.references.samm2).toEqual(['I-SB-A-1']);
      expect(data.files).toEqual(['default/model.yaml', 'custom/c1.yaml']);
    });

    it('gives an activity its own review interval, and names file and line of one that is not a duration', () => {
      const result = loadDsomm(
        withOverlays(`Culture and Organization:
  Design:
    Conduction of simple threat modeling:
      uuid: ${THREAT}
      reviewInterval: 3 months
Build and Deployment:
  Build:
    Defined build process:
      uuid: ${BUILD}
      reviewInterval: quarterly
`),
      );
      const data = loaded(result);
      expect(data.model.byUuid.get(THREAT)?.reviewInterval).toEqual({ months: 3, days: 0 });
      expect(data.model.byUuid.get(BUILD)?.reviewInterval).toBeUndefined();
      expect(data.model.byUuid.get(DEPLOY)?.reviewInterval).toBeUndefined();
      expect(problemsOf(result)).toEqual([
        jasmine.objectContaining({
          file: 'custom/c1.yaml',
          line: 10,
          severity: 'warning',
          message:
            "reviewInterval must be a duration such as 3 months, 1 year, 6 weeks or P3M (at most 10 years), not 'quarterly'; the interval of the settings applies.",
        }),
      ]);
    });

    it('moves and renames an activity, and dependsOn links keep pointing at it', () => {
      const data = loaded(
        loadDsomm(withOverlays(`Culture and Organization:\n  Design:\n    Scripted builds:\n      uuid: ${BUILD}\n`)),
      );
      expect(layout(data)).toEqual([
        'Build and Deployment > Build: Pinning of artifacts',
        'Build and Deployment > Deployment: Defined deployment process',
        'Culture and Organization > Design: Conduction of simple threat modeling, Scripted builds',
      ]);
      expect(data.model.byUuid.get(PINNING)?.dependsOn).toEqual([BUILD]);
      expect(data.model.byUuid.get(DEPLOY)?.dependsOn).toEqual([BUILD]);
      expect(data.model.byUuid.get(BUILD)).toEqual(
        jasmine.objectContaining({
          name: 'Scripted builds',
          dimension: 'Culture and Organization',
          subDimension: 'Design',
          level: 1,
        }),
      );
    });

    it('removes an activity, a sub-dimension and a dimension with ignore: true', () => {
      const activity = loaded(
        loadDsomm(withOverlays(`X:\n  Y:\n    Any:\n      uuid: ${PINNING}\n      ignore: true\n`)),
      );
      expect(activity.model.byUuid.has(PINNING)).toBeFalse();
      expect(layout(activity)[0]).toBe('Build and Deployment > Build: Defined build process');

      const sub = loaded(loadDsomm(withOverlays('Build and Deployment:\n  Build:\n    ignore: true\n')));
      expect(layout(sub)).toEqual([
        'Build and Deployment > Deployment: Defined deployment process',
        'Culture and Organization > Design: Conduction of simple threat modeling',
      ]);
      // Deployment depended on the removed build activity: the link goes, no error.
      expect(sub.model.byUuid.get(DEPLOY)?.dependsOn).toEqual([]);

      const dimension = loaded(loadDsomm(withOverlays('Build and Deployment:\n  ignore: true\n')));
      expect(layout(dimension)).toEqual(['Culture and Organization > Design: Conduction of simple threat modeling']);
      expect(dimension.model.activities.length).toBe(1);
    });

    it('adds a new dimension and sub-dimension after the others, with descriptions', () => {
      const data = loaded(
        loadDsomm(
          withOverlays(`---
meta:
  dimensions:
    Governance:
      description: Running the programme.
      subDimensions:
        Policy: Written rules.
---
Governance:
  Policy:
    Security policy exists:
      uuid: 0d7e4d1c-0000-4000-8000-000000000001
      level: 1
      dependsOn: [Conduction of simple threat modeling]
`),
        ),
      );
      expect(layout(data)[3]).toBe('Governance > Policy: Security policy exists');
      expect(data.model.dimensions[2]).toEqual(
        jasmine.objectContaining({ name: 'Governance', description: 'Running the programme.' }),
      );
      expect(data.model.dimensions[2].subDimensions[0].description).toBe('Written rules.');
      expect(data.model.activities[4].dependsOn).toEqual([THREAT]);
    });

    it('drops a sub-dimension or dimension that an overlay empties', () => {
      const data = loaded(
        loadDsomm(withOverlays(`Build and Deployment:\n  Build:\n    Moved:\n      uuid: ${THREAT}\n`)),
      );
      expect(data.model.dimensions.map((d) => d.name)).toEqual(['Build and Deployment']);
    });

    it('applies extra overlays from the browser after the files of meta.yaml, naming them in problems', () => {
      const fromMeta = `Build and Deployment:\n  Build:\n    Defined build process: {uuid: ${BUILD}, description: from meta}\n`;
      const fromUser = `Build and Deployment:\n  Build:\n    Defined build process: {uuid: ${BUILD}, description: from user}\n`;
      const data = loaded(loadDsomm(withOverlays(fromMeta), { extra: [{ name: 'my-overlay.yaml', text: fromUser }] }));
      expect(data.model.byUuid.get(BUILD)?.description).toBe('from user');
      expect(data.files).toEqual(['default/model.yaml', 'custom/c1.yaml', 'my-overlay.yaml']);

      const broken = loadDsomm(FILES, { extra: [{ name: 'my-overlay.yaml', text: 'A:\n  B:\n    C: {level: 1}\n' }] });
      expect(problemsOf(broken)).toEqual([
        jasmine.objectContaining({ file: 'my-overlay.yaml', line: 3, path: 'A > B > C', severity: 'error' }),
      ]);
    });

    it('refuses an overlay that is an alias bomb with its file and line, instead of overflowing the stack', () => {
      const result = loadDsomm(FILES, { extra: [{ name: 'bomb.yaml', text: aliasBomb() }] });
      expect(problemsOf(result)).toEqual([
        { file: 'bomb.yaml', line: 4, message: jasmine.stringMatching(/YAML bomb/), severity: 'error' },
      ]);
    });

    it('refuses an activity file of more than 10,000 activities without reading them', () => {
      const text = `D:\n  S:\n${Array.from({ length: 10_001 }, (_, i) => `    a${i}: {level: 1}\n`).join('')}`;
      expect(problemsOf(loadDsomm(FILES, { extra: [{ name: 'huge.yaml', text }] }))).toEqual([
        {
          file: 'huge.yaml',
          message: jasmine.stringMatching(/holds 10,001 activities; an activity file may hold at most 10,000/),
          severity: 'error',
        },
      ]);
    });

    it('lists the first 200 problems of a file and counts the rest', () => {
      // 2,000 activities with 21 problems each: a level, 19 tags that are not text, no uuid.
      const tags = Array(19).fill('[]').join(', ');
      const text = `D:\n  S:\n${Array.from({ length: 2_000 }, (_, i) => `    a${i}: {level: x, tags: [${tags}]}\n`).join('')}`;
      const problems = problemsOf(loadDsomm(FILES, { extra: [{ name: 'wrong.yaml', text }] }));
      expect(problems.length).toBe(201);
      expect(problems[0]).toEqual(
        jasmine.objectContaining({ line: 3, message: "level must be a whole number, not 'x'." }),
      );
      expect(problems[200]).toEqual({
        file: 'wrong.yaml',
        message: '…and 41,800 more problems in this file, not listed.',
        severity: 'error',
        omitted: 41_800,
      });
    });

    it('reports the errors of an overlay together: duplicate uuid, name clash, unknown dependsOn, level', () => {
      const result = loadDsomm(
        withOverlays(`X:
  Y:
    One: {uuid: n-1, level: 1}
    Two: {uuid: n-1, level: 1}
    Pinning of artifacts: {uuid: n-2, level: 1}
    Three: {uuid: n-3, level: 8, dependsOn: [nowhere]}
`),
      );
      expect(problemsOf(result).map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
        'custom/c1.yaml:4 The uuid n-1 is used twice in this file (also by X > Y > One).',
        "custom/c1.yaml:5 The name 'Pinning of artifacts' has two uuids: " +
          `${PINNING} (Build and Deployment > Build > Pinning of artifacts in default/model.yaml) and n-2.`,
        "custom/c1.yaml:6 'Three': level 8 is outside 1 to 5.",
        "custom/c1.yaml:6 'Three' depends on 'nowhere', which is not an activity of the model.",
      ]);
    });
  });
});

describe('loadDsomm with the files parsed while fetching (ParsedFiles)', () => {
  it('gives what loading alone gives, problems included', () => {
    const broken = [
      FILES,
      { ...FILES, 'meta.yaml': 'teams: [A\n' },
      { ...FILES, 'default/teams.yaml': 'teams: [Team A\n' },
    ];
    for (const files of broken) {
      const yaml = new ParsedFiles();
      missingFiles(files, undefined, yaml);
      expect(loadDsomm(files, { yaml })).toEqual(loadDsomm(files));
    }
  });

  it('reads a file again when its text changed (another file mounted over it between two reads)', () => {
    const yaml = new ParsedFiles();
    const before = loadDsomm(FILES, { yaml });
    const mounted = { ...FILES, 'default/teams.yaml': 'teams: [Team C]\nteamGroups:\n  Backend: [Team C]\n' };
    const after = loadDsomm(mounted, { yaml });
    expect(after).toEqual(loadDsomm(mounted));
    expect(after.ok && after.value.meta.teams).toEqual(['Team C']);
    expect(before.ok && before.value.meta.teams).toEqual(['Team A', 'Team B']);
  });
});

describe('files outside the YAML folder', () => {
  const HOSTILE_META = `teamProgressFile: '\\\\evil.example\\p.yaml'
teamEvidenceFile: https:/evil.example/e.yaml
teams: {$ref: '//evil.example/teams.yaml#/teams'}
teamGroups: {$ref: 'default/teams.yaml#/teamGroups'}
activityFiles:
  - default/model.yaml
  - https://evil.example/extra.yaml
  - ../outside.yaml
`;
  const files = { ...FILES, 'meta.yaml': HOSTILE_META };

  it('are never asked for', () => {
    expect(missingFiles({ 'meta.yaml': HOSTILE_META })).toEqual(['default/teams.yaml', 'default/model.yaml']);
  });

  it('are refused with the file, line and path in meta.yaml', () => {
    expect(loadDsomm(files).ok).toBeFalse();
    const problems = problemsOf(loadDsomm(files)).filter((p) => p.severity === 'error');
    const at = problems.map((p) => [p.file, p.line, p.path, p.message.split(' is not read: ')[0]]);
    expect(at).toEqual([
      ['meta.yaml', 3, 'teams', "$ref '//evil.example/teams.yaml#/teams'"],
      ['meta.yaml', 1, 'teamProgressFile', "teamProgressFile '\\\\evil.example\\p.yaml'"],
      ['meta.yaml', 2, 'teamEvidenceFile', "teamEvidenceFile 'https:/evil.example/e.yaml'"],
      ['meta.yaml', 5, 'activityFiles > item 2', "The activity file 'https://evil.example/extra.yaml'"],
      ['meta.yaml', 5, 'activityFiles > item 3', "The activity file '../outside.yaml'"],
    ]);
    expect(problems[1].message).toContain('it contains a backslash');
    expect(problems[2].message).toContain('it is an address (URL)');
  });

  it('are refused in a file that meta.yaml refs, too', () => {
    const refsOut = { ...FILES, 'default/teams.yaml': "teams: {$ref: '../../secrets.yaml#/teams'}\nteamGroups: {}\n" };
    expect(missingFiles(refsOut)).toEqual([]);
    const problems = problemsOf(loadDsomm(refsOut));
    expect(problems[0]).toEqual(jasmine.objectContaining({ file: 'default/teams.yaml', line: 1, severity: 'error' }));
    expect(problems[0].message).toContain("$ref '../../secrets.yaml#/teams' is not read: it leads out of the folder");
  });
});

describe('missingFiles', () => {
  it('asks for meta.yaml (or the entry) first', () => {
    expect(missingFiles({})).toEqual(['meta.yaml']);
    expect(missingFiles({}, 'config/meta.yaml')).toEqual(['config/meta.yaml']);
    expect(missingFiles({}, './meta.yaml')).toEqual(['meta.yaml']);
  });

  it('lists $ref targets and activity files not loaded yet, and nothing once all are there', () => {
    expect(missingFiles({ 'meta.yaml': META })).toEqual(['default/teams.yaml', 'default/model.yaml']);
    expect(missingFiles({ 'meta.yaml': META, 'default/teams.yaml': TEAMS })).toEqual(['default/model.yaml']);
    expect(missingFiles(FILES)).toEqual([]);
  });

  it('iterates to completion through refs in referenced files, with relative paths', () => {
    const server: Record<string, string> = {
      'meta.yaml': `teamProgressFile: p.yaml
teamEvidenceFile: e.yaml
teams: {$ref: 'default/teams.yaml#/teams'}
activityFiles: {$ref: 'config/files.yaml#/files'}
`,
      'default/teams.yaml': "teams: {$ref: '../shared/people.yaml#/teams'}\n",
      'shared/people.yaml': 'teams: [A, B]\n',
      'config/files.yaml': 'files: [default/model.yaml, custom/extra.yaml]\n',
      'default/model.yaml': MODEL,
      'custom/extra.yaml': '',
    };
    const files: Record<string, string> = {};
    const rounds: string[][] = [];
    for (let missing = missingFiles(files); missing.length > 0; missing = missingFiles(files)) {
      rounds.push(missing);
      for (const path of missing) files[path] = server[path];
      if (rounds.length > 10) fail('does not converge');
    }
    expect(rounds).toEqual([
      ['meta.yaml'],
      ['default/teams.yaml', 'config/files.yaml'],
      ['shared/people.yaml', 'default/model.yaml', 'custom/extra.yaml'],
    ]);
    const data = loaded(loadDsomm(files));
    expect(data.meta.teams).toEqual(['A', 'B']);
    expect(data.files).toEqual(['default/model.yaml', 'custom/extra.yaml']);
  });

  it('lists each file once, however often it is referenced', () => {
    const meta = "teams: {$ref: 't.yaml#/a'}\ngroups: {$ref: 't.yaml#/b'}\nactivityFiles: [m.yaml, ./m.yaml, t.yaml]\n";
    expect(missingFiles({ 'meta.yaml': meta })).toEqual(['t.yaml', 'm.yaml']);
  });

  it('gets nothing from an unparsable file (loadDsomm reports it)', () => {
    expect(missingFiles({ 'meta.yaml': 'a: [\n' })).toEqual([]);
    const meta = "teams: {$ref: 't.yaml#/teams'}\nactivityFiles: [m.yaml]\n";
    expect(missingFiles({ 'meta.yaml': meta, 't.yaml': "teams: {$ref: 'u.yaml#/x'\n" })).toEqual(['m.yaml']);
  });
});

describe('parseStages (exported for the state layer)', () => {
  it('is available from load-dsomm and names the file in problems', () => {
    const result = parseStages({ Only: { score: '50%' } }, 'browser');
    expect(result.ok).toBeFalse();
    expect(!result.ok && result.problems.every((p) => p.file === 'browser')).toBeTrue();
  });
});
