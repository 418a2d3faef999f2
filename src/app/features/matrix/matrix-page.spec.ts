import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { modelFixture } from '../../domain/testing/model-fixture';
import { Activity, Model } from '../../domain/types';
import { AssessmentStore } from '../../state/assessment-store';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { MatrixPage } from './matrix-page';

@Component({ template: 'activity page' })
class ActivityStub {}

/** The small fixture model with tags, texts and a sub-dimension description. */
function model(): Model {
  const base = modelFixture({
    'Build and Deployment': {
      Build: [
        ['Defined build process', 1],
        ['SBOM of components', 2],
      ],
      Deployment: [['Defined deployment process', 1]],
    },
    'Test and Verification': {
      'Static depth': [['Test for stored secrets', 1]],
    },
  });
  const extra: Record<string, Partial<Activity>> = {
    'SBOM of components': { tags: ['sbom', 'inventory'] },
    'Defined deployment process': { tags: ['inventory'], risk: 'Manual releases drift between environments.' },
  };
  const dimensions = base.dimensions.map((d) => ({
    ...d,
    subDimensions: d.subDimensions.map((s) => ({
      ...s,
      description: s.name === 'Build' ? 'Turning source into artifacts.' : '',
      activities: s.activities.map((a) => ({ ...a, ...extra[a.name] })),
    })),
  }));
  const activities = dimensions.flatMap((d) => d.subDimensions.flatMap((s) => s.activities));
  return { header: {}, dimensions, activities, byUuid: new Map(activities.map((a) => [a.uuid, a])) };
}

describe('MatrixPage', () => {
  let store: FakeAssessmentStore;
  const MODEL = model();
  const uuid = (name: string) => MODEL.activities.find((a) => a.name === name)!.uuid;

  beforeEach(() => {
    store = new FakeAssessmentStore(
      readyState(MODEL, {
        maxLevel: 3,
        progress: { [uuid('Defined build process')]: { 'Team A': { stages: { 'Fully implemented': '2026-01-01' } } } },
      }),
    );
    TestBed.configureTestingModule({
      providers: [
        provideFakeStore(store),
        provideRouter([
          { path: 'matrix', component: MatrixPage },
          { path: 'activity/:uuid', component: ActivityStub },
        ]),
      ],
    });
  });

  let harness: RouterTestingHarness | undefined;
  afterEach(() => (harness = undefined));
  /** One harness per test; later calls navigate it. */
  const open = async (url: string) => {
    if (harness) await harness.navigateByUrl(url);
    else harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    return harness;
  };
  const links = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLAnchorElement>('a.activity')].map((a) =>
      a.querySelector('.name')?.textContent?.trim(),
    );
  const count = (root: HTMLElement) => root.querySelector('.count')?.textContent?.replace(/\s+/g, ' ').trim();

  it('lists every activity as a link to its page, under level columns from meta.yaml', async () => {
    const harness = await open('/matrix');
    const root = harness.routeNativeElement!;
    expect(links(root).length).toBe(4);
    const link = [...root.querySelectorAll<HTMLAnchorElement>('a.activity')][0];
    expect(link.getAttribute('href')).toBe(`/activity/${uuid('Defined build process')}`);
    const headers = [...root.querySelectorAll('thead th')].map((th) =>
      [...th.querySelectorAll('span')].map((span) => span.textContent?.trim()).join(' / '),
    );
    expect(headers).toEqual(['', 'Level 1 / Basic', 'Level 2 / Adoption', 'Level 3 / High']);
    expect(count(root)).toBe('Showing 4 of 4 activities');
  });

  it('shows tags, the sub-dimension description and a progress badge for the teams', async () => {
    const root = (await open('/matrix')).routeNativeElement!;
    const sbom = [...root.querySelectorAll('a.activity')].find((a) => a.textContent?.includes('SBOM'))!;
    expect([...sbom.querySelectorAll('.tag')].map((t) => t.textContent?.replace('tag', '').trim())).toEqual([
      'sbom',
      'inventory',
    ]);
    expect(root.querySelector('.sub-description')?.textContent).toContain('Turning source into artifacts.');
    const built = [...root.querySelectorAll('a.activity')].find((a) => a.textContent?.includes('build process'))!;
    expect(built.querySelector('app-progress-badge')?.textContent).toContain(
      '1 of 2 teams fully implemented, 50% on average',
    );
  });

  it("counts a badge's teams as its description does: a not-applicable team is in neither number", async () => {
    const progress = {
      [uuid('Defined build process')]: {
        'Team A': { stages: { 'Fully implemented': '2026-01-01' } },
        'Team B': { stages: {}, notApplicable: { reason: '', date: '2026-01-01' } },
      },
    };
    store.set(readyState(MODEL, { maxLevel: 3, progress }));
    const root = (await open('/matrix')).routeNativeElement!;
    const badge = [...root.querySelectorAll('a.activity')]
      .find((a) => a.textContent?.includes('build process'))!
      .querySelector('app-progress-badge')!;
    expect(badge.textContent).toContain('1 of 1 teams fully implemented, 100% on average, 1 not applicable');
    expect(badge.querySelector('.short')?.textContent?.trim()).toBe('1/1');
    expect(badge.classList).toContain('done');
  });

  it('counts thousands of activities with thousands separated', async () => {
    const many = modelFixture({ D: { S: Array.from({ length: 1_200 }, (_, i): [string, number] => [`A ${i}`, 1]) } });
    TestBed.overrideProvider(AssessmentStore, { useValue: new FakeAssessmentStore(readyState(many)) });
    const root = (await open('/matrix?q=nothing%20like%20it')).routeNativeElement!;
    expect(count(root)).toBe('Showing 0 of 1,200 activities');
  });

  it('filters by tag, "no tag" and search from the URL, and counts what it shows', async () => {
    let root = (await open('/matrix?tag=inventory')).routeNativeElement!;
    expect(links(root)).toEqual(['SBOM of components', 'Defined deployment process']);
    expect(count(root)).toBe('Showing 2 of 4 activities');

    root = (await open('/matrix?tag=none')).routeNativeElement!;
    expect(links(root)).toEqual(['Defined build process', 'Test for stored secrets']);

    root = (await open('/matrix?q=drift%20ENVIRONMENTS')).routeNativeElement!;
    expect(links(root)).toEqual(['Defined deployment process']);
  });

  it('links each activity with the teams and the filter, for its previous/next to follow', async () => {
    const root = (await open('/matrix?tag=inventory&teams=Team%20A')).routeNativeElement!;
    const href = root.querySelector('a.activity')!.getAttribute('href')!;
    const params = new URL(href, 'http://x').searchParams;
    expect(params.getAll('tag')).toEqual(['inventory']);
    expect(params.getAll('teams')).toEqual(['Team A']);
    expect(params.has('q')).toBeFalse();
  });

  it('keeps only activities the selected teams have not fully implemented', async () => {
    let root = (await open('/matrix?progress=open&teams=Team%20A')).routeNativeElement!;
    expect(links(root)).not.toContain('Defined build process');
    expect(links(root).length).toBe(3);
    root = (await open('/matrix?progress=open')).routeNativeElement!;
    expect(links(root).length).toBe(4);
  });

  it('says so when nothing matches, and the reset button clears the filters but keeps the teams', async () => {
    const harness = await open('/matrix?q=nothing-like-this&teams=Team%20B');
    const root = harness.routeNativeElement!;
    expect(root.querySelector('.app-empty')?.textContent).toContain('No activity matches');
    const reset = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Reset filters'))!;
    expect(reset.disabled).toBeFalse();
    reset.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/matrix?teams=Team%20B');
    expect(links(harness.routeNativeElement!).length).toBe(4);
  });

  it('writes a chosen filter into the URL', async () => {
    const harness = await open('/matrix');
    const page = harness.routeDebugElement!.componentInstance as MatrixPage;
    // The filter form reports changes through this handler (see MatrixFilters).
    (page as unknown as { changeFilter: MatrixPage['changeFilter'] }).changeFilter({
      filter: { dimensions: [], subDimensions: ['Build'], tags: [], levelFrom: 2, search: '', progress: 'all' },
      replace: false,
    });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/matrix?subDimension=Build&levelFrom=2');
    expect(links(harness.routeNativeElement!)).toEqual(['SBOM of components']);
  });

  it('shows only the configured levels', async () => {
    store.set(readyState(MODEL, { maxLevel: 5 }));
    store.update((assessment) => ({ ...assessment, settings: { maxLevel: 1 } }));
    const root = (await open('/matrix')).routeNativeElement!;
    expect(links(root)).toEqual(['Defined build process', 'Defined deployment process', 'Test for stored secrets']);
    expect(count(root)).toBe('Showing 3 of 3 activities');
  });
});
