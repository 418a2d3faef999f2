import fc from 'fast-check';
import { Evidence, Progress, Stage, TeamProgress, Teams } from '../types';
import { exportEvidenceFile } from '../evidence/export-evidence-file';
import { parseEvidenceFile } from '../evidence/parse-evidence-file';
import { exportProgressFile } from '../progress/export-progress-file';
import { parseProgressFile } from '../progress/parse-progress-file';
import { exportTeamsFile } from '../teams/export-teams-file';
import { parseTeamsFile } from '../teams/parse-teams-file';
import { awkwardName, calendarDate } from './awkward-names';
import { SMALL_MODEL, STAGES } from './model-fixture';
import { withoutEditedAt } from './without-edited-at';

const RUNS = { numRuns: 500 };

/** A stage definition with awkward titles: a 0% stage, a 100% stage and up to three between. */
const stagesArb: fc.Arbitrary<Stage[]> = fc
  .uniqueArray(awkwardName, { minLength: 2, maxLength: 5 })
  .map((titles) =>
    titles.map((title, i) => ({ title, score: i === titles.length - 1 ? 1 : i / (titles.length - 1), definition: '' })),
  );

const uuidArb = fc.oneof(fc.constantFrom(...SMALL_MODEL.activities.map((a) => a.uuid)), fc.uuid(), awkwardName);

function progressArb(stages: readonly Stage[]): fc.Arbitrary<Progress> {
  const title = fc.oneof(fc.constantFrom(...stages.map((s) => s.title)), awkwardName);
  const entry: fc.Arbitrary<TeamProgress> = fc.record({
    stages: fc.dictionary(title, calendarDate, { maxKeys: 5 }),
    editedAt: fc.option(fc.nat(), { nil: undefined }),
  });
  return fc.dictionary(uuidArb, fc.dictionary(awkwardName, entry, { maxKeys: 4 }), { maxKeys: 4 });
}

/** What a progress file can say: no editedAt, no empty teams or activities (the 0% stage included, as said). */
function written(progress: Progress): Progress {
  const activities = Object.entries(progress).flatMap(([uuid, teams]) => {
    const kept = Object.entries(teams).flatMap(([team, entry]) =>
      Object.keys(entry.stages).length === 0 ? [] : [[team, { stages: { ...entry.stages } }] as const],
    );
    return kept.length === 0 ? [] : [[uuid, Object.fromEntries(kept)] as const];
  });
  return Object.fromEntries(activities);
}

const text = fc.oneof(
  awkwardName,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.lorem({ mode: 'sentences', maxCount: 3 }).map((s) => s.replace(/\. /g, '.\n')),
);
const evidenceArb: fc.Arbitrary<Evidence[]> = fc
  .array(
    fc.record({
      activityUuid: uuidArb,
      teams: fc.uniqueArray(awkwardName, { minLength: 1, maxLength: 4 }),
      title: text,
      description: text,
      evidenceRecorded: calendarDate,
      reviewer: text,
      attachments: fc.array(
        fc.record({
          type: fc.constantFrom('document' as const, 'image' as const, 'link' as const),
          externalLink: awkwardName.filter((s) => s.trim() !== ''),
        }),
        { maxLength: 3 },
      ),
      editedAt: fc.option(fc.nat(), { nil: undefined }),
      recordedBy: fc.option(
        text.filter((s) => s !== ''),
        { nil: undefined },
      ),
      review: fc.option(fc.record({ reviewed: calendarDate, reviewedDigest: text.filter((s) => s !== '') }), {
        nil: undefined,
      }),
    }),
    { maxLength: 8 },
  )
  // Absent, not undefined: the reader leaves out what the file does not have.
  .map((entries) =>
    entries.map(({ recordedBy, review, ...entry }) => ({
      ...entry,
      ...(recordedBy === undefined ? {} : { recordedBy }),
      ...review,
    })),
  )
  .chain((entries) =>
    fc
      .uniqueArray(
        fc.oneof(
          fc.uuid(),
          awkwardName.filter((s) => s !== ''),
        ),
        { minLength: entries.length, maxLength: entries.length },
      )
      .map((ids) => entries.map((entry, i) => ({ ...entry, id: ids[i] }))),
  );

const teamsArb: fc.Arbitrary<Teams> = fc
  .uniqueArray(
    awkwardName.filter((s) => s.trim() !== ''),
    { maxLength: 8 },
  )
  .chain((teams) =>
    fc
      .dictionary(
        awkwardName,
        teams.length === 0
          ? fc.constant<string[]>([])
          : fc.uniqueArray(fc.constantFrom(...teams), { maxLength: teams.length }),
        { maxKeys: 4 },
      )
      .map((groups) => ({ names: teams, groups })),
  );

describe('file round trips (property)', () => {
  it('progress: export then parse gives the same progress (editedAt aside)', () => {
    fc.assert(
      fc.property(
        stagesArb.chain((stages) => fc.tuple(fc.constant(stages), progressArb(stages))),
        ([stages, progress]) => {
          for (const model of [SMALL_MODEL, undefined]) {
            const file = exportProgressFile(progress, { model, stages });
            const back = parseProgressFile(file, 'team-progress.yaml', { stages });
            expect(back.ok).withContext(file).toBeTrue();
            expect(back.ok && back.value)
              .withContext(file)
              .toEqual(written(progress));
          }
        },
      ),
      RUNS,
    );
  });

  it('progress: parse then export is stable (a second export changes nothing)', () => {
    fc.assert(
      fc.property(progressArb(STAGES), (progress) => {
        const once = exportProgressFile(progress, { model: SMALL_MODEL, stages: STAGES });
        const back = parseProgressFile(once, 'f', { stages: STAGES });
        expect(back.ok && exportProgressFile(back.value, { model: SMALL_MODEL, stages: STAGES })).toBe(once);
      }),
      RUNS,
    );
  });

  it('evidence: export then parse gives the same evidence (editedAt aside)', () => {
    fc.assert(
      fc.property(evidenceArb, (evidence) => {
        const file = exportEvidenceFile(evidence, { model: SMALL_MODEL });
        const back = parseEvidenceFile(file, 'team-evidence.yaml');
        expect(back.ok).withContext(file).toBeTrue();
        const expected = evidence.map(withoutEditedAt);
        // The file groups entries by activity (model order); within an activity the order is kept.
        const byId = (list: readonly Omit<Evidence, 'editedAt'>[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(back.ok && byId(back.value))
          .withContext(file)
          .toEqual(byId(expected));
        expect(back.ok && back.warnings).toEqual([]);
      }),
      RUNS,
    );
  });

  it('teams: export then parse gives the same teams and groups', () => {
    fc.assert(
      fc.property(teamsArb, (teams) => {
        const file = exportTeamsFile(teams);
        const back = parseTeamsFile(file, 'teams.yaml');
        expect(back).withContext(file).toEqual({ ok: true, value: teams, warnings: [] });
      }),
      RUNS,
    );
  });
});
