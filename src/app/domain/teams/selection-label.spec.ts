import { fileNamePart } from '../common/file-name-part';
import { Teams } from '../types';
import { selectionFileName, selectionLabel } from './selection-label';

const TEAMS: Teams = {
  names: ['Team A', 'Team B', 'Team C', 'Team D', 'Team E', 'Team F', 'Team G', 'Öl & Gas'],
  groups: { 'Frontend teams': ['Team B', 'Team A', 'Gone'], Empty: ['Gone'], Everyone: ['Team A'] },
};
const label = (teams: string[], group?: string) =>
  selectionLabel({ teams, ...(group !== undefined ? { group } : {}) }, TEAMS, 'All teams');
const file = (teams: string[], group?: string) =>
  selectionFileName({ teams, ...(group !== undefined ? { group } : {}) }, TEAMS);

describe('selection label', () => {
  it('names a group chosen as a whole by its name, not its members', () => {
    expect(label([], 'Frontend teams')).toBe('Frontend teams');
    expect(file([], 'Frontend teams')).toBe('frontend-teams');
  });

  it('names teams chosen one by one, in team order, and says how many more past five', () => {
    expect(label(['Team C', 'Team A'])).toBe('Team A, Team C');
    expect(label(['Team A', 'Team B', 'Team C', 'Team D', 'Team E', 'Team F'])).toBe(
      'Team A, Team B, Team C, Team D, Team E and 1 more team',
    );
    expect(label(['Team A', 'Team B', 'Team C', 'Team D', 'Team E', 'Team F', 'Team G'])).toBe(
      'Team A, Team B, Team C, Team D, Team E and 2 more teams',
    );
    expect(file(['Team C', 'Team A'])).toBe('team-a-team-c');
    expect(file(['Team A', 'Team B', 'Team C', 'Team D'])).toBe('4-teams');
    expect(file(['Öl & Gas'])).toBe('öl-gas');
  });

  it('is all teams for nothing, every team, unknown names or a group without known members', () => {
    expect(label([])).toBe('All teams');
    expect(label(TEAMS.names.slice())).toBe('All teams');
    expect(label(['Nobody'])).toBe('All teams');
    expect(label([], 'Empty')).toBe('All teams');
    expect(label([], 'No such group')).toBe('All teams');
    expect(label([], 'constructor')).toBe('All teams');
    expect(file([])).toBe('');
  });
});

describe('file name part', () => {
  it('keeps letters and digits of any script, lower case, and cuts long names at a dash', () => {
    expect(fileNamePart('  Team/A: "Prod" ')).toBe('team-a-prod');
    expect(fileNamePart('Команда №1')).toBe('команда-no1');
    expect(fileNamePart('Platform and infrastructure engineering teams', 30)).toBe('platform-and-infrastructure');
    expect(fileNamePart('x'.repeat(50), 10)).toBe('x'.repeat(10));
    expect(fileNamePart('../..')).toBe('');
  });
});
