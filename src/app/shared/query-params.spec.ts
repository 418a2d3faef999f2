import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { injectQueryParams } from './query-params';
import { injectTeamSelectionUrl } from './team-selection/team-selection-url';

/** A page that counts how often what it reads from the URL is worked out again. */
@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class UrlReader {
  readonly params = injectQueryParams();
  readonly teams = injectTeamSelectionUrl();
  selectionRuns = 0;
  readonly selection = computed(() => {
    this.selectionRuns++;
    return this.teams.selection();
  });
}

describe('reading the URL', () => {
  let harness: RouterTestingHarness;
  let page: UrlReader;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 'page', component: UrlReader }])] });
    harness = await RouterTestingHarness.create();
    page = await harness.navigateByUrl('/page?teams=Team%20A&teams=Team%20B&level=2', UrlReader);
  });

  it('gives every query param at once, a repeated one as a list, from the first read on', () => {
    expect(page.params()).toEqual({ teams: ['Team A', 'Team B'], level: ['2'] });
    expect(page.selection()).toEqual({ teams: ['Team A', 'Team B'] });
  });

  it('follows the URL, and the team selection stays the same value while only other params change', async () => {
    page.selection();
    const runs = page.selectionRuns;
    await TestBed.inject(Router).navigateByUrl('/page?teams=Team%20A&teams=Team%20B&level=3&sector=Build');
    expect(page.params()['sector']).toEqual(['Build']);
    expect(page.selection()).toEqual({ teams: ['Team A', 'Team B'] });
    expect(page.selectionRuns).toBe(runs);

    await TestBed.inject(Router).navigateByUrl('/page?group=Cloud');
    expect(page.selection()).toEqual({ teams: [], group: 'Cloud' });
  });

  it('follows a change of order alone, which the router reports as no change', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/page?compare=team:A&compare=team:B&compare=group:C');
    expect(page.params()['compare']).toEqual(['team:A', 'team:B', 'group:C']);
    await router.navigateByUrl('/page?compare=group:C&compare=team:A&compare=team:B');
    expect(page.params()['compare']).toEqual(['group:C', 'team:A', 'team:B']);
    // A navigation that changes nothing gives the same value: nothing is worked out again.
    const before = page.params();
    await router.navigateByUrl('/page?compare=group:C&compare=team:A&compare=team:B', {
      onSameUrlNavigation: 'reload',
    });
    expect(page.params()).toBe(before);
  });
});
