import { SMALL_MODEL, STAGES, TODAY } from '../testing/model-fixture';
import { Progress } from '../types';
import { scoreAssessment } from './score-assessment';
import { doneMeaning, doneText } from './score-counts';

const [build, virtual, deploy, staticAnalysis, secrets] = SMALL_MODEL.activities.map((a) => a.uuid);
const at = (title: string) => ({ stages: { [title]: '2026-01-01' } });
const na = { stages: {}, notApplicable: { reason: '', date: '2026-01-01' } };

describe('doneText', () => {
  it('writes a done count one way, with the activities left out as not applicable after it', () => {
    expect(doneText({ total: 27, done: 3, score: 0.2 })).toBe('3 / 27');
    expect(doneText({ total: 27, done: 0, score: 0, notApplicable: 1 })).toBe('0 / 27 (+1 not applicable)');
    expect(doneText({ total: 1_200, done: 1_000, score: 0.9, notApplicable: 0 })).toBe('1,000 / 1,200');
  });
});

describe('doneMeaning', () => {
  it('names the top stage and who must have reached it, for the selection, a team and a group', () => {
    expect(doneMeaning(STAGES, 'selection')).toBe(
      'Done: at Fully implemented (the 100% stage) for every selected team it applies to. ' +
        'Activities that apply to none of them are not counted.',
    );
    expect(doneMeaning(STAGES, 'group')).toContain('for every team of the group it applies to');
    expect(doneMeaning(STAGES, 'team')).toBe(
      'Done: at Fully implemented (the 100% stage). Activities that do not apply to the team are not counted.',
    );
    const renamed = STAGES.map((s) => (s.score === 1 ? { ...s, title: 'Everywhere' } : s));
    expect(doneMeaning(renamed, 'selection')).toMatch(/^Done: at Everywhere \(the 100% stage\)/);
  });

  it('says what the scoring counts: top stage for every team it applies to, all-n/a activities left out', () => {
    const progress: Progress = {
      // Both teams at the top: done.
      [build]: { 'Team A': at('Fully implemented'), 'Team B': at('Fully implemented') },
      // It does not apply to Team B, Team A is at the top: done.
      [virtual]: { 'Team A': at('Fully implemented'), 'Team B': na },
      // Team B has not assessed it: not done.
      [deploy]: { 'Team A': at('Fully implemented') },
      // It applies to neither: not counted at all.
      [staticAnalysis]: { 'Team A': na, 'Team B': na },
      // Team B is one stage short: not done.
      [secrets]: { 'Team A': at('Fully implemented'), 'Team B': at('Partly implemented') },
    };
    const scores = scoreAssessment({
      model: SMALL_MODEL,
      stages: STAGES,
      progress,
      teams: ['Team A', 'Team B'],
      day: TODAY,
    });
    expect(scores.overall.done).toBe(2);
    expect(scores.overall.total).toBe(4);
    expect(scores.overall.notApplicable).toBe(1);
  });
});
