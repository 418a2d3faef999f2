import { SMALL_MODEL, STAGES, TODAY, uuidOf } from '../testing/model-fixture';
import { Progress } from '../types';
import { describeActivity, describeProgressChange, diffProgress, progressDiffText } from './progress-diff';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const SECRETS = uuidOf('Test for stored secrets');
const DEPLOY = uuidOf('Defined deployment process');
const ctx = { stages: STAGES, day: TODAY, model: SMALL_MODEL, teams: ['Team B', 'Team A'] };

const before: Progress = {
  [BUILD]: { 'Team A': { stages: { Started: '2026-03-02' } }, 'Team B': { stages: { Started: '2026-01-01' } } },
  [SECRETS]: { 'Team A': { stages: { Started: '2026-02-01', 'Fully implemented': '2026-02-03' } } },
  [DEPLOY]: { 'Team A': { stages: { Started: '2026-01-05' } } },
};
const after: Progress = {
  [BUILD]: {
    'Team A': { stages: { Started: '2026-03-02', 'Partly implemented': '2026-04-14' } },
    'Team B': { stages: { Started: '2026-01-01' } },
  },
  [SECRETS]: { 'Team A': { stages: { Started: '2026-02-01' } } },
  [DEPLOY]: { 'Team A': { stages: { Started: '2026-01-06', Legacy: '2025-12-01' } } },
  'not-a-uuid': { Ghost: { stages: { Started: '2026-05-01' } } },
};

describe('diffProgress', () => {
  const changes = diffProgress(before, after, ctx);

  it('finds raised, lowered and re-dated entries, in model order', () => {
    expect(changes.map((c) => [c.activityUuid, c.team, c.kind])).toEqual([
      [BUILD, 'Team A', 'raised'],
      [DEPLOY, 'Team A', 'dates'],
      [SECRETS, 'Team A', 'lowered'],
      ['not-a-uuid', 'Ghost', 'raised'],
    ]);
    expect(changes[0].from.stage?.title).toBe('Started');
    expect(changes[0].to.stage?.title).toBe('Partly implemented');
    expect(changes[1].dates).toEqual([
      { title: 'Started', before: '2026-01-05', after: '2026-01-06' },
      { title: 'Legacy', after: '2025-12-01' },
    ]);
  });

  it('reports nothing for identical files, or for an empty entry that appears or goes', () => {
    expect(diffProgress(after, after, ctx)).toEqual([]);
    expect(diffProgress({}, { [BUILD]: { 'Team C': { stages: {} } } }, ctx)).toEqual([]);
  });

  it('sees a whole activity or team removed as lowered to not assessed', () => {
    const [gone] = diffProgress(before, { ...before, [SECRETS]: {} }, ctx);
    expect(gone.kind).toBe('lowered');
    expect(gone.to.kind).toBe('not-assessed');
    expect(describeProgressChange(gone)).toBe('lowered from Fully implemented to Not assessed');
  });

  it('sees a mark set or cleared, and a stage set explicitly to 0%', () => {
    const marked: Progress = {
      [BUILD]: { 'Team A': { stages: {}, notApplicable: { reason: 'r', date: '2026-05-01' } } },
    };
    const [mark] = diffProgress({ [BUILD]: { 'Team A': before[BUILD]['Team A'] } }, marked, ctx);
    expect(describeProgressChange(mark)).toBe('marked not applicable on 2026-05-01 (r)');
    const [unmark] = diffProgress(marked, { [BUILD]: { 'Team A': { stages: {} } } }, ctx);
    expect(describeProgressChange(unmark)).toBe('applicable again (Not assessed)');
    const zero: Progress = { [BUILD]: { 'Team A': { stages: { 'Not implemented': '2026-05-01' } } } };
    const [explicit] = diffProgress({}, zero, ctx);
    expect(describeProgressChange(explicit)).toBe('still Not implemented; Not implemented dated 2026-05-01');
  });
});

describe('progress changes in words', () => {
  const changes = diffProgress(before, after, ctx);

  it('says what happened, with the date the new stage was reached', () => {
    expect(describeProgressChange(changes[0])).toBe('raised from Started to Partly implemented on 2026-04-14');
    expect(describeProgressChange(changes[1])).toBe(
      'still Started; Started moved from 2026-01-05 to 2026-01-06, Legacy dated 2025-12-01',
    );
    expect(describeProgressChange(changes[2])).toBe('lowered from Fully implemented to Started');
  });

  it('names activities by name, sub-dimension and level, or by uuid when the model lacks them', () => {
    expect(describeActivity(BUILD, SMALL_MODEL)).toBe('"Defined build process" (Build, level 1)');
    expect(describeActivity('x', SMALL_MODEL)).toBe('activity x (not in the model)');
    expect(describeActivity('x', undefined)).toBe('activity x');
  });

  it('lists the changes team by team, teams in list order and unknown teams last', () => {
    const lines = progressDiffText(
      diffProgress(before, { ...after, [BUILD]: { ...after[BUILD], 'Team B': { stages: {} } } }, ctx),
      ctx,
    );
    expect(lines).toEqual([
      'Team B',
      '  "Defined build process" (Build, level 1): lowered from Started to Not assessed.',
      'Team A',
      '  "Defined build process" (Build, level 1): raised from Started to Partly implemented on 2026-04-14.',
      '  "Defined deployment process" (Deployment, level 1): still Started; Started moved from 2026-01-05 to 2026-01-06, Legacy dated 2025-12-01.',
      '  "Test for stored secrets" (Static depth, level 1): lowered from Fully implemented to Started.',
      'Ghost',
      '  activity not-a-uuid (not in the model): raised from Not assessed to Started on 2026-05-01.',
      '5 changes for 3 teams.',
    ]);
    expect(progressDiffText([], ctx)).toEqual(['No progress changed.']);
  });

  it('quotes team names that would not show on a line of their own', () => {
    const odd = diffProgress({}, { [BUILD]: { ' padded ': { stages: { Started: '2026-01-01' } } } }, ctx);
    expect(progressDiffText(odd, ctx)[0]).toBe('" padded "');
  });
});
