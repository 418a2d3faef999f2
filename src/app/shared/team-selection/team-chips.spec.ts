import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatChipListboxHarness } from '@angular/material/chips/testing';
import { Teams } from '../../domain/types';
import { TeamChips } from './team-chips';
import { ALL_TEAMS, TeamSelection } from './team-selection-params';

const TEAMS: Teams = { teams: ['Team A', 'Team B', 'Team C'], groups: { Frontend: ['Team A', 'Team B'] } };

describe('TeamChips', () => {
  let fixture: ComponentFixture<TeamChips>;
  let emitted: TeamSelection[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(TeamChips);
    fixture.componentRef.setInput('teams', TEAMS);
    fixture.componentRef.setInput('allLabel', 'Everyone');
    emitted = [];
    // Like a page that keeps the selection in its URL: what is emitted comes back in.
    fixture.componentInstance.selectionChange.subscribe((selection) => {
      emitted.push(selection);
      fixture.componentRef.setInput('selection', selection);
    });
    await fixture.whenStable();
  });

  const listbox = () => TestbedHarnessEnvironment.loader(fixture).getHarness(MatChipListboxHarness);
  const selected = async () =>
    Promise.all((await (await listbox()).getChips({ selected: true })).map((chip) => chip.getText()));

  it('offers "All teams", every group and every team, with all teams selected at first', async () => {
    const chips = await (await listbox()).getChips();
    expect(await Promise.all(chips.map((chip) => chip.getText()))).toEqual([
      'Everyone',
      'Frontend (group)',
      'Team A',
      'Team B',
      'Team C',
    ]);
    expect(await selected()).toEqual(['Everyone']);
    expect(await (await listbox()).isMultiple()).toBeTrue();
  });

  it('selects several teams, and a group when its members are all selected', async () => {
    await (await listbox()).selectChips({ text: 'Team A' });
    expect(emitted.at(-1)).toEqual({ teams: ['Team A'] });
    await (await listbox()).selectChips({ text: 'Team C' });
    expect(emitted.at(-1)).toEqual({ teams: ['Team A', 'Team C'] });
    expect(await selected()).toEqual(['Team A', 'Team C']);
    await (await (await listbox()).getChips({ text: 'Team C' }))[0].toggle();
    await (await listbox()).selectChips({ text: 'Team B' });
    expect(emitted.at(-1)).toEqual({ teams: [], group: 'Frontend' });
    expect(await selected()).toEqual(['Frontend (group)', 'Team A', 'Team B']);
    // Every team chosen is the same as all teams.
    await (await listbox()).selectChips({ text: 'Team C' });
    expect(emitted.at(-1)).toEqual(ALL_TEAMS);
    expect(await selected()).toEqual(['Everyone']);
  });

  it('selects the members of a group, and deselects them again', async () => {
    await (await listbox()).selectChips({ text: /Frontend/ });
    expect(emitted.at(-1)).toEqual({ teams: [], group: 'Frontend' });
    expect(await selected()).toEqual(['Frontend (group)', 'Team A', 'Team B']);
    const group = (await (await listbox()).getChips({ text: /Frontend/ }))[0];
    await group.toggle();
    expect(emitted.at(-1)).toEqual(ALL_TEAMS);
    expect(await selected()).toEqual(['Everyone']);
  });

  it('keeps "All teams" selected when it is clicked again, and goes back to it', async () => {
    const all = (await (await listbox()).getChips({ text: 'Everyone' }))[0];
    await all.toggle();
    expect(await selected()).toEqual(['Everyone']);
    await (await listbox()).selectChips({ text: 'Team B' });
    await (await (await listbox()).getChips({ text: 'Everyone' }))[0].toggle();
    expect(emitted.at(-1)).toEqual(ALL_TEAMS);
    expect(await selected()).toEqual(['Everyone']);
  });

  it('toggles chips from the keyboard', async () => {
    const options = [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[role="option"]')];
    const teamC = options.find((option) => option.textContent?.includes('Team C'))!;
    teamC.focus();
    teamC.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', keyCode: 32, bubbles: true, cancelable: true }));
    await fixture.whenStable();
    expect(emitted.at(-1)).toEqual({ teams: ['Team C'] });
    expect(await selected()).toEqual(['Team C']);
  });
});
