import { TestBed } from '@angular/core/testing';
import { ActivityDiff, TeamDiff, ZERO } from '../../domain/transfer/assessment-diff';
import { ImportOperation } from '../../state/import-operation';
import { TeamDiffList } from './team-diff-list';
import { until } from '../../shared/testing/until';

/** A preview's teams, made afresh as each preview is (another choice, another tab's edit). */
const summaries = (n: number, stagesAdded = 1): TeamDiff[] =>
  Array.from({ length: n }, (_, i) => ({
    team: `Team ${i + 1}`,
    listed: true,
    counts: { ...ZERO, stagesAdded },
    activityCount: stagesAdded,
  }));

/** A team's changed activities, as the import session gives them when the team is opened. */
const activities = (n: number): ActivityDiff[] =>
  Array.from({ length: n }, (_, i) => ({ uuid: `u${i}`, name: `Activity ${i}`, stages: [], evidence: [] }));

describe('TeamDiffList', () => {
  let changed: ActivityDiff[] = [];
  beforeEach(() => {
    changed = [];
    TestBed.configureTestingModule({
      providers: [{ provide: ImportOperation, useValue: { activitiesOf: () => Promise.resolve(changed) } }],
    });
  });

  it('says how many more activities a team has beyond the first 100, one as one', async () => {
    for (const [more, text] of [
      [1, '…and 1 more activity.'],
      [2, '…and 2 more activities.'],
    ] as const) {
      changed = activities(100 + more);
      const fixture = TestBed.createComponent(TeamDiffList);
      const root: HTMLElement = fixture.nativeElement;
      fixture.componentRef.setInput('teams', [{ ...summaries(1)[0], activityCount: 100 + more }]);
      await fixture.whenStable();
      const details = root.querySelector('details')!;
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
      await until(fixture, () => root.querySelector('ul.activities'), 'the activities');
      expect(root.querySelectorAll('ul.activities > li').length).toBe(100);
      expect(root.querySelector('p.more')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(text);
      fixture.destroy();
    }
  });

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
