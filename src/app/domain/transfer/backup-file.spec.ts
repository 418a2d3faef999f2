import fc from 'fast-check';
import { fromFiles } from '../assessment/empty-assessment';
import { exportEvidenceFile } from '../evidence/export-evidence-file';
import { exportProgressFile } from '../progress/export-progress-file';
import { parseScore, scoreText } from '../loading/stages';
import { DEFAULT_REPORT_CONFIG } from '../report/report-config';
import { exportTeamsFile } from '../teams/export-teams-file';
import { AWKWARD_NAMES, calendarDate } from '../testing/awkward-names';
import { evidenceFixture } from '../testing/evidence-fixture';
import { SMALL_MODEL, STAGES, uuidOf } from '../testing/model-fixture';
import { AssessmentState, Evidence, Progress } from '../types';
import { Backup, exportBackupFile } from './backup-file';
import { parseBackupFile } from './parse-backup-file';

const NOW = Date.UTC(2026, 5, 1, 12, 30, 15, 123);
const build = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const DEPLOY = uuidOf('Defined deployment process');

const evidence = (id: string, fields: Partial<Evidence> = {}) =>
  evidenceFixture(id, { activityUuid: build, ...fields });

const ASSESSMENT: AssessmentState = {
  ...fromFiles({
    teams: ['Team A', "O'Neil's team", 'Team: B'],
    groups: { Frontend: ['Team A', 'Team: B'], Empty: [] },
    stages: STAGES,
    progress: {},
    evidence: [],
  }),
  teamsEdited: true,
  removedTeams: ['Old team'],
  stagesEdited: true,
  progress: {
    [build]: {
      'Team A': { stages: { Started: '2026-01-01', 'Partly implemented': '2026-02-01' } },
      "O'Neil's team": {
        stages: { Started: '2026-03-01', Legacy: '2020-01-01' },
        editedAt: NOW - 1000,
        imported: true,
      },
      'Team: B': { stages: {}, editedAt: NOW - 2000 },
    },
    'na-uuid': {
      'Team A': {
        stages: { Started: '2026-01-01' },
        notApplicable: { reason: 'No containers: none at all', date: '2026-02-02' },
        editedAt: NOW - 100,
      },
      'Team: B': { stages: {}, notApplicable: { reason: '', date: '2026-02-03' } },
    },
    'unknown-uuid': { 'Ghost team': { stages: { 'Fully implemented': '2026-04-01' } } },
    [DEPLOY]: { 'Team A': { stages: {}, editedAt: NOW - 3000 } },
  },
  evidence: [
    evidence('e1', {
      teams: ['Team A', 'Team: B'],
      description: 'Line one\nLine two: with colon\n---\nnot a document',
      attachments: [{ type: 'link', externalLink: 'https://x.example/a?b=c#d' }],
    }),
    // Stamped by an import: the backup says so, so that a team's last change stays the file's date.
    evidence('e2', { title: 'Reviewed', reviewer: 'J. Doe', editedAt: NOW - 500, imported: true }),
    evidence('e3', {
      title: 'Changed after review',
      recordedBy: 'Lee',
      reviewer: 'Kim',
      reviewed: '2026-05-02',
      reviewedDigest: 'a1b2c3d4-0000-8000-8000-000000000000',
      editedAt: NOW - 400,
    }),
  ],
  deletedEvidence: { gone: NOW - 9000 },
  settings: {
    maxLevel: 3,
    dateLocale: 'de-DE',
    theme: 'dark',
    reportConfig: { ...DEFAULT_REPORT_CONFIG, teams: ['Team A'], levels: [1, 2], groupBy: 'team' },
    reviewMonths: 6,
    reviewerName: 'Kim Lee',
  },
  targets: { '*': 2, 'Team A': 3 },
  customFiles: [
    {
      name: 'custom.yaml',
      text: '---\nmeta: {version: x}\n---\nNew dimension:\n  Sub:\n    New activity:\n      uuid: u-new\n      level: 1\n',
    },
    { name: 'trailing.yaml', text: 'a: 1   \n\n\n' },
  ],
};

function roundTrip(assessment: AssessmentState): Backup {
  const result = parseBackupFile(exportBackupFile(assessment, { model: SMALL_MODEL, now: NOW }), 'backup.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

/** Evidence comes back grouped by activity: compare it by id. */
function byId(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence].sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('backup file', () => {
  it('round-trips everything the browser holds', () => {
    const back = roundTrip(ASSESSMENT);
    expect(back.format).toBe(1);
    expect(back.exported).toBe('2026-06-01T12:30:15.123Z');
    expect(back.model).toEqual({ activities: 5 });
    expect({ ...back.assessment, evidence: byId(back.assessment.evidence) }).toEqual({
      ...ASSESSMENT,
      evidence: byId(ASSESSMENT.evidence),
    });
  });

  it('keeps the ISO 8601 date format', () => {
    const iso = { ...ASSESSMENT, settings: { ...ASSESSMENT.settings, dateLocale: 'iso' } };
    expect(roundTrip(iso).assessment.settings.dateLocale).toBe('iso');
  });

  it('reads a backup whose line ends were turned into CRLF (edited on Windows)', () => {
    const text = exportBackupFile(ASSESSMENT, { model: SMALL_MODEL, now: NOW }).replace(/\n/g, '\r\n');
    const result = parseBackupFile(text, 'backup.yaml');
    expect(result.ok && { ...result.value.assessment, evidence: byId(result.value.assessment.evidence) }).toEqual({
      ...ASSESSMENT,
      evidence: byId(ASSESSMENT.evidence),
    });
  });

  it('holds the regular files as its documents 2-4, after a commented header', () => {
    const text = exportBackupFile(ASSESSMENT, { model: SMALL_MODEL, now: NOW });
    const [header, teams, progress, evidenceDoc] = text.split(/^--- # .*$\n/m);
    expect(header).toMatch(/^# DSOMM Studio backup/);
    expect(header).toContain('dsommStudioBackup: 1\n');
    expect(teams).toBe(exportTeamsFile(ASSESSMENT.teams, ASSESSMENT.targets));
    expect(progress).toBe(exportProgressFile(ASSESSMENT.progress, { model: SMALL_MODEL, stages: STAGES }));
    expect(evidenceDoc).toBe(exportEvidenceFile(ASSESSMENT.evidence, { model: SMALL_MODEL }));
  });

  it('writes stages as an ordered list with percentages, and reads them back exactly', () => {
    const stages = [
      { title: 'Zero', score: 0, definition: '' },
      { title: '1', score: 1 / 3, definition: 'a third' },
      { title: 'Also a third', score: 1 / 3, definition: '' },
      { title: 'Done', score: 1, definition: 'all' },
    ];
    expect(roundTrip({ ...ASSESSMENT, stages }).assessment.stages).toEqual(stages);
    expect(scoreText(0.2)).toBe('20%');
    for (const score of [0, 0.07, 0.123456789, 1 / 3, 0.005, 0.999, 1]) {
      expect(parseScore(scoreText(score)))
        .withContext(scoreText(score))
        .toBe(score);
    }
  });

  it('round-trips an empty assessment', () => {
    const empty = fromFiles({ teams: [], groups: {}, stages: STAGES, progress: {}, evidence: [] });
    expect(roundTrip(empty).assessment).toEqual(empty);
  });

  it('tells "no targets set" apart from "targets never set"', () => {
    const none = { ...ASSESSMENT };
    delete none.targets;
    expect(roundTrip(none).assessment.targets).toBeUndefined();
    expect(roundTrip({ ...ASSESSMENT, targets: {} }).assessment.targets).toEqual({});
  });

  it('round-trips awkward names, dates and edit times (property)', () => {
    const name = fc.constantFrom(...AWKWARD_NAMES.filter((n) => n.trim() !== '' && n.trim() === n));
    const entry = fc.record({
      stages: fc.dictionary(
        fc.constantFrom('Started', 'Partly implemented', 'Fully implemented', ...AWKWARD_NAMES.filter((n) => n !== '')),
        calendarDate,
        { maxKeys: 3 },
      ),
      editedAt: fc.option(fc.integer({ min: 0, max: 4_000_000_000_000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
        fc.dictionary(fc.constantFrom(build, DEPLOY, 'other'), fc.dictionary(name, entry, { minKeys: 1, maxKeys: 3 }), {
          maxKeys: 3,
        }),
        fc.array(
          fc.record({
            title: fc.string(),
            description: fc.string(),
            reviewer: fc.string(),
            date: calendarDate,
            team: name,
          }),
          { maxLength: 4 },
        ),
        (teams, rawProgress, rawEvidence) => {
          const progress: Progress = Object.fromEntries(
            Object.entries(rawProgress).map(([uuid, entries]) => [
              uuid,
              Object.fromEntries(
                Object.entries(entries)
                  .map(
                    ([team, e]) =>
                      [
                        team,
                        e.editedAt === undefined ? { stages: e.stages } : { stages: e.stages, editedAt: e.editedAt },
                      ] as const,
                  )
                  // What the progress file cannot hold: an entry with no dates and no edit time.
                  .filter(([, e]) => Object.keys(e.stages).length > 0 || e.editedAt !== undefined),
              ),
            ]),
          );
          const cleaned = Object.fromEntries(
            Object.entries(progress).filter(([, entries]) => Object.keys(entries).length > 0),
          );
          const evidenceList = rawEvidence.map((e, i) =>
            evidence(`id-${i}`, {
              title: e.title,
              description: e.description,
              reviewer: e.reviewer,
              evidenceRecorded: e.date,
              teams: [e.team],
            }),
          );
          const assessment: AssessmentState = {
            ...ASSESSMENT,
            teams: { names: teams, groups: { [teams[0]]: teams } },
            progress: cleaned,
            evidence: evidenceList,
          };
          const back = roundTrip(assessment);
          expect(back.assessment.progress).toEqual(cleaned);
          expect(byId(back.assessment.evidence)).toEqual(byId(evidenceList));
          expect(back.assessment.teams).toEqual(assessment.teams);
        },
      ),
      { numRuns: 60 },
    );
  });

  describe('reading', () => {
    const text = exportBackupFile(ASSESSMENT, { model: SMALL_MODEL, now: NOW });
    const lines = text.split('\n');
    const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1;

    it('reports a problem in the progress document at its line in the whole backup', () => {
      const broken = text
        .replace("Started: '2026-03-01'", 'Started: soon')
        .replace('Started: 2026-03-01', 'Started: soon');
      const result = parseBackupFile(broken, 'backup.yaml');
      expect(result.ok).toBeFalse();
      const problem = !result.ok ? result.problems.find((p) => p.severity === 'error') : undefined;
      expect(problem?.file).toBe('backup.yaml');
      expect(problem?.line).toBe(broken.split('\n').findIndex((line) => line.includes('Started: soon')) + 1);
      expect(problem?.message).toMatch(/expected a date/);
    });

    it('reports a problem in the header at its line', () => {
      const broken = text.replace('dateLocale: de-DE', 'dateLocale: not a locale!');
      const result = parseBackupFile(broken, 'backup.yaml');
      const errors = !result.ok ? result.problems.filter((p) => p.severity === 'error') : [];
      expect(errors.map((p) => [p.line, p.message])).toEqual([
        [lineOf('dateLocale'), jasmine.stringMatching(/language tag/)],
      ]);
    });

    it('reports a review interval that is not a number of months at its line', () => {
      const broken = text.replace('reviewMonths: 6', 'reviewMonths: every spring');
      const result = parseBackupFile(broken, 'backup.yaml');
      const errors = !result.ok ? result.problems.filter((p) => p.severity === 'error') : [];
      expect(errors.map((p) => [p.line, p.message])).toEqual([
        [
          lineOf('reviewMonths'),
          'settings > reviewMonths must be a number of months from 1 to 120; found the value "every spring".',
        ],
      ]);
    });

    it('refuses a backup of a newer format', () => {
      const result = parseBackupFile(text.replace('dsommStudioBackup: 1', 'dsommStudioBackup: 2'), 'backup.yaml');
      expect(!result.ok && result.problems[0].message).toMatch(/newer DSOMM Studio \(format 2\)/);
    });

    it('refuses a backup without its header or with a document twice', () => {
      const headless = text.split('--- # teams.yaml\n')[1];
      expect(!parseBackupFile(`---\n${headless}`, 'b.yaml').ok).toBeTrue();
      const twice = `${text}--- # again\nteams: []\n`;
      const result = parseBackupFile(twice, 'b.yaml');
      expect(!result.ok && result.problems[0].message).toBe('The backup holds teams.yaml twice.');
    });

    it('refuses stages that break the rules', () => {
      const broken = text.replace('score: 100%', 'score: 90%');
      const result = parseBackupFile(broken, 'b.yaml');
      expect(!result.ok && result.problems[0].message).toMatch(
        /progressDefinition: .*exactly one stage with score 100%/,
      );
    });

    it('warns about unknown header keys and keeps reading', () => {
      const result = parseBackupFile(text.replace('stagesEdited:', 'colour: blue\nstagesEdited:'), 'b.yaml');
      expect(result.ok && result.warnings.map((w) => w.message)).toEqual([
        'The key "colour" is not part of a backup and is ignored.',
        jasmine.stringMatching(/^Stage "Legacy" is not in the progress definition/),
      ]);
    });

    it('reads a backup missing its data documents as empty', () => {
      const headerOnly = text.split('--- # teams.yaml')[0];
      const result = parseBackupFile(headerOnly, 'b.yaml');
      expect(result.ok && result.value.assessment.teams).toEqual({ names: [], groups: {} });
      // The edit times of downgraded entries still make entries with no dates.
      expect(result.ok && result.value.assessment.progress[DEPLOY]).toEqual({
        'Team A': { stages: {}, editedAt: NOW - 3000 },
      });
    });
  });
});
