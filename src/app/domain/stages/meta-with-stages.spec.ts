import { loadDsomm } from '../loading/load-dsomm';
import { STAGES } from '../testing/model-fixture';
import { Stage } from '../types';
import { parseYaml } from '../yaml';
import { stagesFile, stagesMetaLacks } from './meta-with-stages';

const EDITED: readonly Stage[] = [
  { title: 'Not implemented', score: 0, definition: 'Nothing yet' },
  { title: 'Piloted', score: 0.1, definition: "On one team's main app: 'pilot'" },
  { title: 'Started', score: 1 / 3, definition: 'Line one\nline two: with a colon' },
  { title: 'Rolled out: most apps', score: 0.75, definition: '' },
  { title: 'Fully implemented', score: 1, definition: 'Everywhere' },
];

const SERVED = [
  '# DSOMM Studio: the entry point',
  'teamProgressFile: team-progress.yaml',
  'teamEvidenceFile: team-evidence.yaml',
  '',
  '# Ordered stages of implementation.',
  'progressDefinition:',
  '  Not implemented:',
  '    score: 0%',
  '    definition: Nobody has started.',
  '  # a comment inside the block',
  '  Fully implemented: {score: 100%, definition: Done}',
  '',
  '# Teams come from teams.yaml.',
  "teams: { $ref: 'default/teams.yaml#/teams' }",
  "teamGroups: { $ref: 'default/teams.yaml#/teamGroups' }",
  'activityFiles:',
  '  - default/model.yaml',
  'lang: en',
  '',
].join('\n');

const MODEL =
  'Build and Deployment:\n  Build:\n    Defined build process:\n      uuid: f6f7737f-25a9-4317-8de2-09bf59f29b5b\n      level: 1\n';
const TEAMS = 'teams: [Team A]\nteamGroups: {}\n';

/** The stages the app itself reads from `meta` (with the files it refers to). */
function loadedStages(meta: string): readonly Stage[] {
  const loaded = loadDsomm({ 'meta.yaml': meta, 'default/model.yaml': MODEL, 'default/teams.yaml': TEAMS });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  return loaded.value.meta.stages;
}

describe('stagesFile (edited stages as meta.yaml)', () => {
  it('replaces only progressDefinition in the served meta.yaml; it loads with exactly the edited stages', () => {
    const file = stagesFile(SERVED, EDITED);
    expect(file.kind).toBe('meta.yaml');
    expect(loadedStages(file.text)).toEqual(EDITED);
    // Everything else is kept line for line, comments and $refs included.
    const lines = file.text.split('\n');
    const before = SERVED.split('\n');
    expect(lines.slice(0, 6)).toEqual(before.slice(0, 6));
    expect(lines.slice(lines.indexOf('# Teams come from teams.yaml.') - 1)).toEqual(before.slice(11));
    expect(file.text).not.toContain('a comment inside the block');
  });

  it('writes the DSOMM layout: title -> score as a percentage and definition, lowest score first', () => {
    const text = stagesFile(SERVED, [...EDITED].reverse()).text;
    expect(text).toContain(
      [
        'progressDefinition:',
        '  Not implemented:',
        '    score: 0%',
        '    definition: Nothing yet',
        '  Piloted:',
        '    score: 10%',
      ].join('\n'),
    );
    expect(text).toContain("  'Rolled out: most apps':\n    score: 75%\n");
    // A score no percentage writes exactly is written as a fraction, which DSOMM files allow too.
    expect(text).toContain('    score: 0.3333333333333333\n');
    const parsed = parseYaml(text, 'meta.yaml');
    expect(
      parsed.ok && (parsed.value as Record<string, Record<string, unknown>>)['progressDefinition']['Started'],
    ).toEqual({ score: '0.3333333333333333', definition: 'Line one\nline two: with a colon' });
  });

  it('adds the block to a meta.yaml that has none (which means the default stages)', () => {
    const without = SERVED.split('\n');
    without.splice(4, 7);
    const file = stagesFile(without.join('\n'), EDITED);
    expect(file.kind).toBe('meta.yaml');
    expect(loadedStages(file.text)).toEqual(EDITED);
    expect(file.text.startsWith(without.join('\n').trimEnd())).toBeTrue();
  });

  it('keeps Windows line endings', () => {
    const file = stagesFile(SERVED.replace(/\n/g, '\r\n'), STAGES);
    expect(file.kind).toBe('meta.yaml');
    expect(file.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(loadedStages(file.text)).toEqual(STAGES);
  });

  it('falls back to the block alone when the served text cannot be edited safely', () => {
    const flow =
      '{teamProgressFile: team-progress.yaml, teamEvidenceFile: team-evidence.yaml, progressDefinition: {A: {score: 0%}, B: {score: 100%}}, teams: [Team A], activityFiles: [default/model.yaml]}\n';
    const anchored = SERVED.replace('definition: Nobody has started.', 'definition: &why Nobody has started.').replace(
      'lang: en',
      'lang: en\nnote: *why',
    );
    for (const served of [undefined, flow, anchored, 'not: [valid']) {
      const file = stagesFile(served, EDITED);
      expect(file.kind).withContext(String(served)).toBe('progressDefinition');
      expect(file.text).toMatch(/^# The progress stages edited in DSOMM Studio: replace progressDefinition/);
      // Pasted into a meta.yaml, it gives the edited stages.
      const meta = `teamProgressFile: p.yaml\nteamEvidenceFile: e.yaml\nteams: [Team A]\nactivityFiles: [default/model.yaml]\n${file.text}`;
      expect(loadedStages(meta)).toEqual(EDITED);
    }
  });
});

describe('stagesMetaLacks', () => {
  it('names the titles the progress uses that the served stages lack, split by whether the edited stages define them', () => {
    const progress = {
      a: { 'Team A': { stages: { Piloted: '2026-01-01', Started: '2026-02-01' } } },
      b: { 'Team B': { stages: { Done: '2026-01-01', 'Rolled out: most apps': '2026-03-01' } } },
      c: {
        'Team A': { stages: { 'Fully implemented': '2026-01-01' }, notApplicable: { reason: '', date: '2026-01-01' } },
      },
    };
    expect(stagesMetaLacks(progress, STAGES, EDITED)).toEqual({
      edited: ['Piloted', 'Rolled out: most apps'],
      unknown: ['Done'],
    });
    expect(stagesMetaLacks(progress, EDITED, EDITED)).toEqual({ edited: [], unknown: ['Done'] });
  });
});
