import { AssessmentState } from '../types';
import { emptyAssessment } from '../assessment/empty-assessment';
import { STAGES } from '../testing/model-fixture';
import { thrownCode } from '../testing/thrown-code';
import { addGroup, deleteGroup, moveGroup, renameGroup, setGroupMembers } from './group-edits';
import { TeamsError } from './teams-error';

const assessment: AssessmentState = emptyAssessment({
  teams: ['Team A', 'Team B', 'Team C'],
  teamGroups: { One: ['Team A'], Two: ['Team B'], Three: [] },
  stages: STAGES,
});

const code = (fn: () => unknown) => thrownCode(TeamsError, fn);

describe('group edits', () => {
  it('adds a group at the end, with members', () => {
    const next = addGroup(assessment, ' Four ', ['Team C', 'Team A', 'Team C']);
    expect(Object.entries(next.teams.groups)).toEqual([
      ['One', ['Team A']],
      ['Two', ['Team B']],
      ['Three', []],
      ['Four', ['Team C', 'Team A']],
    ]);
    expect(next.teamsEdited).toBeTrue();
    expect(addGroup(assessment, 'Empty').teams.groups['Empty']).toEqual([]);
    expect(code(() => addGroup(assessment, 'One'))).toBe('duplicate-name');
    expect(code(() => addGroup(assessment, ''))).toBe('empty-name');
    expect(code(() => addGroup(assessment, 'X', ['Nope']))).toBe('unknown-team');
  });

  it('adds a group called __proto__ as a plain group', () => {
    const next = addGroup(assessment, '__proto__', ['Team A']);
    expect(Object.keys(next.teams.groups)).toContain('__proto__');
    expect(Object.getPrototypeOf(next.teams.groups)).toBe(Object.prototype);
  });

  it('renames a group in place', () => {
    const next = renameGroup(assessment, 'Two', 'Deux');
    expect(Object.keys(next.teams.groups)).toEqual(['One', 'Deux', 'Three']);
    expect(next.teams.groups['Deux']).toEqual(['Team B']);
    expect(renameGroup(assessment, 'Two', ' Two ')).toBe(assessment);
    expect(code(() => renameGroup(assessment, 'Two', 'One'))).toBe('duplicate-name');
    expect(code(() => renameGroup(assessment, 'Nope', 'X'))).toBe('unknown-group');
  });

  it('deletes a group and keeps its teams', () => {
    const next = deleteGroup(assessment, 'One');
    expect(Object.keys(next.teams.groups)).toEqual(['Two', 'Three']);
    expect(next.teams.names).toEqual(assessment.teams.names);
    expect(code(() => deleteGroup(assessment, 'constructor'))).toBe('unknown-group');
  });

  it('moves a group', () => {
    expect(Object.keys(moveGroup(assessment, 'Three', 0).teams.groups)).toEqual(['Three', 'One', 'Two']);
    expect(Object.keys(moveGroup(assessment, 'One', 5).teams.groups)).toEqual(['Two', 'Three', 'One']);
  });

  it('sets the members of a group', () => {
    const next = setGroupMembers(assessment, 'Three', ['Team C', 'Team B', 'Team B']);
    expect(next.teams.groups['Three']).toEqual(['Team C', 'Team B']);
    expect(Object.keys(next.teams.groups)).toEqual(['One', 'Two', 'Three']);
    expect(code(() => setGroupMembers(assessment, 'Three', ['Nope']))).toBe('unknown-team');
    expect(code(() => setGroupMembers(assessment, 'Nope', []))).toBe('unknown-group');
    expect(assessment.teams.groups['Three']).toEqual([]);
  });
});
