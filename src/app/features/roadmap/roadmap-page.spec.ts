import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HarnessLoader } from '@angular/cdk/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { TeamProgress } from '../../domain/types';

const uuidOf = (name: string) => SMALL_MODEL.activities.find((a) => a.name === name)!.uuid;
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { until } from '../../shared/testing/until';
import { RoadmapPage } from './roadmap-page';

describe('RoadmapPage', () => {
  let store: FakeAssessmentStore;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  beforeEach(async () => {
    store = new FakeAssessmentStore(
      readyState(SMALL_MODEL, {
        progress: {
          [uuidOf('Defined build process')]: { 'Team B': { stages: { 'Fully implemented': '2026-01-01' } } },
        },
      }),
    );
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideRouter([{ path: 'roadmap', component: RoadmapPage }])],
    });
    harness = await RouterTestingHarness.create('/roadmap?team=Team%20B');
    loader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  });

  const items = () =>
    [...harness.routeNativeElement!.querySelectorAll('[aria-label="Roadmap"] .name')].map((a) => a.textContent!.trim());

  const text = (selector: string) =>
    [...harness.routeNativeElement!.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

  it('without a target, shows the next step of the team and of every team, and says how to set one', async () => {
    const done = { stages: { 'Fully implemented': '2026-01-01' } };
    const na = { stages: {}, notApplicable: { reason: 'No secrets here', date: '2026-01-01' } };
    store.update((assessment) => ({
      ...assessment,
      progress: {
        ...assessment.progress,
        [uuidOf('Defined deployment process')]: { 'Team B': done },
        [uuidOf('Test for stored secrets')]: { 'Team B': na },
      },
    }));
    await harness.fixture.whenStable();
    expect(text('[role="note"]')[0]).toContain('No target is set for Team B, nor for all teams');
    expect(text('[role="note"]')[0]).toContain('“Target of Team B” or “Target of all teams”');
    expect(text('.summary')).toEqual(['Next step for Team B: level 2, 1 activity to complete it.']);
    expect(items()).toEqual(['Building and testing of artifacts in virtual environments']);
    expect(text('app-next-steps-table tbody th, app-next-steps-table tbody td')).toEqual([
      'Team A',
      'Level 1: 3 activities to go',
      'Team B',
      'Level 2: 1 activity to go',
    ]);

    // Team A's row leads to its roadmap.
    (harness.routeNativeElement!.querySelector('app-next-steps-table a') as HTMLElement).click();
    await harness.fixture.whenStable();
    expect(text('.summary')).toEqual(['Next step for Team A: level 1, 3 activities to complete it.']);

    // A target of its own replaces the next step; the others keep theirs.
    store.update((assessment) => ({ ...assessment, targets: { 'Team A': 2 } }));
    await harness.fixture.whenStable();
    expect(text('[role="note"]')).toEqual([]);
    expect(text('.summary')).toEqual(['4 activities for Team A to reach level 2.']);
  });

  it('lists what the team has left up to a target, and stores the target', async () => {
    // The team is a picker (a text field); the first select is the team's target.
    const selects = await loader.getAllHarnesses(MatSelectHarness);
    await selects[0].open();
    await selects[0].clickOptions({ text: 'Level 1' });
    await harness.fixture.whenStable();
    expect(store.state().assessment.targets).toEqual({ 'Team B': 1 });
    // Level-1 activities not yet fully implemented by Team B, model order among equals.
    expect(items()).toEqual(['Defined deployment process', 'Test for stored secrets']);
  });

  it('follows the all-teams target and leaves out an activity marked not applicable', async () => {
    store.update((assessment) => ({ ...assessment, targets: { '*': 2 } }));
    await harness.fixture.whenStable();
    expect(items()).toEqual([
      'Defined deployment process',
      'Test for stored secrets',
      'Building and testing of artifacts in virtual environments',
    ]);
    (
      harness.routeNativeElement!.querySelector(
        '[aria-label="Mark Test for stored secrets not applicable"]',
      ) as HTMLElement
    ).click();
    const reason = await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }));
    await reason.setValue('No secrets in this product');
    const buttons = [...document.querySelectorAll('mat-dialog-actions button')] as HTMLElement[];
    buttons.find((b) => b.textContent!.includes('Mark not applicable'))!.click();
    // The dialog hands its result over once its closing animation is done.
    await until(harness.fixture, () => !items().includes('Test for stored secrets'), 'the activity gone');
    expect(items()).not.toContain('Test for stored secrets');
    expect(store.state().assessment.progress[uuidOf('Test for stored secrets')]['Team B'].notApplicable?.reason).toBe(
      'No secrets in this product',
    );
    expect(harness.routeNativeElement!.textContent).toContain('No secrets in this product');
  });

  it('keeps the keyboard focus on the list when an activity leaves it (marked not applicable, made applicable)', async () => {
    store.update((assessment) => ({ ...assessment, targets: { '*': 2 } }));
    await harness.fixture.whenStable();
    const root = harness.routeNativeElement!;
    const button = (label: string) => root.querySelector<HTMLElement>(`[aria-label="${label}"]`)!;
    // The dialog hands its result over once its closing animation is done.
    const settle = (done: () => boolean) => until(harness.fixture, done, 'the change');
    const focused = () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName;

    button('Mark Defined deployment process not applicable').focus();
    button('Mark Defined deployment process not applicable').click();
    await (await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }))).setValue('Not ours');
    [...document.querySelectorAll<HTMLElement>('mat-dialog-actions button')]
      .find((b) => b.textContent!.includes('Mark not applicable'))!
      .click();
    await settle(() => !items().includes('Defined deployment process') && focused() !== 'BODY');
    expect(items()).not.toContain('Defined deployment process');
    // The activity that took its place, not the page's body (the button pressed is gone).
    expect(focused()).toBe('Mark Test for stored secrets not applicable');

    button('Make Defined deployment process applicable again').focus();
    button('Make Defined deployment process applicable again').click();
    await settle(() => items().includes('Defined deployment process'));
    await harness.fixture.whenStable();
    expect(items()).toContain('Defined deployment process');
    // No other activity is not applicable: the section's heading.
    expect(document.activeElement).toBe(root.querySelector('#na-heading'));
  });

  it('says an activity is due for review as every page does, and not one whose stage is fresh', async () => {
    const stage = (title: string, date: string): TeamProgress => ({ stages: { [title]: date } });
    store.update((assessment) => ({
      ...assessment,
      targets: { '*': 1 },
      progress: {
        ...assessment.progress,
        // Older than the default interval (12 months): due. Set today: not.
        [uuidOf('Defined deployment process')]: { 'Team B': stage('Partly implemented', '2020-01-10') },
        [uuidOf('Test for stored secrets')]: { 'Team B': stage('Started', store.today()) },
      },
    }));
    await harness.fixture.whenStable();
    expect(text('[aria-label="Roadmap"] .meta').map((meta) => meta.replace(/ · usefulness.*$/, ''))).toEqual([
      'Build and Deployment › Deployment · level 1 · Partly implemented · Due for review',
      'Test and Verification › Static depth · level 1 · Started',
    ]);
  });
});
