import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { SMALL_MODEL, STAGES } from '../../domain/testing/model-fixture';
import { ThemeService } from '../../shared/theme/theme-service';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { SettingsPage } from './settings-page';

const BUILD = SMALL_MODEL.activities[0].uuid;

describe('SettingsPage', () => {
  let store: FakeAssessmentStore;
  let fixture: ComponentFixture<SettingsPage>;
  let root: HTMLElement;

  beforeEach(async () => {
    const state = readyState(SMALL_MODEL, {
      progress: {
        [BUILD]: {
          'Team A': { stages: { Started: '2026-01-01', 'Partly implemented': '2026-02-01' } },
          'Team B': { stages: { Started: '2026-01-02' } },
        },
      },
    });
    store = new FakeAssessmentStore({
      ...state,
      problems: [{ file: 'default/model.yaml', line: 3, message: 'A note', severity: 'warning' }],
    });
    TestBed.configureTestingModule({ providers: [provideFakeStore(store), provideRouter([])] });
    fixture = TestBed.createComponent(SettingsPage);
    root = fixture.nativeElement;
    fixture.detectChanges();
    // ngModel writes its value to the input a microtask later.
    await fixture.whenStable();
  });

  const rows = () => [...root.querySelectorAll<HTMLLIElement>('app-stage-editor li.row')];
  const field = (row: number, name: 'title' | 'score' | 'definition') =>
    rows()[row].querySelector<HTMLInputElement>(`.${name} input, .${name} textarea`)!;
  const type = async (input: HTMLInputElement, text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const button = (text: RegExp) =>
    [...root.querySelectorAll<HTMLButtonElement>('app-stage-editor button')].find((b) =>
      text.test(b.textContent ?? ''),
    )!;

  it('shows the stages with their scores; nothing to save until something changes', () => {
    expect(rows().map((_, i) => [field(i, 'title').value, field(i, 'score').value])).toEqual([
      ['Not implemented', '0'],
      ['Started', '20'],
      ['Partly implemented', '50'],
      ['Fully implemented', '100'],
    ]);
    expect(button(/Save stages/).disabled).toBeTrue();
  });

  it('renaming a stage carries existing progress along', async () => {
    await type(field(1, 'title'), 'Begun');
    expect(root.textContent).toContain('Renamed from "Started": its 2 progress entries move along.');
    button(/Save stages/).click();
    fixture.detectChanges();
    const { stages, progress } = store.state().assessment;
    expect(stages.map((s) => s.title)).toEqual(['Not implemented', 'Begun', 'Partly implemented', 'Fully implemented']);
    expect(progress[BUILD]['Team A'].stages).toEqual({ Begun: '2026-01-01', 'Partly implemented': '2026-02-01' });
    expect(progress[BUILD]['Team B'].stages).toEqual({ Begun: '2026-01-02' });
    expect(root.textContent).toContain('"Started" is now "Begun" (2 progress entries moved with it)');
  });

  it('validates: unique names, one 0% and one 100%, ordered from 0% to 100%', async () => {
    await type(field(2, 'title'), 'Started');
    expect(rows()[2].textContent).toContain('Stage 2 is already called "Started".');
    await type(field(2, 'title'), 'Partly implemented');
    await type(field(3, 'score'), '90');
    expect(root.querySelector('app-stage-editor [role="alert"]')?.textContent).toContain(
      'One stage must score 100% (fully implemented); none does.',
    );
    await type(field(1, 'score'), '60');
    expect(rows()[2].textContent).toContain('order the stages from 0% to 100%');
    expect(button(/Save stages/).disabled).toBeTrue();
    await type(field(3, 'score'), '100');
    await type(field(1, 'score'), '20');
    expect(button(/Save stages/).disabled).toBeTrue();
  });

  it('adds, re-scores and reorders stages', async () => {
    button(/Add stage/).click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(rows().length).toBe(5);
    // Between the two highest stages, with a name no other stage has.
    expect([field(3, 'title').value, field(3, 'score').value]).toEqual(['New stage', '75']);
    await type(field(3, 'title'), 'Verified');
    await type(field(3, 'score'), '80');
    button(/Save stages/).click();
    fixture.detectChanges();
    expect(store.state().assessment.stages.map((s) => [s.title, s.score])).toEqual([
      ['Not implemented', 0],
      ['Started', 0.2],
      ['Partly implemented', 0.5],
      ['Verified', 0.8],
      ['Fully implemented', 1],
    ]);
    expect(store.state().assessment.stagesEdited).toBeTrue();
  });

  it('deleting a stage that is in use asks what to do with its progress', async () => {
    rows()[2].querySelector<HTMLButtonElement>('button[aria-label="Delete stage 3"]')!.click();
    fixture.detectChanges();
    button(/Save stages/).click();
    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getContentText()).toContain('"Partly implemented" (50%): 1 entry');
    const remove = [...document.querySelectorAll<HTMLInputElement>('mat-radio-button input')].find(
      (input) => input.value === 'remove',
    )!;
    remove.click();
    [...document.querySelectorAll<HTMLButtonElement>('mat-dialog-actions button')]
      .find((b) => /Save stages/.test(b.textContent ?? ''))!
      .click();
    for (let i = 0; i < 100 && store.state().assessment.stages.length === 4; i++)
      await new Promise((r) => setTimeout(r, 10));
    const { stages, progress } = store.state().assessment;
    expect(stages.map((s) => s.title)).toEqual(['Not implemented', 'Started', 'Fully implemented']);
    expect(progress[BUILD]['Team A'].stages).toEqual({ Started: '2026-01-01' });
    expect(progress[BUILD]['Team B'].stages).toEqual({ Started: '2026-01-02' });
  });

  it('restores the stages from meta.yaml', async () => {
    store.update((assessment) => ({
      ...assessment,
      stages: [STAGES[0], { ...STAGES[1], title: 'Begun' }, STAGES[3]],
      stagesEdited: true,
    }));
    fixture.detectChanges();
    expect(root.textContent).toContain("These stages were changed in this browser; meta.yaml's differ.");
    button(/Restore the stages from meta.yaml/).click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(rows().map((_, i) => field(i, 'title').value)).toEqual(STAGES.map((s) => s.title));
  });

  it('sets the highest level, the date format and the theme', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const [level, locale] = await loader.getAllHarnesses(MatSelectHarness);
    await level.open();
    await level.clickOptions({ text: 'Level 3' });
    expect(store.state().assessment.settings.maxLevel).toBe(3);
    await level.open();
    await level.clickOptions({ text: /Level 5/ });
    expect(store.state().assessment.settings.maxLevel).toBeUndefined();
    await locale.open();
    await locale.clickOptions({ text: /^Deutsch/ });
    expect(store.state().assessment.settings.dateLocale).toBe('de-DE');
    await locale.open();
    await locale.clickOptions({ text: 'ISO 8601, as in the files (2026-03-02)' });
    expect(store.state().assessment.settings.dateLocale).toBe('iso');
    expect(await locale.getValueText()).toBe('ISO 8601, as in the files (2026-03-02)');
    const dark = [...root.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')].find((b) =>
      b.textContent?.includes('Dark'),
    )!;
    dark.click();
    expect(TestBed.inject(ThemeService).choice()).toBe('dark');
  });

  it('sets the re-assessment interval, refusing what is not a number of months, and names activities with their own', async () => {
    const months = root.querySelector<HTMLInputElement>('app-review-settings input')!;
    expect(months.value).toBe('12');
    await type(months, '6');
    expect(store.state().assessment.settings.reviewMonths).toBe(6);
    expect(store.reviewInterval()).toEqual({ months: 6, days: 0 });
    await type(months, '0');
    expect(store.state().assessment.settings.reviewMonths).toBe(6);
    expect(root.querySelector('app-review-settings')!.textContent).toContain('A whole number of months from 1 to 120.');
    await type(months, '12');
    expect(store.state().assessment.settings.reviewMonths).toBeUndefined();
    expect(root.querySelector('app-review-settings')!.textContent).toContain('reviewInterval: 3 months');

    const ready = store.state();
    if (ready.status !== 'ready') throw new Error('The spec starts from a loaded store.');
    const activities = ready.data.model.activities.map((a) =>
      a.uuid === BUILD ? { ...a, reviewInterval: { months: 3, days: 0 } } : a,
    );
    store.set({ ...ready, data: { ...ready.data, model: { ...ready.data.model, activities } } });
    fixture.detectChanges();
    expect(root.querySelector('app-review-settings p.own')!.textContent).toBe(
      'One activity has its own interval (reviewInterval in an activity file):',
    );
    expect(root.querySelector('app-review-settings li')!.textContent).toBe('Defined build process: 3 months');
  });

  it('names the DSOMM release the model follows and credits the OWASP project with its licence', () => {
    const ready = store.state();
    if (ready.status !== 'ready') throw new Error('The spec starts from a loaded store.');
    store.set({
      ...ready,
      data: {
        ...ready.data,
        model: { ...SMALL_MODEL, header: { version: '1.0.0', basedOn: 'OWASP DevSecOps Maturity Model 4.3.1' } },
      },
    });
    fixture.detectChanges();
    const info = root.querySelector('app-model-info')!;
    const row = (term: string) =>
      [...info.querySelectorAll('dt')].find((dt) => dt.textContent?.trim() === term)?.nextElementSibling?.textContent;
    expect(row('Version')).toContain('1.0.0');
    expect(row('Follows')).toContain('OWASP DevSecOps Maturity Model 4.3.1');
    expect(row('Source')).toMatch(/OWASP DevSecOps Maturity Model \(DSOMM\).*licensed\s+CC BY-SA 4\.0/s);
    const links = [...info.querySelectorAll<HTMLAnchorElement>('dd a[target="_blank"]')].map((a) => a.href);
    expect(links).toContain('https://dsomm.owasp.org/');
    expect(links).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
  });

  it('shows the model loaded, its files and its load warnings', () => {
    const info = root.querySelector('app-model-info')!;
    expect(info.textContent).toContain('5 activities in 2 dimensions and 3 sub-dimensions');
    expect(info.textContent).toContain('default/model.yaml (served with the app)');
    expect(info.textContent).toContain('Load warnings (1)');
    expect(info.textContent).toContain('default/model.yaml, line 3: A note');
  });
});
