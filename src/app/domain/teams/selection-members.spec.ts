import { Teams } from '../types';
import { selectionFileName, selectionLabel } from './selection-label';
import { selectionMembers } from './selection-members';

const TEAMS: Teams = {
  names: ['Aurora', 'Birch', 'Cedar', 'Dune', 'Web'],
  groups: { Frontend: ['Birch', 'Aurora', 'Gone'], Platform: ['Cedar', 'Dune'], Web: ['Aurora'] },
};
const members = (teams: string[], group?: string) => {
  const { chosen, unknown } = selectionMembers({ teams, ...(group === undefined ? {} : { group }) }, TEAMS);
  return { chosen: [...chosen].sort(), unknown };
};

describe('selection members', () => {
  it("reads a group's name in the teams list (?teams=Frontend) as its members, as the group chip selects them", () => {
    expect(members(['Frontend'])).toEqual({ chosen: ['Aurora', 'Birch'], unknown: [] });
    expect(members(['Frontend', 'Dune'])).toEqual({ chosen: ['Aurora', 'Birch', 'Dune'], unknown: [] });
    expect(members([], 'Frontend')).toEqual(members(['Frontend']));
    // Titles and file names call it by the group's name, as for ?group=Frontend.
    expect(selectionLabel({ teams: ['Frontend'] }, TEAMS, 'All teams')).toBe('Frontend');
    expect(selectionFileName({ teams: ['Frontend'] }, TEAMS)).toBe('frontend');
    expect(selectionLabel({ teams: ['Frontend', 'Dune'] }, TEAMS, 'All teams')).toBe('Aurora, Birch, Dune');
  });

  it('takes a team over a group of the same name', () => {
    expect(members(['Web'])).toEqual({ chosen: ['Web'], unknown: [] });
    expect(selectionLabel({ teams: ['Web'] }, TEAMS, 'All teams')).toBe('Web');
    expect(members([], 'Web')).toEqual({ chosen: ['Aurora'], unknown: [] });
  });

  it('reports names that are neither a team nor a group, in the order given, rather than dropping them', () => {
    expect(members(['Nobody', 'Cedar', 'Frontend teams', 'constructor'])).toEqual({
      chosen: ['Cedar'],
      unknown: ['Nobody', 'Frontend teams', 'constructor'],
    });
    expect(members([], 'No such group')).toEqual({ chosen: [], unknown: ['No such group'] });
    expect(members([], 'toString')).toEqual({ chosen: [], unknown: ['toString'] });
    expect(members([])).toEqual({ chosen: [], unknown: [] });
  });
});
