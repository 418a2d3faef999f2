import { combineAssessments } from '../assessment/combine-assessments';
import { fromFiles } from '../assessment/empty-assessment';
import { StatusRules } from '../status/activity-status';
import { STAGES } from '../testing/model-fixture';
import { thrownCode } from '../testing/thrown-code';
import { AssessmentState, Progress } from '../types';
import {
  applyStageDraft,
  planStageSave,
  progressTally,
  RemovedStageChoice,
  stageUsage,
  StagesError,
} from './apply-stage-draft';
import { draftOf, restoredDraft, StageRow, withRowAdded, withRowChanged, withRowRemoved } from './stage-draft';

const NOW = Date.UTC(2026, 5, 1, 12);

const progress: Progress = {
  a1: {
    'Team A': { stages: { Started: '2026-01-01', 'Partly implemented': '2026-02-01' } },
    'Team B': { stages: { Started: '2026-01-05' }, editedAt: 5 },
  },
  a2: {
    'Team A': { stages: { 'Fully implemented': '2026-03-01', Legacy: '2020-01-01' } },
    'Team C': { stages: { 'Partly implemented': '2026-04-01' } },
  },
  a3: { 'Team B': { stages: {}, editedAt: 9 } },
};

const assessment: AssessmentState = fromFiles({
  teams: ['Team A', 'Team B', 'Team C'],
  groups: {},
  stages: STAGES,
  progress,
  evidence: [],
});
const served = STAGES;
const save = (rows: readonly StageRow[], choices: Record<string, RemovedStageChoice> = {}, from = assessment) =>
  applyStageDraft(from, rows, choices, { now: NOW, served });

const errorCode = (fn: () => unknown) => thrownCode(StagesError, fn);

describe('stage usage and save plan', () => {
  it('counts entries with a date at each title, and the entries in all', () => {
    expect(Object.fromEntries(stageUsage(progress))).toEqual({
      Started: 2,
      'Partly implemented': 2,
      'Fully implemented': 1,
      Legacy: 1,
    });
    expect(progressTally(progress).entries).toBe(5);
    // A changed progress (a new object, as the store makes) is counted again.
    const more = { ...progress, a4: { 'Team C': { stages: { Started: '2026-05-01' } } } };
    expect(progressTally(more).entries).toBe(6);
    expect(stageUsage(more).get('Started')).toBe(3);
    expect(stageUsage(progress).get('Started')).toBe(2);
  });

  it('lists renamed, removed, added and re-scored stages with how much progress they hold', () => {
    let rows = withRowChanged(draftOf(STAGES), 1, { title: 'Begun', score: 0.25 });
    rows = withRowRemoved(rows, 2);
    rows = withRowAdded(rows, { title: 'Piloted', score: 0.4, definition: '' });
    expect(planStageSave(STAGES, rows, progress)).toEqual({
      renamed: [{ from: 'Started', to: 'Begun', entries: 2 }],
      removed: [{ title: 'Partly implemented', entries: 2 }],
      added: ['Piloted'],
      rescored: [{ title: 'Begun', from: 0.2, to: 0.25 }],
    });
  });
});

describe('applyStageDraft', () => {
  it('saving the draft unchanged changes nothing', () => {
    expect(save(draftOf(STAGES))).toBe(assessment);
  });

  it('refuses an invalid draft', () => {
    expect(errorCode(() => save(withRowChanged(draftOf(STAGES), 3, { score: 0.9 })))).toBe('invalid-draft');
  });

  it('renaming a stage carries its progress along and stamps exactly the entries it changed', () => {
    const next = save(withRowChanged(draftOf(STAGES), 1, { title: 'Begun' }));
    expect(next.stages.map((s) => s.title)).toEqual([
      'Not implemented',
      'Begun',
      'Partly implemented',
      'Fully implemented',
    ]);
    expect(next.stagesEdited).toBeTrue();
    expect(next.progress['a1']['Team A']).toEqual({
      stages: { Begun: '2026-01-01', 'Partly implemented': '2026-02-01' },
      editedAt: NOW,
    });
    expect(next.progress['a1']['Team B']).toEqual({ stages: { Begun: '2026-01-05' }, editedAt: NOW });
    expect(next.progress['a2']).toBe(progress['a2']);
    expect(next.progress['a3']).toBe(progress['a3']);
    expect(new StatusRules(next.stages, '2099-01-01').of(next.progress['a1']['Team A']).stage?.title).toBe(
      'Partly implemented',
    );
  });

  it('a rename survives a reload of the served file that still has the old title', () => {
    const next = save(withRowChanged(draftOf(STAGES), 1, { title: 'Begun' }));
    const reloaded = combineAssessments(assessment, next);
    expect(reloaded.progress['a1']['Team B'].stages).toEqual({ Begun: '2026-01-05' });
    expect(reloaded.stages).toBe(next.stages);
  });

  it("swapping two names carries each one's dates to the other", () => {
    let rows = withRowChanged(draftOf(STAGES), 1, { title: 'Partly implemented' });
    rows = withRowChanged(rows, 2, { title: 'Started' });
    const next = save(rows);
    expect(next.progress['a1']['Team A'].stages).toEqual({ 'Partly implemented': '2026-01-01', Started: '2026-02-01' });
  });

  it('re-scoring keeps every date and changes what counts', () => {
    const next = save(withRowChanged(draftOf(STAGES), 2, { score: 0.6 }));
    expect(next.progress).toBe(assessment.progress);
    expect(next.stages[2].score).toBe(0.6);
  });

  it('adding a stage keeps every date', () => {
    const next = save(withRowAdded(draftOf(STAGES), { title: 'Piloted', score: 0.3, definition: 'Pilot' }));
    expect(next.progress).toBe(assessment.progress);
    expect(next.stages.map((s) => s.title)).toContain('Piloted');
  });

  describe('deleting a stage', () => {
    const rows = withRowRemoved(draftOf(STAGES), 2);

    it('asks what to do when it holds progress', () => {
      expect(errorCode(() => save(rows))).toBe('choice-needed');
    });

    it('needs no choice when it holds none', () => {
      const unused = { ...assessment, progress: { a3: progress['a3'] } };
      expect(save(rows, {}, unused).stages.length).toBe(3);
    });

    it('remove: deletes exactly its dates', () => {
      const next = save(rows, { 'Partly implemented': { kind: 'remove' } });
      expect(next.progress['a1']['Team A']).toEqual({ stages: { Started: '2026-01-01' }, editedAt: NOW });
      expect(next.progress['a2']['Team C']).toEqual({ stages: {}, editedAt: NOW });
      expect(next.progress['a2']['Team A']).toBe(progress['a2']['Team A']);
      expect(next.progress['a1']['Team B']).toBe(progress['a1']['Team B']);
    });

    it('remove survives a reload (the emptied entry is a stamped browser edit)', () => {
      const next = save(rows, { 'Partly implemented': { kind: 'remove' } });
      expect(combineAssessments(assessment, next).progress['a2']['Team C'].stages).toEqual({});
    });

    it('keep: leaves the dates under the old title', () => {
      const next = save(rows, { 'Partly implemented': { kind: 'keep' } });
      expect(next.progress).toBe(assessment.progress);
      expect(next.stages.map((s) => s.title)).not.toContain('Partly implemented');
    });

    it('move: gives its dates to another stage, keeping the earlier date', () => {
      const next = save(rows, { 'Partly implemented': { kind: 'move', to: 'Started' } });
      expect(next.progress['a1']['Team A'].stages).toEqual({ Started: '2026-01-01' });
      expect(next.progress['a2']['Team C'].stages).toEqual({ Started: '2026-04-01' });
    });

    it('move: to a renamed stage uses its new name', () => {
      const renamed = withRowChanged(rows, 1, { title: 'Begun' });
      const next = save(renamed, { 'Partly implemented': { kind: 'move', to: 'Begun' } });
      expect(next.progress['a2']['Team C'].stages).toEqual({ Begun: '2026-04-01' });
      expect(errorCode(() => save(renamed, { 'Partly implemented': { kind: 'move', to: 'Started' } }))).toBe(
        'bad-target',
      );
    });
  });

  it('never touches titles that are not in the saved definition', () => {
    const next = save(withRowRemoved(draftOf(STAGES), 2), { 'Partly implemented': { kind: 'remove' } });
    expect(next.progress['a2']['Team A'].stages).toEqual({ 'Fully implemented': '2026-03-01', Legacy: '2020-01-01' });
  });

  it('a stage called __proto__ is an ordinary title', () => {
    const weird = { ...assessment, progress: { a1: { 'Team A': { stages: { Started: '2026-01-01' } } } } };
    const next = save(withRowChanged(draftOf(STAGES), 1, { title: '__proto__' }), {}, weird);
    expect(Object.keys(next.progress['a1']['Team A'].stages)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(next.progress['a1']['Team A'].stages)).toBe(Object.prototype);
  });

  it('restoring the meta.yaml stages clears the edited mark and brings renamed titles back', () => {
    const edited = save(withRowChanged(draftOf(STAGES), 1, { title: 'Begun' }));
    const restored = restoredDraft(edited.stages, STAGES);
    expect(errorCode(() => save(restored, {}, edited))).toBe('choice-needed');
    const back = save(restored, { Begun: { kind: 'move', to: 'Started' } }, edited);
    expect(back.stages).toEqual(STAGES);
    expect(back.stagesEdited).toBeFalse();
    expect(back.progress['a1']['Team B'].stages).toEqual({ Started: '2026-01-05' });
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(assessment);
    save(withRowRemoved(withRowChanged(draftOf(STAGES), 1, { title: 'Begun' }), 2), {
      'Partly implemented': { kind: 'move', to: 'Begun' },
    });
    expect(assessment).toEqual(copy);
  });
});
