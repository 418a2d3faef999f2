import { coverageText, shareText } from './coverage';

describe('assessment coverage in words', () => {
  it('names the one team and counts activities', () => {
    expect(coverageText({ assessed: 120, total: 194, teams: ['Team A'] })).toBe(
      'Team A has assessed 120 of 194 activities',
    );
  });

  it('counts activity x team pairs for several teams, never rounding up to 100%', () => {
    expect(
      coverageText({
        assessed: 2327,
        total: 2328,
        teams: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'],
      }),
    ).toBe('12 teams have assessed 2,327 of 2,328 activity × team pairs (99%)');
  });

  it('says "under 1%" once any pair is assessed, not "0%"', () => {
    const teams = ['A', 'B', 'C', 'D'];
    expect(coverageText({ assessed: 3, total: 776, teams })).toBe(
      '4 teams have assessed 3 of 776 activity × team pairs (under 1%)',
    );
    expect(coverageText({ assessed: 0, total: 776, teams })).toBe(
      '4 teams have assessed 0 of 776 activity × team pairs (0%)',
    );
    expect(shareText(8, 776)).toBe('1%');
  });

  it('says nothing without teams', () => {
    expect(coverageText({ assessed: 0, total: 0, teams: [] })).toBe('');
  });
});
