import { SourceFiles } from './paths';
import { loadDsomm, missingFiles } from './load-dsomm';
import { metaSeed } from './meta-seed';
import { bundledSnapshot, bundledTeams, modelSnapshot, snapshotYaml } from './model-snapshot';
import { ParsedFiles } from './parsed-files';
import { parseYaml } from '../yaml';

const META = `teamProgressFile: team-progress.yaml
teamEvidenceFile: team-evidence.yaml
progressDefinition:
  Not implemented: {score: 0%}
  Started: {score: 30%}
  Fully implemented: {score: 100%}
teams: { $ref: 'default/teams.yaml#/teams' }
teamGroups: { $ref: 'default/teams.yaml#/teamGroups' }
activityFiles:
  - default/model.yaml
strings:
  en:
    maturityLevels: [One, Two]
`;

const MODEL = `Build and Deployment:
  Build:
    Defined build process:
      uuid: f6f7737f-25a9-4317-8de2-09bf59f29b5b
      level: 1
`;

const TEAMS = 'teams:\n  - Team A\n  - Team B\nteamGroups:\n  Front:\n    - Team A\n';
const FILES: SourceFiles = { 'meta.yaml': META, 'default/teams.yaml': TEAMS, 'default/model.yaml': MODEL };
const SEED = metaSeed(FILES)!;
/** What main.ts has: the seed, as it comes back from the snapshot's JSON. */
const seeded = () => new ParsedFiles(new Map(), JSON.parse(JSON.stringify(SEED)));

/** Teams files the seed reads itself: plain lists, whatever their names. */
const PLAIN_TEAMS = [
  TEAMS,
  'teams: [One, Two, 3, true]\nteamGroups:\n  Both: [One, Two]\n  Numbers: [3]\n  None: []\n',
  'teams:\n  - Solo\nteamGroups: {}\n',
  "teams: ['a: b', '#x', constructor, __proto__]\nteamGroups:\n  toString: [constructor]\n  Single: 'a: b'\n",
  '# comment\nteams:\n  - Team A\nteamGroups:\n  Empty:\n  Front: Team A\n',
  'teams: 42\nteamGroups: {}\n',
  'teams: [Team A]\nteamGroups:\n  Front: [Team A]\nteamTargets:\n  Team A: {2026-12-31: [f6f7737f-25a9-4317-8de2-09bf59f29b5b]}\n',
];

/** Teams files the seed leaves to the loader: each has a problem, or a `$ref` of its own. */
const OTHER_TEAMS = [
  'teams: [Team A, Team A]\nteamGroups: {}\n',
  'teams: [Team A]\nteamGroups:\n  Front: [Team A, Team Z]\n',
  'teams:\n  Team A: yes\nteamGroups: {}\n',
  'teamGroups: {}\n',
  'teams: [Team A]\n',
  'teams: [Team A, ""]\nteamGroups: {}\n',
  'teams: [Team A, null]\nteamGroups: {}\n',
  'teams: [Team A, [nested]]\nteamGroups: {}\n',
  'teams: [Team A]\nteamGroups:\n  Front: {Team A: 1}\n',
  'teams: [Team A]\nteamGroups: [Team A]\n',
  "teams: { $ref: 'other.yaml#/teams' }\nteamGroups: {}\n",
  "teams: [Team A]\nteamGroups:\n  $ref: 'other.yaml#/groups'\n",
  'teams: [Team A\n',
  '- Team A\n',
  '',
];

const withTeams = (teams: string): SourceFiles => ({ ...FILES, 'default/teams.yaml': teams });

describe('meta.yaml seed', () => {
  it('is made of a meta.yaml that refs its teams, without them', () => {
    expect(SEED.settings.stages.map((s) => s.title)).toEqual(['Not implemented', 'Started', 'Fully implemented']);
    expect(SEED.settings.activityFiles).toEqual(['default/model.yaml']);
    expect(SEED.settings.maxLevel).toBe(2);
    expect(SEED.teams).toEqual({
      teams: { file: 'default/teams.yaml', at: ['teams'] },
      teamGroups: { file: 'default/teams.yaml', at: ['teamGroups'] },
    });
    expect(JSON.stringify(SEED)).not.toContain('Team B');
  });

  it('reads a mounted plain teams file exactly as the loader does', () => {
    for (const teams of PLAIN_TEAMS) {
      const files = withTeams(teams);
      const known = seeded().seededMeta(files, 'meta.yaml');
      expect(known?.meta).withContext(teams).toBeDefined();
      expect(loadDsomm(files, { yaml: seeded() }))
        .withContext(teams)
        .toEqual(loadDsomm(files));
    }
    const loaded = loadDsomm(withTeams(PLAIN_TEAMS[1]), { yaml: seeded() });
    expect(loaded.ok && loaded.value.meta.teams).toEqual(['One', 'Two', '3', 'true']);
    expect(loaded.ok && loaded.value.meta.teamGroups).toEqual({ Both: ['One', 'Two'], Numbers: ['3'], None: [] });
  });

  it('leaves any other teams file to the loader, which reports its problems', () => {
    for (const teams of OTHER_TEAMS) {
      const files = withTeams(teams);
      expect(seeded().seededMeta(files, 'meta.yaml')?.meta).withContext(teams).toBeUndefined();
      expect(loadDsomm(files, { yaml: seeded() }))
        .withContext(teams)
        .toEqual(loadDsomm(files));
      expect(missingFiles(files, undefined, seeded()))
        .withContext(teams)
        .toEqual(missingFiles(files));
    }
    const duplicate = loadDsomm(withTeams(OTHER_TEAMS[0]), { yaml: seeded() });
    expect(duplicate.ok && duplicate.warnings.map((p) => [p.file, p.line, p.message])).toEqual([
      ['default/teams.yaml', 1, "The team 'Team A' is listed twice."],
    ]);
  });

  it('asks for the same files as the loader, round by round', () => {
    const rounds: SourceFiles[] = [
      {},
      { 'meta.yaml': META },
      { 'meta.yaml': META, 'default/model.yaml': MODEL },
      { 'meta.yaml': META, 'default/teams.yaml': TEAMS },
      FILES,
    ];
    for (const files of rounds) {
      expect(missingFiles(files, undefined, seeded()))
        .withContext(Object.keys(files).join())
        .toEqual(missingFiles(files));
      expect(loadDsomm(files, { yaml: seeded() }))
        .withContext(Object.keys(files).join())
        .toEqual(loadDsomm(files));
    }
    expect(missingFiles({ 'meta.yaml': META }, undefined, seeded())).toEqual([
      'default/teams.yaml',
      'default/model.yaml',
    ]);
  });

  it('stands for its very text of meta.yaml only', () => {
    const edited = { ...FILES, 'meta.yaml': META.replace('Started: {score: 30%}', 'Started: {score: 40%}') };
    expect(seeded().seededMeta(edited, 'meta.yaml')).toBeUndefined();
    const loaded = loadDsomm(edited, { yaml: seeded() });
    expect(loaded.ok && loaded.value.meta.stages[1].score).toBe(0.4);
    expect(seeded().seededMeta(FILES, 'other.yaml')).toBeUndefined();
  });

  it('is not made of a meta.yaml with problems, refs elsewhere or missing files', () => {
    expect(metaSeed({ ...FILES, 'meta.yaml': META.replace('maturityLevels: [One, Two]', 'maturityLevels: []') })).toBe(
      undefined,
    );
    expect(metaSeed({ 'meta.yaml': META, 'default/model.yaml': MODEL })).toBeUndefined();
    const stagesRef = META.replace(
      /progressDefinition:\n( {2}.*\n)+/,
      "progressDefinition: { $ref: 'default/teams.yaml#/stages' }\n",
    );
    const teamsWithStages = `${TEAMS}stages:\n  Not implemented: {score: 0%}\n  Done: {score: 100%}\n`;
    const files = { ...FILES, 'meta.yaml': stagesRef, 'default/teams.yaml': teamsWithStages };
    expect(loadDsomm(files).ok).toBeTrue();
    expect(metaSeed(files)).toBeUndefined();
    const inline = { ...FILES, 'meta.yaml': META.replace(/teams: .*\nteamGroups: .*\n/, 'teams: [X, Y]\n') };
    expect(metaSeed(inline)?.teams).toEqual({ teams: { value: ['X', 'Y'] } });
    expect(loadDsomm(inline, { yaml: new ParsedFiles(new Map(), metaSeed(inline)) })).toEqual(loadDsomm(inline));
  });
});

/** The parse of `text`, as the build stores it with the text. */
const parsedEntry = (text: string, path: string) => {
  const parsed = parseYaml(text, path);
  return { text, value: parsed.ok ? parsed.value : undefined };
};

/** The snapshot of FILES as main.ts finds it in index.html (scripts/model-snapshot.mjs). */
const embedded = () => {
  const model = modelSnapshot('default/model.yaml', MODEL, loadDsomm(FILES))!;
  const yaml = {
    'meta.yaml': parsedEntry(META, 'meta.yaml'),
    'default/teams.yaml': parsedEntry(TEAMS, 'default/teams.yaml'),
  };
  return JSON.stringify(bundledSnapshot(model, yaml, SEED));
};

describe('bundledSnapshot', () => {
  it("holds meta.yaml's text once, and the seed is still used for that very text only", () => {
    const json = embedded();
    expect(json.split(JSON.stringify(META)).length - 1).toBe(1);
    const yaml = snapshotYaml(JSON.parse(json));
    const loaded = loadDsomm(FILES);
    expect(loaded.ok && yaml.seededMeta(FILES, 'meta.yaml')?.meta).toEqual(loaded.ok && loaded.value.meta);
    expect(loadDsomm(FILES, { yaml })).toEqual(loaded);
    const edited = { ...FILES, 'meta.yaml': `${META}# edited\n` };
    expect(yaml.seededMeta(edited, 'meta.yaml')).toBeUndefined();
    expect(loadDsomm(edited, { yaml })).toEqual(loadDsomm(edited));
  });

  it("leaves the seed out where the snapshot has not meta.yaml's very text", () => {
    const model = modelSnapshot('default/model.yaml', MODEL, loadDsomm(FILES))!;
    const teams = { 'default/teams.yaml': parsedEntry(TEAMS, 'default/teams.yaml') };
    expect(bundledSnapshot(model, teams, SEED).metaSeed).toBeUndefined();
    const other = { ...teams, 'meta.yaml': parsedEntry(`${META}# other\n`, 'meta.yaml') };
    const snapshot = JSON.parse(JSON.stringify(bundledSnapshot(model, other, SEED)));
    expect(snapshot.metaSeed).toBeUndefined();
    expect(snapshotYaml(snapshot).seededMeta(FILES, 'meta.yaml')).toBeUndefined();
  });
});

describe('bundledTeams', () => {
  it("reads the build's own teams from its snapshot, whatever teams file is served now", () => {
    expect(bundledTeams(JSON.parse(embedded()))).toEqual({
      names: ['Team A', 'Team B'],
      groups: { Front: ['Team A'] },
    });
    expect(bundledTeams(undefined)).toBeUndefined();
    expect(bundledTeams({ yaml: {} })).toBeUndefined();
  });
});
