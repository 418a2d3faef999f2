import { evidenceFixture } from '../testing/evidence-fixture';
import { emptyAssessment } from '../assessment/empty-assessment';
import { STAGES } from '../testing/model-fixture';
import { teamsImportDefault, untouchedServedTeams } from './team-lists';

describe('untouchedServedTeams', () => {
  const served = emptyAssessment({ teams: ['Team A', 'Team B'], teamGroups: {}, stages: STAGES });

  it('holds for the served teams with only served data', () => {
    expect(untouchedServedTeams(served, served)).toBeTrue();
  });

  it('fails once the teams, their progress or their evidence were edited in the browser', () => {
    expect(untouchedServedTeams({ ...served, teams: { names: ['Team A'], groups: {} } }, served)).toBeFalse();
    expect(untouchedServedTeams({ ...served, teamsEdited: true }, served)).toBeFalse();
    const progress = { a1: { 'Team B': { stages: { Started: '2026-01-01' }, editedAt: 5 } } };
    expect(untouchedServedTeams({ ...served, progress }, served)).toBeFalse();
    expect(untouchedServedTeams({ ...served, evidence: [evidenceFixture('e', { editedAt: 5 })] }, served)).toBeFalse();
    expect(untouchedServedTeams({ ...served, deletedEvidence: { e: 5 } }, served)).toBeFalse();
  });

  it('replaces untouched served teams by default unless the file lists them all, and adds once work was recorded', () => {
    expect(teamsImportDefault(served, served, ['Red', 'Blue'])).toEqual(
      jasmine.objectContaining({ mode: 'replace', why: 'untouched' }),
    );
    expect(teamsImportDefault(served, served, ['Team A', 'Team B', 'Red'])).toEqual(
      jasmine.objectContaining({ mode: 'merge', why: 'extends' }),
    );
    const edited = { ...served, teamsEdited: true };
    expect(teamsImportDefault(edited, served, ['Red'])).toEqual({ mode: 'merge', why: 'edited', replaced: 'current' });
  });

  it('calls the served teams the sample teams only when they are the build’s own', () => {
    const samples = { names: ['Team A', 'Team B'], groups: {} };
    expect(teamsImportDefault(served, served, ['Red'], samples).replaced).toBe('sample');
    expect(teamsImportDefault(served, served, ['Team A', 'Team B', 'Red'], samples).replaced).toBe('sample');
    // A teams.yaml of the organisation's own, mounted over the image's.
    const own = { names: ['Team A', 'Team B', 'Team C', 'Team D'], groups: { Platform: ['Team C', 'Team D'] } };
    expect(teamsImportDefault(served, served, ['Red'], own).replaced).toBe('served');
    // No snapshot to tell (the dev server): not called samples.
    expect(teamsImportDefault(served, served, ['Red']).replaced).toBe('served');
  });
});
