import { STAGES } from '../testing/model-fixture';
import {
  draftOf,
  newStageRow,
  percentLabel,
  restoredDraft,
  sameStages,
  sortedByScore,
  StageRow,
  stageDraftProblems,
  stagesOf,
  withRowAdded,
  withRowChanged,
  withRowMoved,
  withRowRemoved,
} from './stage-draft';

const rows = (): StageRow[] => draftOf(STAGES);
const messages = (draft: readonly StageRow[]) => stageDraftProblems(draft).map((p) => [p.row, p.field, p.message]);

describe('stage draft', () => {
  it('starts from the saved stages, each row remembering its title', () => {
    expect(rows().map((row) => [row.from, row.title, row.score])).toEqual([
      ['Not implemented', 'Not implemented', 0],
      ['Started', 'Started', 0.2],
      ['Partly implemented', 'Partly implemented', 0.5],
      ['Fully implemented', 'Fully implemented', 1],
    ]);
    expect(stageDraftProblems(rows())).toEqual([]);
  });

  it('adds a stage in score order', () => {
    const added = withRowAdded(rows(), { title: 'Piloted', score: 0.3, definition: '' });
    expect(added.map((row) => row.title)).toEqual([
      'Not implemented',
      'Started',
      'Piloted',
      'Partly implemented',
      'Fully implemented',
    ]);
    expect(added[2].from).toBeUndefined();
    expect(withRowAdded([], { title: 'X', score: 0.3, definition: '' }).length).toBe(1);
  });

  it('"Add stage" proposes a unique title and a new score midway between the two highest stages', () => {
    const first = newStageRow(rows());
    expect(first).toEqual({ title: 'New stage', score: 0.75, definition: '' });
    const twice = withRowAdded(rows(), first);
    expect(twice.map((row) => row.title)).toEqual([
      'Not implemented',
      'Started',
      'Partly implemented',
      'New stage',
      'Fully implemented',
    ]);
    const second = newStageRow(twice);
    expect(second.title).toBe('New stage 2');
    expect(second.score).toBe(0.88);
    // Between 99% and 100% no whole percentage fits: 99.5%. A title typed with spaces still counts.
    const tight: StageRow[] = [
      { title: 'Not implemented', score: 0, definition: '' },
      { title: ' New stage ', score: 0.99, definition: '' },
      { title: 'New stage 2', score: 0.99, definition: '' },
      { title: 'Done', score: 1, definition: '' },
    ];
    expect(newStageRow(tight)).toEqual({ title: 'New stage 3', score: 0.995, definition: '' });
    // With fewer than two scores, the ends of the ladder fill in.
    expect(newStageRow([]).score).toBe(0.5);
    expect(newStageRow([{ title: 'x', score: 0.4, definition: '' }]).score).toBe(0.7);
    expect(newStageRow([{ title: 'x', score: 1, definition: '' }]).score).toBe(0.5);
    // The result is never a duplicate score and keeps the draft valid.
    let draft = rows();
    for (let i = 0; i < 12; i++) draft = withRowAdded(draft, newStageRow(draft));
    expect(new Set(draft.map((row) => row.score)).size).toBe(draft.length);
    expect(new Set(draft.map((row) => row.title)).size).toBe(draft.length);
    expect(stageDraftProblems(draft)).toEqual([]);
  });

  it('renames, re-scores, removes and moves rows without touching the others', () => {
    const base = rows();
    const renamed = withRowChanged(base, 1, { title: 'Begun' });
    expect(renamed[1]).toEqual({ from: 'Started', title: 'Begun', score: 0.2, definition: STAGES[1].definition });
    expect(renamed[2]).toBe(base[2]);
    expect(withRowChanged(base, 2, { score: 0.6 })[2].score).toBe(0.6);
    expect(withRowRemoved(base, 1).map((row) => row.title)).toEqual([
      'Not implemented',
      'Partly implemented',
      'Fully implemented',
    ]);
    expect(withRowMoved(base, 2, 1).map((row) => row.title)).toEqual([
      'Not implemented',
      'Partly implemented',
      'Started',
      'Fully implemented',
    ]);
    expect(withRowMoved(base, 0, 99).map((row) => row.title)).toEqual([
      'Started',
      'Partly implemented',
      'Fully implemented',
      'Not implemented',
    ]);
    expect(withRowMoved(base, 7, 0)).toEqual(base);
  });

  it('sorts by score keeping the order of equal scores', () => {
    const draft: StageRow[] = [
      { title: 'b', score: 0.5, definition: '' },
      { title: 'z', score: 1, definition: '' },
      { title: 'a', score: 0.5, definition: '' },
      { title: 'o', score: 0, definition: '' },
    ];
    expect(sortedByScore(draft).map((row) => row.title)).toEqual(['o', 'b', 'a', 'z']);
  });

  it('restores meta.yaml stages, linking those of the same title', () => {
    const saved = [STAGES[0], { ...STAGES[1], title: 'Begun' }, STAGES[3]];
    const restored = restoredDraft(saved, STAGES);
    expect(restored.map((row) => [row.from, row.title])).toEqual([
      ['Not implemented', 'Not implemented'],
      [undefined, 'Started'],
      [undefined, 'Partly implemented'],
      ['Fully implemented', 'Fully implemented'],
    ]);
  });

  describe('validation', () => {
    it('needs a name on every stage', () => {
      expect(messages(withRowChanged(rows(), 1, { title: '   ' }))).toEqual([[1, 'title', 'A stage needs a name.']]);
    });

    it('needs unique names, compared trimmed and exactly', () => {
      expect(messages(withRowChanged(rows(), 2, { title: ' Started ' }))).toEqual([
        [2, 'title', 'Stage 2 is already called "Started".'],
      ]);
      expect(stageDraftProblems(withRowChanged(rows(), 2, { title: 'started' }))).toEqual([]);
    });

    it('needs scores from 0% to 100%', () => {
      for (const score of [-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        const problems = stageDraftProblems(withRowChanged(rows(), 1, { score }));
        expect(problems.some((p) => p.row === 1 && p.field === 'score' && /from 0% to 100%/.test(p.message)))
          .withContext(String(score))
          .toBeTrue();
      }
    });

    it('needs exactly one 0% stage and one 100% stage', () => {
      expect(messages(withRowChanged(rows(), 0, { score: 0.1 }))).toEqual([
        [undefined, undefined, 'One stage must score 0% (not implemented); none does.'],
      ]);
      expect(messages(withRowChanged(rows(), 3, { score: 0.9 }))).toEqual([
        [undefined, undefined, 'One stage must score 100% (fully implemented); none does.'],
      ]);
      expect(messages(withRowChanged(rows(), 1, { score: 0 }))).toEqual([
        [1, 'score', 'Only one stage can score 0%; stage 1 already does.'],
      ]);
      expect(messages(withRowChanged(rows(), 2, { score: 1 }))).toEqual([
        [3, 'score', 'Only one stage can score 100%; stage 3 already does.'],
      ]);
    });

    it('needs the stages ordered from 0% to 100% (equal scores are fine)', () => {
      const swapped = withRowMoved(rows(), 2, 1);
      expect(messages(swapped)).toEqual([
        [2, 'score', 'It scores less (20%) than the stage above it (50%): order the stages from 0% to 100%.'],
      ]);
      expect(stageDraftProblems(sortedByScore(swapped))).toEqual([]);
      expect(stageDraftProblems(withRowChanged(rows(), 2, { score: 0.2 }))).toEqual([]);
    });

    it('reports every problem at once', () => {
      const draft = withRowChanged(withRowChanged(rows(), 1, { title: '' }), 3, { score: 2 });
      expect(stageDraftProblems(draft).length).toBe(3);
    });
  });

  it('saves trimmed titles and definitions', () => {
    const draft = withRowChanged(rows(), 1, { title: '  Begun ', definition: ' text ' });
    expect(stagesOf(draft)[1]).toEqual({ title: 'Begun', score: 0.2, definition: 'text' });
  });

  it('compares definitions by title, score, definition and order', () => {
    expect(sameStages(STAGES, [...STAGES])).toBeTrue();
    expect(sameStages(STAGES, STAGES.slice(1))).toBeFalse();
    expect(
      sameStages(
        STAGES,
        STAGES.map((s, i) => (i === 1 ? { ...s, definition: 'x' } : s)),
      ),
    ).toBeFalse();
    expect(sameStages(STAGES, [STAGES[0], STAGES[2], STAGES[1], STAGES[3]])).toBeFalse();
  });

  it('labels scores as percentages', () => {
    expect([0, 0.2, 1 / 3, 1].map(percentLabel)).toEqual(['0%', '20%', '33.33%', '100%']);
  });
});
