import { Progress } from '../types';
import { STAGES } from '../testing/model-fixture';
import { setTeamsStage, setTeamStage, teamProgress, withTeamProgress } from './set-team-stage';

describe('setTeamStage', () => {
  const today = '2026-06-01';
  const now = Date.UTC(2026, 5, 1, 12);
  const progress: Progress = {
    a1: { 'Team A': { stages: { Started: '2026-01-01' } }, 'Team B': { stages: { Started: '2026-01-02' } } },
    a2: { 'Team A': { stages: { 'Fully implemented': '2026-02-01' } } },
  };

  it('sets the stage of one team on one activity, stamped with now', () => {
    const next = setTeamStage(progress, 'a1', 'Team A', 'Partly implemented', today, now, STAGES);
    expect(next['a1']['Team A']).toEqual({
      stages: { Started: '2026-01-01', 'Partly implemented': today },
      editedAt: now,
    });
    expect(next['a1']['Team B']).toBe(progress['a1']['Team B']);
    expect(next['a2']).toBe(progress['a2']);
  });

  it('creates entries for a new activity or team', () => {
    const next = setTeamStage(progress, 'a3', 'Team C', 'Started', today, now, STAGES);
    expect(next['a3']).toEqual({ 'Team C': { stages: { Started: today }, editedAt: now } });
  });

  it('writes the 0% stage with its date when set explicitly, so the downgrade survives a reload', () => {
    const next = setTeamStage(progress, 'a2', 'Team A', 'Not implemented', today, now, STAGES);
    expect(next['a2']['Team A']).toEqual({ stages: { 'Not implemented': today }, editedAt: now });
    // Not assessed before: saying "Not implemented" is an assessment of its own.
    expect(setTeamStage(progress, 'a9', 'Team A', 'Not implemented', today, now, STAGES)['a9']['Team A']).toEqual({
      stages: { 'Not implemented': today },
      editedAt: now,
    });
  });

  it('returns the same progress when the stage does not change', () => {
    expect(setTeamStage(progress, 'a1', 'Team A', 'Started', today, now, STAGES)).toBe(progress);
    const zero = setTeamStage(progress, 'a9', 'Team A', 'Not implemented', today, now, STAGES);
    expect(setTeamStage(zero, 'a9', 'Team A', 'Not implemented', '2026-07-01', now + 1, STAGES)).toBe(zero);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(progress);
    setTeamStage(progress, 'a1', 'Team A', 'Fully implemented', today, now, STAGES);
    setTeamStage(progress, 'a2', 'Team A', 'Not implemented', today, now, STAGES);
    expect(progress).toEqual(copy);
  });

  it('treats team names like constructor or __proto__ as plain names', () => {
    expect(teamProgress(progress, 'a1', 'constructor')).toBeUndefined();
    expect(teamProgress(progress, 'toString', 'Team A')).toBeUndefined();
    const next = setTeamStage(progress, '__proto__', '__proto__', 'Started', today, now, STAGES);
    expect(teamProgress(next, '__proto__', '__proto__')).toEqual({ stages: { Started: today }, editedAt: now });
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
  });

  it('replaces one entry with withTeamProgress', () => {
    const next = withTeamProgress(progress, 'a1', 'Team B', { stages: {} });
    expect(next['a1']['Team B']).toEqual({ stages: {} });
    expect(next['a1']['Team A']).toBe(progress['a1']['Team A']);
  });
});

describe('setTeamsStage', () => {
  const today = '2026-06-01';
  const now = Date.UTC(2026, 5, 1, 12);
  const progress: Progress = {
    a1: {
      'Team A': { stages: { Started: '2026-01-01' } },
      'Team B': { stages: { 'Fully implemented': '2026-01-02' }, notApplicable: { reason: '', date: '2026-01-03' } },
    },
    a2: { 'Team A': { stages: { 'Fully implemented': '2026-02-01' } } },
  };
  const teams = ['Team A', 'Team B', 'Team C', '__proto__'];

  it('gives what setting each team in turn gives', () => {
    for (const stage of STAGES.map((s) => s.title)) {
      let oneByOne = progress;
      for (const team of teams) oneByOne = setTeamStage(oneByOne, 'a1', team, stage, today, now, STAGES);
      expect(setTeamsStage(progress, 'a1', teams, stage, today, now, STAGES)).toEqual(oneByOne);
    }
  });

  it('keeps the other activities and the teams that did not change; a stage ends a "not applicable" mark', () => {
    const next = setTeamsStage(
      progress,
      'a1',
      ['Team A', 'Team C', '__proto__'],
      'Fully implemented',
      today,
      now,
      STAGES,
    );
    expect(next['a2']).toBe(progress['a2']);
    expect(next['a1']['Team B']).toBe(progress['a1']['Team B']);
    expect(Object.keys(next['a1'])).toEqual(['Team A', 'Team B', 'Team C', '__proto__']);
    expect(Object.getPrototypeOf(next['a1'])).toBe(Object.prototype);
    const set = setTeamsStage(progress, 'a1', ['Team B'], 'Fully implemented', today, now, STAGES);
    expect(set['a1']['Team B']).toEqual({ stages: { 'Fully implemented': '2026-01-02' }, editedAt: now });
  });

  it('returns the progress itself when no stage changes', () => {
    expect(setTeamsStage(progress, 'a2', ['Team A'], 'Fully implemented', today, now, STAGES)).toBe(progress);
    expect(setTeamsStage(progress, 'a1', [], 'Started', today, now, STAGES)).toBe(progress);
  });
});
