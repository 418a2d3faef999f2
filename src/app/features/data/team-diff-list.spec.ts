import { TestBed } from '@angular/core/testing';
import { ZERO } from '../../domain/transfer/assessment-diff';
import { TeamDiffSummary } from '../../domain/transfer/import-preview';
import { ImportOperation } from '../../state/import-operation';
import { TeamDiffList } from './team-diff-list';

/** A preview's teams, made afresh as each preview is (another choice, another tab's edit). */
const summaries = (n: number, stagesAdded = 1): TeamDiffSummary[] =>
  Array.from({ length: n }, (_, i) => ({
    team: `Team ${i + 1}`,
    listed: true,
    counts: { ...ZERO, stagesAdded },
    activityCount: stagesAdded,
  }));

describe('TeamDiffList', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [{ provide: ImportOperation, useValue: { activitiesOf: () => Promise.resolve([]) } }],
    }),
  );

  it('keeps the teams shown when the preview is made again for the same teams', async () => {
    const fixture = TestBed.createComponent(TeamDiffList);
    const root: HTMLElement = fixture.nativeElement;
    fixture.componentRef.setInput('teams', summaries(300));
    await fixture.whenStable();
    const listed = () => root.querySelectorAll('ul.teams > li').length;
    expect(listed()).toBe(30);
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Show 200 more'))!.click();
    await fixture.whenStable();
    expect(listed()).toBe(230);
    // The same teams with other counts (Replace chosen rather than Merge): still 230 (before: 30).
    fixture.componentRef.setInput('teams', summaries(300, 2));
    await fixture.whenStable();
    expect(listed()).toBe(230);
    expect(root.textContent).toContain('Showing 230 of 300');
    // Another file's teams start at the first 30 again.
    fixture.componentRef.setInput(
      'teams',
      summaries(300).map((team) => ({ ...team, team: `Other ${team.team}` })),
    );
    await fixture.whenStable();
    expect(listed()).toBe(30);
  });
});
