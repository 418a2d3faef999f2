import { AssessmentState } from '../types';
import { emptyAssessment } from '../assessment/empty-assessment';
import { STAGES } from '../testing/model-fixture';
import { thrownCode } from '../testing/thrown-code';
import { addGroup, deleteGroup, moveGroup, renameGroup, setGroupMembers } from './group-edits';
import { TeamsError } from './teams-error';

const state: AssessmentState = emptyAssessment({
  teams: ['Team A', 'Team B', 'Team C'],
  teamGroups: { One: ['Team A'], Two: ['Team B'], Three: [] },
  stages: STAGES,
});

const code = (fn: () => unknown) => thrownCode(TeamsError, fn);

describe('group edits', () => {
  it('adds a group at the end, with members', () => {
    const next = addGroup(state, ' Four ', ['Team C', 'Team A', 'Team C']);
    expect(Object.entries(next.teams.groups)).toEqual([
      ['One', ['Team A']],
      ['Two', ['Team B']],
      ['Three', []],
      ['Four', ['Team C', 'Team A']],
    ]);
    expect(next.teamsEdited).toBeTrue();
    expect(addGroup(state, 'Empty').teams.groups['Empty']).toEqual([]);
    expect(code(() => addGroup(state, 'One'))).toBe('duplicate-name');
    expect(code(() => addGroup(state, ''))).toBe('empty-name');
    expect(code(() => addGroup(state, 'X', ['Nope']))).toBe('unknown-team');
  });

  it('adds a group called __proto__ as a plain group', () => {
    const next = addGroup(state, '__proto__', ['Team A']);
    expect(Object.keys(next.teams.groups)).toContain('__proto__');
    expect(Object.getPrototypeOf(next.teams.groups)).toBe(Object.prototype);
  });

  it('renames a group in place', () => {
    const next = renameGroup(state, 'Two', 'Deux');
    expect(Object.keys(next.teams.groups)).toEqual(['One', 'Deux', 'Three']);
    expect(next.teams.groups['Deux']).toEqual(['Team B']);
    expect(renameGroup(state, 'Two', ' Two ')).toBe(state);
    expect(code(() => renameGroup(state, 'Two', 'One'))).toBe('duplicate-name');
    expect(code(() => renameGroup(state, 'Nope', 'X'))).toBe('unknown-group');
  });

  it('deletes a group and keeps its teams', () => {
    const next = deleteGroup(state, 'One');
    expect(Object.keys(next.teams.groups)).toEqual(['Two', 'Three']);
    expect(next.teams.teams).toEqual(state.teams.teams);
    expect(code(() => deleteGroup(state, 'constructor'))).toBe('unknown-group');
  });

  it('moves a group', () => {
    expect(Object.keys(moveGroup(state, 'Three', 0).teams.groups)).toEqual(['Three', 'One', 'Two']);
    expect(Object.keys(moveGroup(state, 'One', 5).teams.groups)).toEqual(['Two', 'Three', 'One']);
  });

  it('sets the members of a group', () => {
    const next = setGroupMembers(state, 'Three', ['Team C', 'Team B', 'Team B']);
    expect(next.teams.groups['Three']).toEqual(['Team C', 'Team B']);
    expect(Object.keys(next.teams.groups)).toEqual(['One', 'Two', 'Three']);
    expect(code(() => setGroupMembers(state, 'Three', ['Nope']))).toBe('unknown-team');
    expect(code(() => setGroupMembers(state, 'Nope', []))).toBe('unknown-group');
    expect(state.teams.groups['Three']).toEqual([]);
  });
});
