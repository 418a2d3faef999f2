import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { openEvidenceDialog } from './evidence-dialog';

@Component({ template: '' })
class Host {
  readonly dialog = inject(MatDialog);
}

const teamNames = (n: number) => Array.from({ length: n }, (_, i) => `Team ${i + 1}`);

describe('EvidenceDialog', () => {
  let store: FakeAssessmentStore;

  beforeEach(() => {
    store = new FakeAssessmentStore(readyState(SMALL_MODEL));
    TestBed.configureTestingModule({ providers: [provideFakeStore(store)] });
  });
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  async function open(teams: readonly string[], defaultTeams: readonly string[]) {
    const fixture = TestBed.createComponent(Host);
    openEvidenceDialog(fixture.componentInstance.dialog, {
      activityUuid: SMALL_MODEL.activities[0].uuid,
      activityName: SMALL_MODEL.activities[0].name,
      teams,
      defaultTeams,
    });
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const title = await loader.getHarness(MatInputHarness.with({ selector: '[formControlName=title]' }));
    await title.setValue('Pipeline as code');
    return { fixture, loader };
  }

  // The last opened: the previous spec's dialog may still be closing.
  const dialogElement = () => [...document.querySelectorAll<HTMLElement>('app-evidence-dialog')].at(-1)!;
  const button = (name: string) =>
    [...dialogElement().querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name,
    )!;
  const saved = () => store.state().assessment.evidence.map((entry) => entry.teams);

  it('keeps the select of teams when there are a few', async () => {
    const { loader } = await open(teamNames(4), ['Team 2']);
    const select = await loader.getHarness(MatSelectHarness);
    await select.open();
    expect(await Promise.all((await select.getOptions()).map((o) => o.getText()))).toEqual(teamNames(4));
    await select.clickOptions({ text: 'Team 4' });
    button('Save').click();
    expect(saved()).toEqual([['Team 2', 'Team 4']]);
  });

  it('finds a team among 10,000 rather than listing them, and adds it', async () => {
    const { fixture, loader } = await open(teamNames(10_000), ['Team 2']);
    expect(await loader.getAllHarnesses(MatSelectHarness.with({ selector: '[formControlName=teams]' }))).toEqual([]);
    const picker = await loader.getHarness(MatAutocompleteHarness.with({ selector: 'app-evidence-teams input' }));
    await picker.focus();
    const options = await picker.getOptions();
    expect(options.length).toBe(51);
    expect(await options[50].getText()).toBe('9,949 more match: type to narrow down');
    await picker.enterText('Team 9999');
    await picker.selectOption({ text: 'Team 9999' });
    await fixture.whenStable();
    expect(dialogElement().querySelector('ul[aria-label="Chosen teams"]')!.textContent).toContain('Team 9999');
    expect(dialogElement().textContent).toContain('2 of 10,000 teams chosen');
    button('Save').click();
    expect(saved()).toEqual([['Team 2', 'Team 9999']]);
  });

  it('removes a chosen team by its button, the focus on the next one, and asks for one when none is left', async () => {
    const { fixture } = await open(teamNames(100), ['Team 1', 'Team 2']);
    button('Remove Team 1').click();
    await fixture.whenStable();
    expect(document.activeElement).toBe(button('Remove Team 2'));
    button('Remove Team 2').click();
    await fixture.whenStable();
    expect(document.activeElement!.tagName).toBe('INPUT');
    button('Save').click();
    await fixture.whenStable();
    expect(saved()).toEqual([]);
    expect(dialogElement().querySelector('[role=alert]')!.textContent).toContain('Choose at least one team.');
  });

  it('lists the first 50 of 10,000 chosen teams, and removes them all at once', async () => {
    const teams = teamNames(10_000);
    const { fixture } = await open(teams, teams);
    const list = dialogElement().querySelector('ul[aria-label="Chosen teams"]')!;
    expect(list.querySelectorAll('li').length).toBe(50);
    expect(dialogElement().textContent).toContain('Showing 50 of 10,000 chosen teams.');
    button('Remove all 10,000').click();
    await fixture.whenStable();
    expect(dialogElement().querySelector('ul[aria-label="Chosen teams"]')).toBeNull();
    expect(dialogElement().textContent).toContain('None of 10,000 teams chosen');
  });

  it('keeps the chosen teams shown when one of them is removed', async () => {
    const teams = teamNames(300);
    const { fixture } = await open(teams, teams);
    const listed = () => dialogElement().querySelectorAll('ul[aria-label="Chosen teams"] li').length;
    button('Show 200 more').click();
    await fixture.whenStable();
    expect(listed()).toBe(250);
    button('Remove Team 200').click();
    await fixture.whenStable();
    // Before, the list went back to its first 50 teams, and the focus with it.
    expect(listed()).toBe(250);
    expect(document.activeElement).toBe(button('Remove Team 201'));
    expect(dialogElement().textContent).toContain('Showing 250 of 299 chosen teams.');
  });
});
