import fc from 'fast-check';
import { Activity, Progress, TeamProgress } from '../types';
import { modelFixture, SMALL_MODEL, STAGES, uuidOf, TODAY } from '../testing/model-fixture';
import { unbuiltGroups } from '../progress/lazy-teams';
import { parseProgressFile } from '../progress/parse-progress-file';
import { monthsInterval } from '../review/review-interval';
import { evidenceSummaries } from '../status/activity-status';
import { evidenceFixture } from '../testing/evidence-fixture';
import { activityScore } from './activity-score';
import { PreviousScoring, scoreAssessment, ScoringRun, sectorScore } from './score-assessment';

const model = modelFixture({
  D1: {
    S1: [
      ['a', 1],
      ['b', 1],
      ['c', 2],
    ],
    S2: [['d', 3]],
  },
  D2: { S3: [['e', 1]] },
});
const [A, B, C, D, E] = ['a', 'b', 'c', 'd', 'e'].map(uuidOf);
const full: TeamProgress = {
  stages: { Started: '2026-01-01', 'Partly implemented': '2026-01-02', 'Fully implemented': '2026-01-03' },
};
const half: TeamProgress = { stages: { Started: '2026-01-01', 'Partly implemented': '2026-01-02' } };
const started: TeamProgress = { stages: { Started: '2026-01-01' } };
const legacy: TeamProgress = { stages: { Legacy: '2026-01-01' } };
const teams = ['T1', 'T2'];
const progress: Progress = {
  [A]: { T1: full, T2: full },
  [B]: { T1: half, T2: started },
  [C]: { T1: full, Ghost: full },
  [D]: { T2: legacy },
  'not-in-model': { T1: full },
};

describe('scoreAssessment', () => {
  const scores = scoreAssessment({ day: TODAY, model, stages: STAGES, progress, teams });

  it('scores an activity as the mean of the teams, a missing entry counting 0', () => {
    expect(scores.activities.get(A)).toEqual({ score: 1, done: true, assessed: 2 });
    expect(scores.activities.get(B)).toEqual({ score: 0.35, done: false, assessed: 2 });
    expect(scores.activities.get(C)).toEqual({ score: 0.5, done: false, assessed: 1 });
    expect(scores.activities.get(D)).toEqual({ score: 0, done: false, assessed: 0 });
    expect(scores.activities.get(E)).toEqual({ score: 0, done: false, assessed: 0 });
    expect(scores.activities.has('not-in-model')).toBeFalse();
  });

  it('ignores teams that are not selected and unknown stage titles', () => {
    expect(activityScore(progress, C, ['Ghost'], STAGES, TODAY)).toEqual({ score: 1, done: true, assessed: 1 });
    expect(activityScore(progress, D, ['T2'], STAGES, TODAY)).toEqual({ score: 0, done: false, assessed: 0 });
  });

  it('counts assessment coverage: activity x team pairs with a known stage or a mark', () => {
    expect([scores.assessed, scores.assessable]).toEqual([5, 10]);
    const explicit = scoreAssessment({
      day: TODAY,
      model,
      stages: STAGES,
      progress: { [D]: { T1: { stages: { 'Not implemented': '2026-01-01' } } } },
      teams,
      selected: ['T1'],
    });
    expect(explicit.activities.get(D)).toEqual({ score: 0, done: false, assessed: 1 });
    expect([explicit.assessed, explicit.assessable]).toEqual([1, 5]);
  });

  it('counts a stage dated after the day only from that day', () => {
    const planned = { [A]: { T1: { stages: { Started: '2026-01-01', 'Fully implemented': '2027-03-01' } } } };
    const input = { model, stages: STAGES, progress: planned, teams, selected: ['T1'] };
    expect(scoreAssessment({ ...input, day: TODAY }).activities.get(A)?.score).toBe(0.2);
    expect(scoreAssessment({ ...input, day: '2027-03-01' }).activities.get(A)?.score).toBe(1);
  });

  it('scores sectors (sub-dimension x level) with counts', () => {
    expect(sectorScore(scores, 'D1', 'S1', 1)).toEqual({ total: 2, done: 1, score: 0.675 });
    expect(sectorScore(scores, 'D1', 'S1', 2)).toEqual({ total: 1, done: 0, score: 0.5 });
    expect(sectorScore(scores, 'D1', 'S1', 3)).toEqual({ total: 0, done: 0, score: null });
    expect(sectorScore(scores, 'D1', 'S2', 3)).toEqual({ total: 1, done: 0, score: 0 });
    expect(sectorScore(scores, 'Nope', 'S1', 1)).toEqual({ total: 0, done: 0, score: null });
  });

  it('aggregates sub-dimensions, dimensions, levels and overall as means over activities', () => {
    const [d1, d2] = scores.dimensions;
    expect(d1.subDimensions[0].counts).toEqual({ total: 3, done: 1, score: (1 + 0.35 + 0.5) / 3 });
    expect(d1.counts).toEqual({ total: 4, done: 1, score: (1 + 0.35 + 0.5 + 0) / 4 });
    expect(d1.byLevel.map((c) => c.total)).toEqual([2, 1, 1]);
    expect(d2.counts).toEqual({ total: 1, done: 0, score: 0 });
    expect(d2.byLevel[1]).toEqual({ total: 0, done: 0, score: null });
    expect(scores.byLevel).toEqual([
      { total: 3, done: 1, score: (1 + 0.35 + 0) / 3 },
      { total: 1, done: 0, score: 0.5 },
      { total: 1, done: 0, score: 0 },
    ]);
    expect(scores.overall).toEqual({ total: 5, done: 1, score: (1 + 0.35 + 0.5) / 5 });
    expect(scores.maxLevel).toBe(3);
    expect(scores.teams).toEqual(teams);
  });

  it('scores the selected teams only; empty selection means all teams', () => {
    const t1 = scoreAssessment({ day: TODAY, model, stages: STAGES, progress, teams, selected: ['T1'] });
    expect(t1.activities.get(B)).toEqual({ score: 0.5, done: false, assessed: 1 });
    expect(t1.activities.get(C)).toEqual({ score: 1, done: true, assessed: 1 });
    expect(t1.overall.done).toBe(2);
    const all = scoreAssessment({ day: TODAY, model, stages: STAGES, progress, teams, selected: [] });
    expect(all.overall).toEqual(scores.overall);
    const repeated = scoreAssessment({ day: TODAY, model, stages: STAGES, progress, teams, selected: ['T1', 'T1'] });
    expect(repeated.activities.get(B)?.score).toBe(0.5);
  });

  it('gives 0 and never NaN without teams, and null for empty aggregates', () => {
    const none = scoreAssessment({ day: TODAY, model, stages: STAGES, progress, teams: [] });
    expect(none.overall).toEqual({ total: 5, done: 0, score: 0 });
    const empty = scoreAssessment({ day: TODAY, model: modelFixture({}), stages: STAGES, progress, teams });
    expect(empty.overall).toEqual({ total: 0, done: 0, score: null });
    expect(empty.byLevel).toEqual([]);
  });

  it('counts only levels up to maxLevel', () => {
    const low = scoreAssessment({ day: TODAY, model, stages: STAGES, progress, teams, maxLevel: 1 });
    expect(low.overall.total).toBe(3);
    expect(low.byLevel.length).toBe(1);
    expect(low.activities.has(C)).toBeFalse();
  });

  it('handles team names that are Object.prototype members', () => {
    const odd: Progress = {
      [A]: Object.fromEntries([
        ['__proto__', full],
        ['constructor', half],
      ]),
    };
    const result = scoreAssessment({
      day: TODAY,
      model,
      stages: STAGES,
      progress: odd,
      teams: ['__proto__', 'constructor', 'toString'],
    });
    expect(result.activities.get(A)?.score).toBeCloseTo(0.5, 10);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(progress);
    scoreAssessment({ day: TODAY, model, stages: STAGES, progress, teams });
    expect(progress).toEqual(copy);
  });

  describe('due for review', () => {
    // Every stage above was set in January 2026: a 6-month interval makes them due by TODAY.
    const review = (months: number, evidence = evidenceSummaries([], TODAY)) => ({
      evidence,
      interval: monthsInterval(months),
    });

    it('counts per activity the selected teams it is due for, per sector the activities due', () => {
      const due = scoreAssessment({ day: TODAY, model, stages: STAGES, progress, teams, review: review(6) });
      expect(due.activities.get(A)?.due).toBe(2);
      expect(due.activities.get(B)?.due).toBe(2);
      // Ghost is not a team; the legacy title claims nothing.
      expect(due.activities.get(C)?.due).toBe(1);
      expect(due.activities.get(D)?.due).toBeUndefined();
      expect(sectorScore(due, 'D1', 'S1', 1).due).toBe(2);
      expect(sectorScore(due, 'D1', 'S1', 2).due).toBe(1);
      expect(sectorScore(due, 'D1', 'S2', 3).due).toBeUndefined();
      expect(due.overall.due).toBe(3);
      // The scores themselves are the same as without freshness.
      expect(due.overall.score).toBe(scores.overall.score);
      const fresh = scoreAssessment({ day: TODAY, model, stages: STAGES, progress, teams, review: review(12) });
      expect(fresh.overall.due).toBeUndefined();
    });

    it('counts evidence of a team without a stage, and fresh evidence confirms an old stage', () => {
      const evidence = evidenceSummaries(
        [
          evidenceFixture('new', { activityUuid: A, teams: ['T1', 'T2'], evidenceRecorded: '2026-11-01' }),
          evidenceFixture('old', { activityUuid: E, teams: ['T2'], evidenceRecorded: '2025-01-01' }),
        ],
        TODAY,
      );
      const due = scoreAssessment({ day: TODAY, model, stages: STAGES, progress, teams, review: review(6, evidence) });
      expect(due.activities.get(A)?.due).toBeUndefined();
      expect(due.activities.get(E)?.due).toBe(1);
    });

    it('scores an activity again when its evidence changes, not when the evidence of another does', () => {
      const before = { day: TODAY, model, stages: STAGES, progress, teams, review: review(6) };
      const first = scoreAssessment(before);
      const evidence = evidenceSummaries([evidenceFixture('new', { activityUuid: A, teams: ['T1'] })], TODAY);
      const after = { ...before, review: { ...before.review, evidence } };
      const next = scoreAssessment(after, { input: before, scores: first });
      expect(next).toEqual(scoreAssessment(after));
      expect(next.activities.get(B)).toBe(first.activities.get(B));
    });
  });

  describe('after an edit, given the previous run', () => {
    const before = { model, stages: STAGES, progress, teams, day: TODAY };
    const first = scoreAssessment(before);
    const edited: Progress = { ...progress, [B]: { ...progress[B], T2: full } };
    const after = { ...before, progress: edited };

    it('gives the same scores as scoring everything again', () => {
      expect(scoreAssessment(after, { input: before, scores: first })).toEqual(scoreAssessment(after));
    });

    it('keeps the objects of what did not change, so views can skip them', () => {
      const next = scoreAssessment(after, { input: before, scores: first });
      expect(next.activities.get(A)).toBe(first.activities.get(A));
      expect(next.activities.get(B)).not.toBe(first.activities.get(B));
      expect(next.activities.get(B)).toEqual({ score: 0.75, done: false, assessed: 2 });
      const [d1, d2] = next.dimensions;
      expect(d1.subDimensions[0].byLevel[0]).not.toBe(first.dimensions[0].subDimensions[0].byLevel[0]);
      expect(d1.subDimensions[0].byLevel[1]).toBe(first.dimensions[0].subDimensions[0].byLevel[1]);
      expect(d2).toEqual(first.dimensions[1]);
      expect(d2.counts).toBe(first.dimensions[1].counts);
    });

    it('scores everything again when the teams, stages or levels differ', () => {
      const t1 = { ...after, selected: ['T1'] };
      expect(scoreAssessment(t1, { input: before, scores: first })).toEqual(scoreAssessment(t1));
      const low = { ...after, maxLevel: 1 };
      expect(scoreAssessment(low, { input: before, scores: first })).toEqual(scoreAssessment(low));
      const stages = { ...after, stages: STAGES.map((stage) => ({ ...stage, score: stage.score / 2 })) };
      const rescored = scoreAssessment(stages, { input: before, scores: first });
      expect(rescored).toEqual(scoreAssessment(stages));
      expect(rescored.activities.get(A)).toEqual({ score: 0.5, done: true, assessed: 2 });
    });

    it('takes over the activities another model shares, and finds the matching run among several', () => {
      // The report's listed activities: the same activity objects in a smaller model.
      const only = (activity: Activity) => ({
        ...model,
        activities: [activity],
        byUuid: new Map([[A, activity]]),
        dimensions: model.dimensions.map((d) => ({
          ...d,
          subDimensions: d.subDimensions.map((sub) => ({
            ...sub,
            activities: sub.activities.filter((a) => a.uuid === A).map(() => activity),
          })),
        })),
      });
      const report = { ...after, model: only(model.byUuid.get(A)!), maxLevel: first.maxLevel };
      const other = {
        input: { ...before, selected: ['T1'] },
        scores: scoreAssessment({ ...before, selected: ['T1'] }),
      };
      const next = scoreAssessment(report, [other, { input: before, scores: first }]);
      expect(next).toEqual(scoreAssessment(report));
      expect(next.activities.get(A)).toBe(first.activities.get(A));
      // An activity that is another object (a custom file changed it) is scored again.
      const reloaded = { ...report, model: only({ ...model.byUuid.get(A)! }) };
      const again = scoreAssessment(reloaded, [{ input: before, scores: first }]);
      expect(again).toEqual(scoreAssessment(reloaded));
      expect(again.activities.get(A)).not.toBe(first.activities.get(A));
    });
  });

  // Speed is measured in bench/ (npm run bench), not asserted here; this checks the large case's results.
  it('scores 194 activities x 1000 teams, and after one edit rescores only the edited activity', () => {
    const spec: Record<string, Record<string, [string, number][]>> = {};
    for (let i = 0; i < 194; i++)
      ((spec[`D${i % 5}`] ??= {})[`S${i % 19}`] ??= []).push([`activity ${i}`, (i % 5) + 1]);
    const big = modelFixture(spec);
    const many = Array.from({ length: 1000 }, (_, i) => `Team ${i}`);
    const entries = [full, half, started, legacy];
    const bigProgress: Progress = Object.fromEntries(
      big.activities.map((activity, a) => [
        activity.uuid,
        Object.fromEntries(many.map((team, t) => [team, { stages: { ...entries[(a + t) % 4].stages } }])),
      ]),
    );
    const input = { model: big, stages: STAGES, progress: bigProgress, teams: many, day: TODAY };
    const scores = scoreAssessment(input);
    expect(scores.overall.total).toBe(194);
    // Each activity: a quarter of the teams at each of 1, 0.5, 0.2 and 0 (an unknown title).
    expect(scores.overall.score).toBeCloseTo((1 + 0.5 + 0.2) / 4, 3);
    expect([scores.assessed, scores.assessable]).toEqual([194 * 750, 194 * 1000]);
    const uuid = big.activities[0].uuid;
    const edited = { ...input, progress: { ...bigProgress, [uuid]: { ...bigProgress[uuid], 'Team 3': full } } };
    const next = scoreAssessment(edited, { input, scores });
    expect(next).toEqual(scoreAssessment(edited));
    expect(next.activities.get(big.activities[1].uuid)).toBe(scores.activities.get(big.activities[1].uuid));
    expect(next.activities.get(uuid)).not.toBe(scores.activities.get(uuid));
    const half500 = scoreAssessment({ ...input, selected: many.slice(0, 500) });
    expect(half500.teams.length).toBe(500);
  });

  it('scores progress as read from a file (teams sharing entries) exactly as the same progress built otherwise', () => {
    const uuids = SMALL_MODEL.activities.map((activity) => activity.uuid);
    const known = Array.from({ length: 40 }, (_, i) => `Team ${i}`);
    // A few stage lists many teams share (as real files have), marks, future dates, unknown titles.
    const entry = fc.constantFrom(
      ['Started: 2026-01-10'],
      ['Fully implemented: 2026-03-12', 'Partly implemented: 2026-02-11', 'Started: 2026-01-10'],
      ['Partly implemented: 2027-02-11', 'Started: 2026-01-10'],
      ['Not implemented: 2026-01-10'],
      ['Not applicable: SaaS: 2026-01-01', 'Started: 2025-12-01'],
      ['Not applicable: 2027-01-01', 'Fully implemented: 2026-01-01'],
      ['Legacy: 2026-01-01'],
    );
    // Known teams, and some the team list lacks.
    const team = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...known) }, fc.constantFrom('Ghost', 'Gone'));
    const activity = fc.dictionary(team, entry, { minKeys: 0, maxKeys: 45 });
    const progress = fc.dictionary(fc.constantFrom(...uuids), activity, { minKeys: 1, maxKeys: uuids.length });
    const evidenceOf = fc.array(
      fc.record({
        activityUuid: fc.constantFrom(...uuids),
        teams: fc.array(fc.constantFrom(...known), { minLength: 1, maxLength: 3 }),
        evidenceRecorded: fc.constantFrom('2024-01-01', '2026-11-01', '2027-01-01'),
      }),
      { maxLength: 6 },
    );
    const selected = fc.oneof(fc.constant([]), fc.subarray(known, { minLength: 33 }), fc.subarray(known));
    let grouped = 0;
    fc.assert(
      fc.property(
        progress,
        evidenceOf,
        selected,
        fc.integer({ min: 1, max: 24 }),
        (entries, pieces, chosen, months) => {
          const text = ['progress:'];
          for (const [uuid, teams] of Object.entries(entries)) {
            text.push(`  ${uuid}:`);
            for (const [name, stages] of Object.entries(teams))
              text.push(
                `    ${name}:`,
                ...stages.map((line) => `      ${line.replace(/^Not applicable: (.+): /, "'Not applicable: $1': ")}`),
              );
          }
          // Each read as the start page's chart scores it: its team maps not built (lazy-teams.ts).
          const fresh = () => {
            const read = parseProgressFile(text.join('\n'), 'team-progress.yaml', { stages: STAGES, teams: known });
            if (!read.ok) throw new Error(JSON.stringify(read.problems));
            return read.value;
          };
          // The same progress as plain objects, read team by team.
          const copied = JSON.parse(JSON.stringify(fresh())) as Progress;
          const evidence = evidenceSummaries(
            pieces.map((piece, i) => evidenceFixture(`e${i}`, piece)),
            TODAY,
          );
          const input = { model: SMALL_MODEL, stages: STAGES, teams: known, selected: chosen, day: TODAY };
          const review = { evidence, interval: monthsInterval(months) };
          for (const withReview of [{}, { review }]) {
            const read = fresh();
            const unbuilt = Object.keys(read).filter((uuid) => unbuiltGroups(read, uuid) !== undefined).length;
            expect(scoreAssessment({ ...input, ...withReview, progress: read }))
              .withContext(text.join('\n'))
              .toEqual(scoreAssessment({ ...input, ...withReview, progress: copied }));
            // Read so when many teams are scored: the maps were not built for it.
            if (chosen.length === 0 || chosen.length > 32) {
              expect(Object.keys(read).filter((uuid) => unbuiltGroups(read, uuid) !== undefined).length).toBe(unbuilt);
              if (unbuilt > 0) grouped++;
            }
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(grouped).toBeGreaterThan(100);
  });
});

describe('ScoringRun', () => {
  const input = { model, stages: STAGES, progress, teams, day: TODAY };

  it('scored a few activities a step gives what scoring at once gives', () => {
    const run = new ScoringRun(input);
    const shares: number[] = [];
    // Each activity reads the entries of both teams: 2 a step is one activity a step.
    while (!run.done) {
      expect(run.step(2)).toBe(2);
      shares.push(run.progress);
    }
    expect(shares).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(run.scores()).toEqual(scoreAssessment(input));
  });

  it('takes over what an earlier run scored without reading, and tells once it has its scores', () => {
    const finished: PreviousScoring[] = [];
    const first = new ScoringRun(input, [], (run) => finished.push(run));
    expect(first.step(2)).toBe(2);
    expect(finished).toEqual([]);
    const scores = first.scores();
    expect(finished).toEqual([{ input, scores }]);

    const edited = { ...input, progress: { ...progress, [B]: { ...progress[B], T2: full } } };
    const again = new ScoringRun(edited, finished);
    // Only the edited activity is read: the first step scores it and takes over the others.
    expect(again.step(1)).toBe(2);
    expect(again.step(1)).toBe(0);
    expect(again.done).toBeTrue();
    expect(again.scores()).toEqual(scoreAssessment(edited));
    expect(again.scores().activities.get(A)).toBe(scores.activities.get(A));
  });
});
