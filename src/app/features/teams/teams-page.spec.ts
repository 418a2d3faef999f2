import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter } from '@angular/router';
import { evidenceFixture } from '../../domain/testing/evidence-fixture';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { formatDay } from '../../shared/local-day';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { until } from '../../shared/testing/until';
import { TeamsPage } from './teams-page';

const BUILD = SMALL_MODEL.activities[0].uuid;
const DEPLOY = SMALL_MODEL.activities[2].uuid;

const evidence = (id: string, teams: string[]) => evidenceFixture(id, { activityUuid: BUILD, teams });

describe('TeamsPage', () => {
  let store: FakeAssessmentStore;
  let fixture: ComponentFixture<TeamsPage>;
  let root: HTMLElement;

  function create(readOnly = false): void {
    const state = readyState(SMALL_MODEL, {
      teams: ['Team A', 'Team B', 'Team C'],
      groups: { Frontend: ['Team A', 'Team B'] },
      progress: {
        [BUILD]: {
          'Team A': { stages: { Started: '2026-01-01', 'Partly implemented': '2026-02-01' } },
          'Team B': { stages: { Started: '2026-01-02' } },
        },
        [DEPLOY]: {
          'Team A': { stages: { Started: '2026-03-01' } },
          'Team C': { stages: { 'Fully implemented': '2026-03-05' } },
        },
      },
      evidence: [evidence('only-a', ['Team A']), evidence('a-and-b', ['Team A', 'Team B'])],
    });
    store = new FakeAssessmentStore(
      readOnly && state.status === 'ready'
        ? { ...state, data: { ...state.data, meta: { ...state.data.meta, allowChangeTeamNameInBrowser: false } } }
        : state,
    );
    TestBed.configureTestingModule({ providers: [provideFakeStore(store), provideRouter([])] });
    fixture = TestBed.createComponent(TeamsPage);
    root = fixture.nativeElement;
    fixture.detectChanges();
  }

  const button = (label: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  const typeInto = (input: HTMLInputElement, text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
  };

  it('writes the Done count with the activities that do not apply, as the report and the heatmap do', async () => {
    create();
    const marked = { stages: {}, notApplicable: { reason: 'no servers', date: '2026-01-01' } };
    const other = SMALL_MODEL.activities[1].uuid;
    store.update((assessment) => ({
      ...assessment,
      progress: { ...assessment.progress, [other]: { 'Team A': marked } },
    }));
    await fixture.whenStable();
    const overall = root.querySelector('app-team-summary-panel table.dimensions tfoot td:last-child')!;
    expect(overall.textContent?.trim()).toMatch(/^0 \/ \d+ \(\+1 not applicable\)$/);
  });

  it('names a stage dated later under the stages reached, as the activity page does', async () => {
    create();
    const planned = { stages: { Started: '2026-01-01', 'Fully implemented': '2999-01-15' } };
    store.update((assessment) => ({
      ...assessment,
      progress: { ...assessment.progress, [BUILD]: { 'Team A': planned } },
    }));
    await fixture.whenStable();
    const row = [...root.querySelectorAll('app-team-summary-panel table.progress tbody tr')].find((tr) =>
      tr.textContent?.includes('Defined build process'),
    )!;
    const reached = [...row.querySelectorAll('.reached li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(reached).toEqual([
      `Started: ${formatDay('2026-01-01')}`,
      `Fully implemented from ${formatDay('2999-01-15')}`,
    ]);
  });

  it('shows the selected team: counts per stage, score per dimension, last change, work in progress', () => {
    create();
    const panel = root.querySelector('app-team-summary-panel')!;
    expect(panel.querySelector('h2')?.textContent).toContain('Team: Team A');
    // The latest of its stage dates (1 Mar) and its evidence (1 May).
    expect(panel.textContent).toContain(`Last change: ${formatDay('2026-05-01')}`);
    const counts = [...panel.querySelectorAll('table.counts tbody tr')].map((tr) => [
      tr.querySelector('th')!.firstChild!.textContent!.trim(),
      tr.querySelector('td')!.textContent!.trim(),
    ]);
    // No stage set is "not assessed", apart from a team's explicit "Not implemented".
    expect(counts).toEqual([
      ['Not implemented', '0'],
      ['Started', '1'],
      ['Partly implemented', '1'],
      ['Fully implemented', '0'],
      ['Not assessed', '3'],
    ]);
    expect(panel.textContent).toContain('In progress (2)');
    expect(panel.textContent).toContain('Defined build process');
    // The Done column says what it counts.
    expect(panel.querySelector('.note')?.textContent).toBe(
      'Done: at Fully implemented (the 100% stage). Activities that do not apply to the team are not counted.',
    );
  });

  it('lists what the team has to look at again: due for review, since when and why, and changed evidence', () => {
    create();
    store.today.set('2026-12-05');
    store.update((assessment) => ({
      ...assessment,
      settings: { ...assessment.settings, reviewMonths: 6 },
      evidence: [
        ...assessment.evidence,
        // Reviewed, then changed: the digest is of other content.
        { ...evidence('edited', ['Team A']), reviewer: 'Kim', reviewed: '2026-06-01', reviewedDigest: 'other' },
      ],
    }));
    fixture.detectChanges();
    const panel = root.querySelector('app-team-summary-panel')!;
    const rows = [...panel.querySelectorAll('table.due tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(panel.textContent).toContain('Due for review (2)');
    // Deployment: its stage (1 Mar) is older than 6 months. Build: the newest evidence is the review of 1 Jun.
    expect(rows).toEqual([
      [
        'Defined deployment process L1',
        formatDay('2026-09-01'),
        `Stage set ${formatDay('2026-03-01')}, no evidence; reviewed every 6 months`,
      ],
      [
        'Defined build process L1',
        formatDay('2026-12-01'),
        `Evidence last recorded or reviewed ${formatDay('2026-06-01')}; reviewed every 6 months`,
      ],
    ]);
    expect(panel.textContent).toContain('Changed after review (1)');
    expect(panel.querySelector('ul.changed')!.textContent!.replace(/\s+/g, ' ')).toContain(
      `Defined build process: "edited" for Team A, reviewed by Kim on ${formatDay('2026-06-01')}, changed since`,
    );
  });

  it('shows a group summed over its members', () => {
    create();
    [...root.querySelectorAll<HTMLButtonElement>('app-group-list button.name')][0].click();
    fixture.detectChanges();
    const panel = root.querySelector('app-team-summary-panel')!;
    expect(panel.querySelector('h2')?.textContent).toContain('Group: Frontend');
    expect(panel.textContent).toContain('2 teams');
    expect(panel.querySelectorAll('table.progress tbody tr').length).toBe(3);
    expect(panel.querySelector('.note')?.textContent).toContain('for every team of the group it applies to');
  });

  /** 1,200 teams, all in group Frontend, each Started on the model's build activity. */
  function groupOf1200Started(): void {
    create();
    const many = Array.from({ length: 1_200 }, (_, i) => `Team ${i + 1}`);
    const progress = { [BUILD]: Object.fromEntries(many.map((team) => [team, { stages: { Started: '2026-01-01' } }])) };
    store.update((assessment) => ({
      ...assessment,
      progress,
      teams: { ...assessment.teams, names: many, groups: { Frontend: many } },
    }));
    fixture.detectChanges();
  }

  it('writes the counts of a group of 1,200 teams with thousands separated, as the report does', () => {
    groupOf1200Started();
    expect(root.querySelector('app-team-list h2')?.textContent).toBe('Teams (1,200)');
    [...root.querySelectorAll<HTMLButtonElement>('app-group-list button.name')][0].click();
    fixture.detectChanges();
    const panel = root.querySelector('app-team-summary-panel')!;
    expect(panel.querySelector('.meta')?.textContent).toContain('1,200 teams');
    const cell = (row: string) =>
      [...panel.querySelectorAll('table.counts tr')]
        .find((tr) => tr.querySelector('th')!.textContent!.trim().startsWith(row))!
        .querySelector('td')!.textContent;
    expect(cell('Started')).toBe('1,200');
    const activities = SMALL_MODEL.activities.length;
    expect(cell('Not assessed')).toBe((1_200 * (activities - 1)).toLocaleString('en-US'));
    expect(cell('Total')).toBe((1_200 * activities).toLocaleString('en-US'));
    expect(panel.textContent).toContain('In progress (1,200)');
  });

  it("shows a group's thousands of activities in progress a page at a time, never all at once", () => {
    groupOf1200Started();
    [...root.querySelectorAll<HTMLButtonElement>('app-group-list button.name')][0].click();
    fixture.detectChanges();
    const panel = root.querySelector('app-team-summary-panel')!;
    const rows = () => panel.querySelectorAll('table.progress tbody tr').length;
    const more = () => [...panel.querySelectorAll('button')].find((b) => /^\s*Show [\d,]+ more/.test(b.textContent!));
    expect(rows()).toBe(50);
    expect(panel.textContent).toContain('Showing 50 of 1,200.');
    // A press renders 200 more rows: a group of 5,000 teams has half a million, which "Show all" froze on.
    more()!.click();
    fixture.detectChanges();
    expect(rows()).toBe(250);
    for (let i = 0; i < 4; i++) {
      more()!.click();
      fixture.detectChanges();
    }
    expect(rows()).toBe(1_050);
    expect(more()!.textContent).toContain('Show 150 more');
    more()!.click();
    fixture.detectChanges();
    expect(rows()).toBe(1_200);
    expect(more()).toBeUndefined();
  });

  it('renames a team and carries exactly its progress and evidence along', () => {
    create();
    const before = store.state().assessment;
    button('Rename Team A')!.click();
    fixture.detectChanges();
    const input = root.querySelector<HTMLInputElement>('app-team-list li[data-team="Team A"] input')!;
    typeInto(input, "Team A: O'Neil");
    input.form!.requestSubmit();
    fixture.detectChanges();
    const after = store.state().assessment;
    expect(after).not.toBe(before);
    expect(after.teams.names).toEqual(["Team A: O'Neil", 'Team B', 'Team C']);
    expect(after.progress[BUILD]["Team A: O'Neil"].stages).toEqual(before.progress[BUILD]['Team A'].stages);
    expect(after.progress[BUILD]['Team B']).toBe(before.progress[BUILD]['Team B']);
    expect(after.progress[DEPLOY]['Team C']).toBe(before.progress[DEPLOY]['Team C']);
    expect(after.evidence.map((e) => e.teams)).toEqual([["Team A: O'Neil"], ["Team A: O'Neil", 'Team B']]);
    expect(after.teams.groups['Frontend']).toEqual(["Team A: O'Neil", 'Team B']);
    expect(root.querySelector('app-team-summary-panel h2')?.textContent).toContain("Team A: O'Neil");
  });

  it('keeps the focus in the list after a rename, Escape in the editor and a deletion (keyboard)', async () => {
    create();
    const focused = () =>
      document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim();
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    button('Rename Team A')!.click();
    fixture.detectChanges();
    const input = root.querySelector<HTMLInputElement>('app-team-list li[data-team="Team A"] input')!;
    typeInto(input, 'Team Z');
    input.form!.requestSubmit();
    await settle();
    // The renamed team's row is a new one: its Rename button, not the page's start, has the focus.
    expect(focused()).toBe('Rename Team Z');
    button('Rename Team B')!.click();
    fixture.detectChanges();
    root
      .querySelector('app-team-list li[data-team="Team B"] form')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(focused()).toBe('Rename Team B');
    button('Delete Team B')!.click();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    expect(await dialog.getContentText()).toContain('Its progress on 1 activity');
    [...document.querySelectorAll<HTMLButtonElement>('mat-dialog-actions button')]
      .find((b) => b.textContent?.includes('Delete team'))!
      .click();
    await until(fixture, () => !store.state().assessment.teams.names.includes('Team B'), 'Team B deleted');
    await settle();
    // The team after the deleted one.
    expect(focused()).toBe('Team C');
  });

  it('refuses a name that is taken, saying why', () => {
    create();
    button('Rename Team A')!.click();
    fixture.detectChanges();
    const input = root.querySelector<HTMLInputElement>('app-team-list li[data-team="Team A"] input')!;
    typeInto(input, 'Team B');
    expect(root.querySelector('mat-error')?.textContent).toContain('There is already a team called "Team B".');
    const rename = [...root.querySelectorAll<HTMLButtonElement>('app-team-list button')].find(
      (b) => b.textContent?.trim() === 'Rename',
    )!;
    expect(rename.disabled).toBeTrue();
  });

  it("deletes a team after a confirmation that says how much goes; every other team's data stays", async () => {
    create();
    const before = store.state().assessment;
    button('Delete Team A')!.click();
    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const dialog = await loader.getHarness(MatDialogHarness);
    const text = await dialog.getContentText();
    expect(text).toContain('Its progress on 2 activities (3 stage dates) is deleted.');
    expect(text).toContain(
      '1 piece of evidence that only this team has is deleted; 1 piece of evidence shared with other teams stays, without this team.',
    );
    const buttons = document.querySelectorAll<HTMLButtonElement>('mat-dialog-actions button');
    [...buttons].find((b) => b.textContent?.includes('Delete team'))!.click();
    await until(fixture, () => store.state().assessment !== before, 'Team A deleted');
    const after = store.state().assessment;
    expect(after.teams.names).toEqual(['Team B', 'Team C']);
    expect(after.progress[BUILD]['Team A']).toBeUndefined();
    expect(after.progress[BUILD]['Team B']).toBe(before.progress[BUILD]['Team B']);
    expect(after.progress[DEPLOY]['Team C']).toBe(before.progress[DEPLOY]['Team C']);
    expect(after.evidence.map((e) => [e.id, e.teams])).toEqual([['a-and-b', ['Team B']]]);
  });

  it('cancelling the deletion changes nothing', async () => {
    create();
    const before = store.state().assessment;
    button('Delete Team C')!.click();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    await dialog.close();
    await fixture.whenStable();
    expect(store.state().assessment).toBe(before);
  });

  it('adds and reorders teams, and edits group membership both ways', () => {
    create();
    const add = root.querySelector<HTMLInputElement>('app-team-list app-name-editor input')!;
    typeInto(add, 'Team D');
    add.form!.requestSubmit();
    fixture.detectChanges();
    expect(store.state().assessment.teams.names).toEqual(['Team A', 'Team B', 'Team C', 'Team D']);
    button('Move Team D up')!.click();
    fixture.detectChanges();
    expect(store.state().assessment.teams.names).toEqual(['Team A', 'Team B', 'Team D', 'Team C']);
    // The row moved in the DOM; the focus stays on the button that moved it, for the next press.
    expect(document.activeElement).toBe(button('Move Team D up'));
    button('Move Team D down')!.click();
    fixture.detectChanges();
    expect(store.state().assessment.teams.names).toEqual(['Team A', 'Team B', 'Team C', 'Team D']);
    // Last in the list: its "down" button is off, so the focus goes to the "up" one.
    expect(document.activeElement).toBe(button('Move Team D up'));
    button('Move Team D up')!.click();
    fixture.detectChanges();

    button('Groups of Team C')!.click();
    fixture.detectChanges();
    root.querySelector<HTMLInputElement>('app-team-list fieldset input[type=checkbox]')!.click();
    fixture.detectChanges();
    expect(store.state().assessment.teams.groups['Frontend']).toEqual(['Team A', 'Team B', 'Team C']);

    button('Members of Frontend')!.click();
    fixture.detectChanges();
    const boxes = [...root.querySelectorAll<HTMLInputElement>('app-group-list fieldset input[type=checkbox]')];
    expect(boxes.map((b) => b.checked)).toEqual([true, true, false, true]);
    boxes[0].click();
    fixture.detectChanges();
    expect(store.state().assessment.teams.groups['Frontend']).toEqual(['Team B', 'Team C']);
  });

  it('honours allowChangeTeamNameInBrowser: false (read-only teams)', () => {
    create(true);
    expect(root.textContent).toContain('Team names are fixed in this deployment');
    expect(root.querySelector('app-name-editor')).toBeNull();
    expect(button('Rename Team A')).toBeNull();
    expect(button('Delete Team A')).toBeNull();
    expect(root.querySelector('app-team-summary-panel')).not.toBeNull();
  });

  it('lists the first 100 of many teams (the first 20 at once, the others in steps), finds any of them, and shows more on demand', async () => {
    create();
    const many = Array.from({ length: 250 }, (_, i) => `Team ${i + 1}`);
    store.update((assessment) => ({ ...assessment, teams: { ...assessment.teams, names: many } }));
    fixture.detectChanges();
    const rows = () => root.querySelectorAll('app-team-list li[data-team]').length;
    const list = () => root.querySelector('app-team-list')!;
    /** Waits until the rows rendered in steps are all there. */
    const settled = (count: number) => until(fixture, () => rows() >= count, `${count} rows`);
    expect(rows()).toBe(20);
    expect(list().textContent).toContain('Showing 100 of 250 teams');
    await settled(100);
    expect(rows()).toBe(100);
    expect(list().textContent).toContain('Showing 100 of 250 teams');
    const more = () => [...list().querySelectorAll('button')].find((b) => /^\s*Show \d+ more/.test(b.textContent!))!;
    more().click();
    await settled(200);
    expect(rows()).toBe(200);
    expect(more().textContent).toContain('Show 50 more');
    const find = list().querySelector<HTMLInputElement>('input[type=search]')!;
    // Every team still matches: the rows stay as they are.
    typeInto(find, 'team');
    expect(rows()).toBe(200);
    typeInto(find, 'Team 24');
    // Team 24 and Team 240-249: all shown, and counted for screen readers.
    expect(rows()).toBe(11);
    expect(list().querySelector('.matches')?.textContent).toContain('11 teams match');
    expect(more()).toBeUndefined();
  });

  it('ticks the members of a group among 10,000 teams: the members and the first others shown, any found by name', () => {
    create();
    const many = Array.from({ length: 10_000 }, (_, i) => `Team ${i + 1}`);
    store.update((assessment) => ({
      ...assessment,
      teams: { ...assessment.teams, names: many, groups: { Frontend: ['Team 3', 'Team 9999'] } },
    }));
    fixture.detectChanges();
    button('Members of Frontend')!.click();
    fixture.detectChanges();
    const ticks = () => root.querySelector('app-group-list app-tick-list')!;
    const boxes = () =>
      [...ticks().querySelectorAll('mat-checkbox')].map((box) => [
        box.textContent!.trim(),
        box.querySelector('input')!.checked,
      ]);
    // Both members (one far down the list), and the first 50 others, in list order.
    expect(boxes().length).toBe(52);
    expect(boxes().slice(0, 4)).toEqual([
      ['Team 1', false],
      ['Team 2', false],
      ['Team 3', true],
      ['Team 4', false],
    ]);
    expect(boxes().at(-1)).toEqual(['Team 9999', true]);
    expect(ticks().textContent).toContain('Showing 52 of 10,000 teams, the ticked ones among them');

    typeInto(ticks().querySelector<HTMLInputElement>('input[type=search]')!, 'team 777');
    // Team 777 and Team 7770-7779, counted for screen readers.
    expect(boxes().length).toBe(11);
    expect(ticks().querySelector('.matches')?.textContent).toContain('11 teams match');
    expect(ticks().querySelector('.more')).toBeNull();
    const box = ticks().querySelectorAll<HTMLInputElement>('mat-checkbox input')[5];
    box.click();
    fixture.detectChanges();
    expect(store.state().assessment.teams.groups['Frontend']).toEqual(['Team 3', 'Team 7774', 'Team 9999']);
    // Still in its place, ticked.
    expect(boxes()[5]).toEqual(['Team 7774', true]);

    typeInto(ticks().querySelector<HTMLInputElement>('input[type=search]')!, 'Team X');
    expect(ticks().textContent).toContain('No team matches "Team X".');
  });
});
