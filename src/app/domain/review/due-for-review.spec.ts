import { Model, Progress } from '../types';
import { evidenceSummaries, StatusRules } from '../status/activity-status';
import { evidenceFixture } from '../testing/evidence-fixture';
import { SMALL_MODEL, STAGES, TODAY, uuidOf } from '../testing/model-fixture';
import { dueForReview } from './due-for-review';
import { reviewText } from './review-text';
import { monthsInterval } from './review-interval';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const DEPLOY = uuidOf('Defined deployment process');
const SECRETS = uuidOf('Test for stored secrets');
const STATIC = uuidOf('Static analysis for important server side components');

/** SMALL_MODEL with its secrets test re-assessed every 3 months (as a custom activity file says). */
const MODEL: Model = {
  ...SMALL_MODEL,
  activities: SMALL_MODEL.activities.map((a) => (a.uuid === SECRETS ? { ...a, reviewInterval: monthsInterval(3) } : a)),
};

describe('due for review', () => {
  const progress: Progress = {
    [BUILD]: {
      'Team A': { stages: { Started: '2025-06-01' } },
      'Team B': { stages: { Started: '2025-06-01' } },
    },
    [DEPLOY]: { 'Team A': { stages: { 'Not implemented': '2020-01-01' } } },
    [SECRETS]: { 'Team A': { stages: { 'Fully implemented': '2026-08-01' } } },
    [STATIC]: { 'Team B': { stages: {}, notApplicable: { reason: 'no servers', date: '2025-01-01' } } },
  };
  const evidence = [
    // Fresh proof for Team B on the build: it confirms the old stage.
    evidenceFixture('jenkins', { activityUuid: BUILD, teams: ['Team B'], evidenceRecorded: '2026-09-01' }),
    // Old proof without a stage still needs a look.
    evidenceFixture('old', { activityUuid: DEPLOY, teams: ['Team B'], evidenceRecorded: '2024-02-01' }),
  ];
  const input = {
    model: MODEL,
    progress,
    rules: new StatusRules(STAGES, TODAY),
    review: { evidence: evidenceSummaries(evidence, TODAY), interval: monthsInterval(12) },
    teams: ['Team A', 'Team B'],
  };
  const listed = (items: ReturnType<typeof dueForReview>) =>
    items.map((item) => `${item.activity.name} / ${item.team}: ${reviewText(item.status, (day) => day)}`);

  it('lists what is due per team, the longest overdue first, each with since when and why', () => {
    expect(listed(dueForReview(input))).toEqual([
      'Defined deployment process / Team B: Due for review since 2025-02-01 (evidence last recorded or reviewed 2024-02-01; every year)',
      'Static analysis for important server side components / Team B: Due for review since 2026-01-01 (marked not applicable 2025-01-01; every year)',
      'Defined build process / Team A: Due for review since 2026-06-01 (stage set 2025-06-01, no evidence; every year)',
      'Test for stored secrets / Team A: Due for review since 2026-11-01 (stage set 2026-08-01, no evidence; every 3 months)',
    ]);
  });

  it('lists only the teams asked for, and the shown levels', () => {
    expect(dueForReview({ ...input, teams: ['Team A'] }).map((item) => item.activity.uuid)).toEqual([BUILD, SECRETS]);
    expect(dueForReview({ ...input, teams: ['Team B'], maxLevel: 2 }).map((item) => item.activity.uuid)).toEqual([
      DEPLOY,
    ]);
  });

  it('lists nothing once the interval is longer', () => {
    const review = { ...input.review, interval: monthsInterval(48) };
    expect(dueForReview({ ...input, review }).map((item) => item.activity.uuid)).toEqual([SECRETS]);
  });

  it('lists the same whether a few teams are looked up or many are walked', () => {
    // 40 teams: found by walking each activity's entries and evidence rather than looked up.
    const others = Array.from({ length: 38 }, (_, i) => `Other ${i}`);
    expect(listed(dueForReview({ ...input, teams: [...input.teams, ...others] }))).toEqual(listed(dueForReview(input)));
    expect(listed(dueForReview({ ...input, teams: ['Team B', ...others] }))).toEqual(
      listed(dueForReview({ ...input, teams: ['Team B'] })),
    );
  });
});
