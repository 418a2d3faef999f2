import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { editEvidence } from '../../domain/evidence/evidence-edits';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { formatDay, localDay } from '../../shared/local-day';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { until } from '../../shared/testing/until';
import { ActivityPage } from './activity-page';
import { activityTitle, redirectToActivity } from './activity-routing';

describe('ActivityPage', () => {
  let store: FakeAssessmentStore;
  let harness: RouterTestingHarness | undefined;
  const BUILD = SMALL_MODEL.activities[0];

  beforeEach(() => {
    store = new FakeAssessmentStore(
      readyState(SMALL_MODEL, {
        evidence: [
          {
            id: 'e1',
            activityUuid: BUILD.uuid,
            teams: ['Team A'],
            title: 'Jenkinsfile in repo',
            description: '',
            evidenceRecorded: '2026-05-20',
            reviewer: '',
            attachments: [],
          },
        ],
      }),
    );
    TestBed.configureTestingModule({
      providers: [
        provideFakeStore(store),
        provideRouter(
          [
            { path: 'activity/:uuid', component: ActivityPage, title: activityTitle },
            { path: 'activity-description', canActivate: [redirectToActivity], children: [] },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
  });
  afterEach(() => (harness = undefined));

  const open = async (url: string) => {
    if (harness) await harness.navigateByUrl(url);
    else harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    return harness.routeNativeElement!;
  };

  it('shows the activity with its details, progress, evidence and dependencies', async () => {
    const root = await open(`/activity/${BUILD.uuid}`);
    expect(root.querySelector('h1')?.textContent).toContain('Defined build process');
    expect(root.textContent).toContain('Level 1: Basic');
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent?.trim())).toEqual([
      'About this activity',
      'Progress',
      'Evidence',
      'Dependencies',
    ]);
    expect(root.textContent).toContain('Jenkinsfile in repo');
    expect(root.querySelectorAll('app-stage-control').length).toBe(2);
  });

  it('titles the page with the activity name', async () => {
    await open(`/activity/${BUILD.uuid}`);
    expect(document.title).toBe('Defined build process');
  });

  it('writes a stage chosen for a team through the store', async () => {
    await open(`/activity/${BUILD.uuid}`);
    const loader = TestbedHarnessEnvironment.loader(harness!.fixture);
    const select = await loader.getHarness(MatSelectHarness.with({ selector: '[aria-label^="Stage of Team B"]' }));
    await select.open();
    await select.clickOptions({ text: 'Partly implemented' });
    const dates = store.state().assessment.progress[BUILD.uuid]?.['Team B']?.stages ?? {};
    expect(Object.keys(dates)).toContain('Partly implemented');
    expect(store.state().assessment.progress[BUILD.uuid]?.['Team A']).toBeUndefined();
  });

  it('marks the activity not applicable to a team, with a reason, and makes it apply again', async () => {
    const root = await open(`/activity/${BUILD.uuid}`);
    const loader = TestbedHarnessEnvironment.documentRootLoader(harness!.fixture);
    const stageOf = () => loader.getHarness(MatSelectHarness.with({ selector: '[aria-label^="Stage of Team A"]' }));
    const mark = () => store.state().assessment.progress[BUILD.uuid]?.['Team A']?.notApplicable;
    // The dialog hands its result over once its closing animation is done.
    const settle = (done: () => boolean) => until(harness!.fixture, done, 'the change');
    let select = await stageOf();
    await select.open();
    await select.clickOptions({ text: 'Not applicable to Team A…' });
    await (await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }))).setValue('No build of our own');
    [...document.querySelectorAll<HTMLElement>('mat-dialog-actions button')]
      .find((b) => b.textContent!.includes('Mark not applicable'))!
      .click();
    await settle(() => mark() !== undefined);
    expect(mark()?.reason).toBe('No build of our own');
    // Not applicable is the selected value, with its reason, not a stage.
    select = await stageOf();
    expect(await select.getValueText()).toBe('Not applicable: No build of our own');
    expect(root.textContent).toContain('Since');
    expect(store.state().assessment.progress[BUILD.uuid]?.['Team B']).toBeUndefined();

    // Choosing a stage ends the mark, with an undo.
    await select.open();
    await select.clickOptions({ text: 'Started' });
    await settle(() => mark() === undefined);
    expect(mark()).toBeUndefined();
    expect(store.state().assessment.progress[BUILD.uuid]['Team A'].stages['Started']).toBeDefined();
    const undo = () => [...document.querySelectorAll<HTMLElement>('.mat-mdc-snack-bar-container button')];
    await settle(() => undo().length > 0);
    expect(document.querySelector('.mat-mdc-snack-bar-container')!.textContent).toContain('applies again to Team A');
    undo()[0].click();
    await settle(() => mark() !== undefined);
    expect(mark()?.reason).toBe('No build of our own');

    // "Not assessed" makes it apply again, with no stage.
    select = await stageOf();
    await select.open();
    await select.clickOptions({ text: 'Not assessed' });
    await settle(() => mark() === undefined);
    expect(mark()).toBeUndefined();
    expect(await (await stageOf()).getValueText()).toBe('Not assessed');
    expect(root.textContent).not.toContain('No build of our own');
  });

  it('deletes evidence after confirmation', async () => {
    const root = await open(`/activity/${BUILD.uuid}`);
    root.querySelector<HTMLButtonElement>('[aria-label="Delete evidence Jenkinsfile in repo"]')!.click();
    await harness!.fixture.whenStable();
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Delete')!.click();
    await harness!.fixture.whenStable();
    expect(store.state().assessment.evidence).toEqual([]);
  });

  it('marks evidence reviewed by a named reviewer, remembers the name, and shows a change after review', async () => {
    const root = await open(`/activity/${BUILD.uuid}`);
    const text = () => root.textContent!.replace(/\s+/g, ' ');
    expect(text()).toContain('Not reviewed yet');
    root.querySelector<HTMLButtonElement>('[aria-label="Mark reviewed: Jenkinsfile in repo"]')!.click();
    await harness!.fixture.whenStable();
    const name = root.querySelector<HTMLInputElement>('app-review-form input')!;
    expect(document.activeElement).toBe(name);
    [...root.querySelectorAll<HTMLButtonElement>('app-review-form button')]
      .find((b) => b.textContent?.includes('Mark reviewed today'))!
      .click();
    await harness!.fixture.whenStable();
    expect(text()).toContain('Name the reviewer.');
    expect(store.state().assessment.evidence[0].reviewed).toBeUndefined();

    name.value = 'Kim Lee';
    name.dispatchEvent(new Event('input'));
    name.form!.requestSubmit();
    await harness!.fixture.whenStable();
    const [reviewed] = store.state().assessment.evidence;
    expect(reviewed).toEqual(jasmine.objectContaining({ reviewer: 'Kim Lee', reviewed: localDay() }));
    expect(store.state().assessment.settings.reviewerName).toBe('Kim Lee');
    expect(text()).toContain(`Reviewed by Kim Lee on ${formatDay(localDay())}`);
    expect(text()).not.toContain('Changed after review');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Review again: Jenkinsfile in repo');

    store.update((assessment) => editEvidence(assessment, 'e1', { title: 'Jenkinsfile, v2' }, Date.now()));
    await harness!.fixture.whenStable();
    expect(text()).toContain('Changed after review');
    root.querySelector<HTMLButtonElement>('[aria-label="Review again: Jenkinsfile, v2"]')!.click();
    await harness!.fixture.whenStable();
    expect(root.querySelector<HTMLInputElement>('app-review-form input')!.value).toBe('Kim Lee');
  });

  it('says for each team whether the activity is due for review, and since when', async () => {
    store.update((assessment) => ({
      ...assessment,
      progress: { [BUILD.uuid]: { 'Team A': { stages: { Started: '2020-01-06' } } } },
      evidence: [],
    }));
    const root = await open(`/activity/${BUILD.uuid}`);
    const hints = [...root.querySelectorAll('app-stage-control mat-hint')];
    expect(hints.map((hint) => hint.textContent!.trim())).toEqual([
      `Due for review · Since ${formatDay('2020-01-06')}`,
      'No stage set yet',
    ]);
    expect(hints[0].getAttribute('title')).toContain(
      `Due for review since ${formatDay('2021-01-06')} (stage set ${formatDay('2020-01-06')}, no evidence; every year).`,
    );
  });

  it('shows the whole line under each stage on a phone: a planned stage and a title the stages lack', async () => {
    store.update((assessment) => ({
      ...assessment,
      progress: {
        [BUILD.uuid]: {
          'Team A': { stages: { Started: '2026-09-01', 'Fully implemented': '2099-03-01' } },
          'Team B': { stages: { Done: '2026-08-01' } },
        },
      },
    }));
    const root = await open(`/activity/${BUILD.uuid}`);
    const page = harness!.fixture.nativeElement as HTMLElement;
    page.style.width = '358px';
    document.body.appendChild(page);
    try {
      const hints = [...root.querySelectorAll<HTMLElement>('app-stage-control mat-hint')];
      expect(hints.map((hint) => hint.textContent!.trim())).toEqual([
        `Since ${formatDay('2026-09-01')} · Fully implemented from ${formatDay('2099-03-01')}`,
        `No stage set yet · "Done" (${formatDay('2026-08-01')}) is not a stage here`,
      ]);
      // No tooltip on a touch screen: the words must not be cut off.
      for (const hint of hints)
        expect(hint.scrollWidth).withContext(hint.textContent!).toBeLessThanOrEqual(hint.clientWidth);
      expect(hints[0].getBoundingClientRect().height).toBeGreaterThan(20);
    } finally {
      page.remove();
    }
  });

  it('shows the whole of a long not-applicable reason in the closed select on a phone', async () => {
    const reason =
      'The team ships no builds of its own: it buys a SaaS product and configures it in the vendor console';
    store.update((assessment) => ({
      ...assessment,
      progress: { [BUILD.uuid]: { 'Team A': { stages: {}, notApplicable: { reason, date: '2026-05-01' } } } },
    }));
    const root = await open(`/activity/${BUILD.uuid}`);
    const page = harness!.fixture.nativeElement as HTMLElement;
    page.style.width = '358px';
    document.body.appendChild(page);
    try {
      const value = root.querySelector<HTMLElement>('app-stage-control .mat-mdc-select-value')!;
      expect(value.textContent!.trim()).toBe(`Not applicable: ${reason}`);
      // No tooltip on a touch screen: the reason must not end in an ellipsis.
      expect(value.scrollWidth).toBeLessThanOrEqual(value.clientWidth);
      expect(value.scrollHeight).toBeLessThanOrEqual(value.clientHeight);
      expect(value.getBoundingClientRect().height).toBeGreaterThan(40);
    } finally {
      page.remove();
    }
  });

  it('links to the previous and next activity in matrix order', async () => {
    const second = SMALL_MODEL.activities[1];
    const root = await open(`/activity/${second.uuid}`);
    const prev = root.querySelector<HTMLAnchorElement>('a[rel=prev]')!;
    const next = root.querySelector<HTMLAnchorElement>('a[rel=next]')!;
    expect(prev.getAttribute('href')).toBe(`/activity/${BUILD.uuid}`);
    expect(next.textContent).toContain('Defined deployment process');
    expect(root.querySelector('.position')?.textContent).toContain('2 of 5');
    expect((await open(`/activity/${BUILD.uuid}`)).querySelector('a[rel=prev]')).toBeNull();
  });

  it('follows the filtered matrix it was opened from, and the whole matrix otherwise', async () => {
    const level1 = '?levelTo=1';
    let root = await open(`/activity/${BUILD.uuid}${level1}`);
    // Level 1 only: Defined build process, Defined deployment process, Test for stored secrets.
    expect(root.querySelector('.position')?.textContent).toContain('1 of 3 in the filtered matrix');
    const next = root.querySelector<HTMLAnchorElement>('a[rel=next]')!;
    expect(next.textContent).toContain('Defined deployment process');
    expect(next.getAttribute('href')).toBe(`/activity/${SMALL_MODEL.activities[2].uuid}${level1}`);
    // An activity the filter does not show: the whole matrix.
    root = await open(`/activity/${SMALL_MODEL.activities[1].uuid}${level1}`);
    expect(root.querySelector('.position')?.textContent?.trim()).toBe('2 of 5');
  });

  it('explains an unknown uuid and offers a way on', async () => {
    const root = await open('/activity/no-such-uuid');
    expect(root.querySelector('h1')?.textContent).toContain('Activity not found');
    expect(root.textContent).toContain('no-such-uuid');
    expect(root.querySelector('a[href="/matrix"]')).not.toBeNull();
    expect(document.title).toBe('Activity not found');
  });

  it('redirects old links by uuid or by name', async () => {
    await open(`/activity-description?uuid=${BUILD.uuid}`);
    expect(TestBed.inject(Router).url).toBe(`/activity/${BUILD.uuid}`);
    await open('/activity-description?name=Test%20for%20stored%20secrets');
    expect(TestBed.inject(Router).url).toBe(`/activity/${SMALL_MODEL.activities[4].uuid}`);
    const root = await open('/activity-description?name=Gone%20activity');
    expect(root.textContent).toContain('no activity named “Gone activity”');
  });
});
