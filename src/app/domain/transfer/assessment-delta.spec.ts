import { fromFiles } from '../assessment/empty-assessment';
import { STAGES } from '../testing/model-fixture';
import { progressTally } from '../stages/apply-stage-draft';
import { AssessmentState } from '../types';
import { assessmentDelta, withDelta } from './assessment-delta';

const base: AssessmentState = {
  ...fromFiles({
    teams: ['A', 'B'],
    groups: {},
    stages: STAGES,
    progress: {
      u1: { A: { stages: { Started: '2026-01-01' } } },
      u2: { B: { stages: { Started: '2026-01-02' } } },
    },
    evidence: [],
  }),
  targets: { A: 2 },
};

describe('assessmentDelta', () => {
  it("tells the page's copy what changed: rebuilt from the base, the parts left alone are the base's own", () => {
    const u3 = { A: { stages: { Started: '2026-03-01' }, editedAt: 3 } };
    const applied = (from: AssessmentState): AssessmentState => {
      const next: AssessmentState = {
        ...from,
        teams: { names: ['A', 'B', 'C'], groups: {} },
        progress: { u1: from.progress['u1'], u3, u2: { ...from.progress['u2'], C: u3.A } },
      };
      delete (next as { targets?: unknown }).targets;
      return next;
    };
    // Made in the worker from its copy of the base; the page rebuilds it from its own.
    const copy = structuredClone(base);
    const rebuilt = withDelta(base, structuredClone(assessmentDelta(copy, applied(copy))));
    expect(rebuilt).toEqual(applied(base));
    expect(Object.keys(rebuilt)).toEqual(Object.keys(applied(base)));
    expect(Object.keys(rebuilt.progress)).toEqual(['u1', 'u3', 'u2']);
    expect(rebuilt.progress['u1']).toBe(base.progress['u1']);
    expect(rebuilt.progress['u2']['B']).toBe(base.progress['u2']['B']);
    expect(rebuilt.evidence).toBe(base.evidence);
    expect(rebuilt.settings).toBe(base.settings);
    expect('targets' in rebuilt).toBeFalse();
  });

  it("brings the result's count of entries per stage, so that the page does not count them again", () => {
    const u3 = { A: { stages: { Started: '2026-03-01', 'Fully implemented': '2026-03-05' } } };
    const copy = structuredClone(base);
    const delta = structuredClone(assessmentDelta(copy, { ...copy, progress: { ...copy.progress, u3 } }));
    const rebuilt = withDelta(base, delta);
    // The data centre's "Progress: 3 team × activity entries" and the stage editor's counts read it.
    expect(progressTally(rebuilt.progress)).toBe(delta.tally!);
    expect(progressTally(structuredClone(rebuilt.progress))).toEqual({
      entries: 3,
      usage: new Map([
        ['Started', 3],
        ['Fully implemented', 1],
      ]),
    });
  });

  it('keeps an activity or team named __proto__ as data', () => {
    const teams = { A: { stages: { Started: '2026-03-01' } } };
    const progress = { ...base.progress };
    Object.defineProperty(progress, '__proto__', { value: teams, enumerable: true });
    const rebuilt = withDelta(base, structuredClone(assessmentDelta(base, { ...base, progress })));
    expect(Object.getOwnPropertyDescriptor(rebuilt.progress, '__proto__')?.value).toEqual(teams);
    expect(Object.getPrototypeOf(rebuilt.progress)).toBe(Object.prototype);
  });

  it('is the base itself where nothing changed', () => {
    const delta = assessmentDelta(base, base);
    expect(delta.progress).toBeUndefined();
    expect(delta.changed).toEqual({});
    expect(withDelta(base, delta).progress).toBe(base.progress);
  });
});
