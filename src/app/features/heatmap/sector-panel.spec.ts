import { HarnessLoader, TestKey } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { scoreAssessment } from '../../domain/scoring/score-assessment';
import { modelFixture, uuidOf, TODAY } from '../../domain/testing/model-fixture';
import { Evidence, Progress } from '../../domain/types';
import { formatDay, localDay } from '../../shared/local-day';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { SectorPanel } from './sector-panel';

const MODEL = modelFixture({
  'Build and Deployment': {
    Build: [
      ['Defined build process', 1],
      ['Building in virtual environments', 1],
      ['Signed artifacts', 2],
    ],
  },
});
const BUILD = uuidOf('Defined build process');
const VIRTUAL = uuidOf('Building in virtual environments');
const EVIDENCE: Evidence = {
  id: 'e1',
  activityUuid: BUILD,
  teams: ['Team A'],
  title: 'Jenkinsfile in repo',
  description: 'Pipeline as code.',
  evidenceRecorded: '2026-05-20',
  reviewer: 'J. Doe',
  attachments: [{ type: 'link', externalLink: 'https://git.example.com/app/Jenkinsfile' }],
};

describe('SectorPanel', () => {
  let store: FakeAssessmentStore;
  let fixture: ComponentFixture<SectorPanel>;
  let loader: HarnessLoader;
  let root: HarnessLoader;
  let details: string[];

  function render(teams: readonly string[]): void {
    const state = store.state();
    const assessment = state.assessment;
    fixture.componentRef.setInput('subDimension', MODEL.dimensions[0].subDimensions[0]);
    fixture.componentRef.setInput('level', 1);
    fixture.componentRef.setInput(
      'activities',
      MODEL.activities.filter((a) => a.level === 1),
    );
    fixture.componentRef.setInput('visibleTeams', teams);
    fixture.componentRef.setInput('assessment', assessment);
    fixture.componentRef.setInput(
      'scores',
      scoreAssessment({
        day: TODAY,
        model: MODEL,
        stages: assessment.stages,
        progress: assessment.progress,
        teams: assessment.teams.names,
      }),
    );
  }

  function setUp(
    teams: readonly string[],
    progress: Progress = { [BUILD]: { 'Team A': { stages: { Started: '2026-03-02' } } } },
  ): void {
    store = new FakeAssessmentStore(
      readyState(MODEL, {
        teams,
        progress,
        evidence: [EVIDENCE],
      }),
    );
    TestBed.configureTestingModule({ providers: [provideFakeStore(store), provideRouter([])] });
    fixture = TestBed.createComponent(SectorPanel);
    details = [];
    fixture.componentInstance.details.subscribe((uuid) => details.push(uuid));
    render(teams);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
  }

  /** The store is the only write path; the page passes the new assessment back in. */
  async function sync(): Promise<void> {
    render(fixture.componentInstance.visibleTeams());
    await fixture.whenStable();
  }

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const team = (name: string, activity = 'Defined build process') =>
    loader.getHarness(MatSelectHarness.with({ selector: `[aria-label="Stage of ${name} for ${activity}"]` }));

  describe('with a few teams', () => {
    beforeEach(() => setUp(['Team A', 'Team B']));

    it('says what its "done" counts', () => {
      fixture.componentRef.setInput('counts', { total: 2, done: 1, score: 0.6 });
      fixture.detectChanges();
      expect(text()).toContain('Done: 1 / 2');
      fixture.componentRef.setInput('counts', { total: 2, done: 1, score: 0.6, notApplicable: 1 });
      fixture.detectChanges();
      // As the report, the executive summary and the teams page write it.
      expect(text()).toContain('Done: 1 / 2 (+1 not applicable)');
      expect(text()).toContain('Done: at Fully implemented (the 100% stage) for every selected team it applies to.');
    });

    it('lists the activities of the sector with links to their pages', async () => {
      await fixture.whenStable();
      const links = [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLAnchorElement>('h3 a')];
      expect(links.map((a) => a.textContent?.trim())).toEqual([
        'Defined build process',
        'Building in virtual environments',
      ]);
      expect(links[0].getAttribute('href')).toBe(`/activity/${BUILD}`);
    });

    it("shows every visible team's current stage and the date it was reached", async () => {
      expect(await (await team('Team A')).getValueText()).toBe('Started');
      expect(await (await team('Team B')).getValueText()).toBe('Not assessed');
      expect(text()).toContain(`Since ${formatDay('2026-03-02')}`);
      expect(text()).toContain('No stage set yet');
    });

    it('closes on Escape from within, as a dialog would; an open stage list takes the first Escape', async () => {
      let closed = 0;
      fixture.componentInstance.closed.subscribe(() => closed++);
      const close = await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Close the sector"]' }));
      await (await close.host()).sendKeys(TestKey.TAB);
      expect(closed).toBe(0);

      const select = await team('Team B');
      await select.open();
      const trigger = await select.host();
      await trigger.sendKeys(TestKey.ESCAPE);
      // The list closes at once; its panel leaves the page after its exit animation.
      expect(await trigger.getAttribute('aria-expanded')).toBe('false');
      expect(closed).toBe(0);

      await (await close.host()).sendKeys(TestKey.ESCAPE);
      expect(closed).toBe(1);
    });

    it('sets a stage for one team through the store, dated today', async () => {
      const select = await team('Team B');
      await select.open();
      await select.clickOptions({ text: 'Partly implemented' });
      const entry = store.state().assessment.progress[BUILD]['Team B'];
      expect(entry.stages).toEqual({ Started: localDay(), 'Partly implemented': localDay() });
      await sync();
      expect(await (await team('Team B')).getValueText()).toBe('Partly implemented');
    });

    it('sets a stage for all visible teams at once', async () => {
      const menus = await loader.getAllHarnesses(MatMenuHarness.with({ triggerText: 'Set for all 2 visible teams' }));
      expect(menus.length).toBe(2);
      await menus[1].clickItem({ text: 'Fully implemented' });
      const progress = store.state().assessment.progress[VIRTUAL];
      expect(Object.keys(progress)).toEqual(jasmine.arrayWithExactContents(['Team A', 'Team B']));
      expect(progress['Team B'].stages['Fully implemented']).toBe(localDay());
    });

    it('counts, lists and deletes evidence after a confirmation', async () => {
      const toggle = await loader.getHarness(MatButtonHarness.with({ text: 'Evidence (1)' }));
      await toggle.click();
      expect(text()).toContain('Jenkinsfile in repo');
      expect(text()).toContain('Reviewed by J. Doe (no review date)');
      await (
        await loader.getHarness(
          MatButtonHarness.with({ selector: '[aria-label="Delete evidence Jenkinsfile in repo"]' }),
        )
      ).click();
      expect(store.state().assessment.evidence.length).toBe(1);
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Delete' }))).click();
      expect(store.state().assessment.evidence).toEqual([]);
    });

    it('edits evidence in the dialog, starting from what is recorded', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Evidence (1)' }))).click();
      await (
        await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Edit evidence Jenkinsfile in repo"]' }))
      ).click();
      const dialog = await root.getHarness(MatDialogHarness);
      expect(await dialog.getTitleText()).toBe('Edit evidence');
      const title = (await dialog.getAllHarnesses(MatInputHarness))[0];
      expect(await title.getValue()).toBe('Jenkinsfile in repo');
      expect(await (await dialog.getHarness(MatInputHarness.with({ selector: '[type="date"]' }))).getValue()).toBe(
        '2026-05-20',
      );
      await title.setValue('Jenkinsfile reviewed');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();
      const [edited] = store.state().assessment.evidence;
      expect(edited).toEqual(
        jasmine.objectContaining({ id: 'e1', title: 'Jenkinsfile reviewed', teams: ['Team A'], reviewer: 'J. Doe' }),
      );
      expect(edited.attachments).toEqual(EVIDENCE.attachments);
    });

    it('adds evidence through a dialog that requires a title and a valid link', async () => {
      await (
        await loader.getHarness(
          MatButtonHarness.with({ selector: '[aria-label="Add evidence for Building in virtual environments"]' }),
        )
      ).click();
      const dialog = await root.getHarness(MatDialogHarness);
      const inputs = await dialog.getAllHarnesses(MatInputHarness);
      const date = await dialog.getHarness(MatInputHarness.with({ selector: '[type="date"]' }));
      expect(await date.getValue()).toBe(localDay());
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();
      expect(store.state().assessment.evidence.length).toBe(1);
      expect(await (await dialog.host()).text()).toContain('A title is required.');

      await inputs[0].setValue('Build logs');
      await (await dialog.getHarness(MatButtonHarness.with({ text: /Add attachment/ }))).click();
      const link = await dialog.getHarness(MatInputHarness.with({ selector: '[type="url"]' }));
      await link.setValue('javascript:alert(1)');
      await link.blur();
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();
      expect(await (await dialog.host()).text()).toContain('Enter a full http:// or https:// address.');
      expect(store.state().assessment.evidence.length).toBe(1);

      await link.setValue('https://ci.example.com/build/42');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();
      const added = store.state().assessment.evidence[1];
      expect(added).toEqual(
        jasmine.objectContaining({
          activityUuid: VIRTUAL,
          title: 'Build logs',
          teams: ['Team A', 'Team B'],
          evidenceRecorded: localDay(),
          attachments: [{ type: 'link', externalLink: 'https://ci.example.com/build/42' }],
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await root.getAllHarnesses(MatDialogHarness)).toEqual([]);
    });

    it('asks for the details of an activity', async () => {
      await (
        await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Details of Defined build process"]' }))
      ).click();
      expect(details).toEqual([BUILD]);
    });
  });

  describe('with "not applicable" marks', () => {
    const mark = { reason: 'the team ships no builds', date: '2026-05-01' };

    it("shows each team's mark in place of its date, and leaves it out of the activity's average", async () => {
      setUp(['Team A', 'Team B'], {
        [BUILD]: {
          'Team A': { stages: { 'Fully implemented': '2026-03-02' } },
          'Team B': { stages: {}, notApplicable: mark },
        },
      });
      await fixture.whenStable();
      const hint = (name: string) =>
        (fixture.nativeElement as HTMLElement)
          .querySelector(`[aria-label="Stage of ${name} for Defined build process"]`)!
          .closest('mat-form-field')!
          .querySelector('mat-hint')!.textContent;
      expect(hint('Team B')).toBe(`Since ${formatDay('2026-05-01')}`);
      expect(await (await team('Team B')).getValueText()).toBe('Not applicable: the team ships no builds');
      expect(hint('Team A')).toBe(`Since ${formatDay('2026-03-02')}`);
      const build = (fixture.nativeElement as HTMLElement).querySelector('app-activity-assessment .score')!;
      expect(build.textContent).toMatch(/^\s*100%\s*·\s*1 not applicable\s*$/);
    });

    it('says so when the activity applies to none of the visible teams, and counts it in the summary', async () => {
      setUp(['Team A', 'Team B'], {
        [BUILD]: { 'Team A': { stages: {}, notApplicable: mark }, 'Team B': { stages: {}, notApplicable: mark } },
      });
      fixture.componentRef.setInput('counts', { total: 1, done: 0, score: 0, notApplicable: 1 });
      await fixture.whenStable();
      const scoresShown = [
        ...(fixture.nativeElement as HTMLElement).querySelectorAll('app-activity-assessment .score'),
      ];
      expect(scoresShown[0].textContent?.trim()).toBe('Not applicable to the 2 teams');
      expect(scoresShown[1].textContent).toContain('0%');
      expect((fixture.nativeElement as HTMLElement).querySelector('.summary')!.textContent).toContain(
        '1 not applicable',
      );
    });
  });

  describe('with many teams', () => {
    const many = Array.from({ length: 12 }, (_, i) => `Team ${i + 1}`);
    beforeEach(() => setUp(many));

    it('folds the per-team controls away until asked, then lists them all', async () => {
      expect(await loader.getAllHarnesses(MatSelectHarness)).toEqual([]);
      const show = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Show the stages of 12 teams' }));
      expect(show.length).toBe(2);
      await show[0].click();
      await fixture.whenStable();
      // A dozen rows of their own heights: a long reason or note wraps rather than being cut.
      expect((fixture.nativeElement as HTMLElement).querySelector('cdk-virtual-scroll-viewport')).toBeNull();
      expect(await (await team('Team 1')).getValueText()).toBe('Not assessed');
      expect((await loader.getAllHarnesses(MatSelectHarness)).length).toBe(12);
    });
  });

  describe('with very many teams', () => {
    const many = Array.from({ length: 60 }, (_, i) => `Team ${i + 1}`);
    // A line under the select that wraps where it has room: a planned stage and a title the stages lack.
    const planned = { Started: '2026-09-01', 'Fully implemented': '2099-03-01', Done: '2026-08-01' };
    beforeEach(() => setUp(many, { [BUILD]: { 'Team 1': { stages: planned } } }));

    it('lists the per-team controls in a scrolling list of the rows in view', async () => {
      const show = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Show the stages of 60 teams' }));
      await show[0].click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await fixture.whenStable();
      const list = (fixture.nativeElement as HTMLElement).querySelector('cdk-virtual-scroll-viewport')!;
      expect(list.getAttribute('aria-label')).toBe('Stages of 60 teams for Defined build process');
      expect(await (await team('Team 2')).getValueText()).toBe('Not assessed');
      const rendered = (await loader.getAllHarnesses(MatSelectHarness)).length;
      expect(rendered).toBeGreaterThan(0);
      expect(rendered).toBeLessThan(60);
      // Rows of one height, on a phone: each control stays within its row rather than over the next.
      (fixture.nativeElement as HTMLElement).style.width = '358px';
      await fixture.whenStable();
      const rows = [...list.querySelectorAll<HTMLElement>('.virtual-row')];
      for (const row of rows.slice(0, 3)) {
        const control = row.querySelector('app-stage-control')!.getBoundingClientRect();
        expect(control.height).withContext(row.textContent!).toBeLessThanOrEqual(row.getBoundingClientRect().height);
      }
    });
  });
});
