import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Teams } from '../../domain/types';
import { TeamChips } from './team-chips';
import { ALL_TEAMS, TeamSelection } from './team-selection-params';

const TEAMS: Teams = { names: ['Team A', 'Team B', 'Team C'], groups: { Frontend: ['Team A', 'Team B'] } };
/** A big organisation: Team 1 … Team 1000, a small group and one of 500 teams (Team 101 … Team 600). */
const MANY: Teams = {
  names: Array.from({ length: 1000 }, (_, i) => `Team ${i + 1}`),
  groups: { Platform: ['Team 1', 'Team 2'], Big: Array.from({ length: 500 }, (_, i) => `Team ${i + 101}`) },
};
const ABOVE_TEAMS = ['Everyone', 'Platform (group)', 'Big (group)'];

describe('TeamChips', () => {
  let fixture: ComponentFixture<TeamChips>;
  let emitted: TeamSelection[];

  async function create(teams: Teams): Promise<void> {
    fixture = TestBed.createComponent(TeamChips);
    fixture.componentRef.setInput('teams', teams);
    fixture.componentRef.setInput('allLabel', 'Everyone');
    emitted = [];
    // Like a page that keeps the selection in its URL: what is emitted comes back in.
    fixture.componentInstance.selectionChange.subscribe((selection) => {
      emitted.push(selection);
      fixture.componentRef.setInput('selection', selection);
    });
    await fixture.whenStable();
  }

  const host = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const listbox = () => host().querySelector<HTMLElement>('[role="listbox"]')!;
  const options = () => [...listbox().querySelectorAll<HTMLElement>('[role="option"]')];
  const names = () => options().map(text);
  const selected = () =>
    options()
      .filter((o) => o.getAttribute('aria-selected') === 'true')
      .map(text);
  const option = (name: string) => options().find((o) => text(o) === name)!;
  const findField = () => host().querySelector<HTMLInputElement>('input[type="search"]');

  /** A click on the chip; `with` holds modifier keys (`{ ctrlKey: true }`...). */
  async function click(name: string, held: MouseEventInit = {}): Promise<void> {
    option(name).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...held }));
    await fixture.whenStable();
  }
  const add = (name: string) => click(name, { ctrlKey: true });

  async function press(
    key: string,
    target = document.activeElement as HTMLElement,
    held: KeyboardEventInit = {},
  ): Promise<void> {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...held }));
    await fixture.whenStable();
  }
  const several = () => host().querySelector<HTMLInputElement>('input[type="checkbox"]')!;

  async function find(value: string): Promise<void> {
    const field = findField()!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  describe('with a few teams', () => {
    beforeEach(() => create(TEAMS));

    it('offers "All teams", every group and every team, with all teams selected at first', () => {
      expect(names()).toEqual(['Everyone', 'Frontend (group)', 'Team A', 'Team B', 'Team C']);
      expect(selected()).toEqual(['Everyone']);
      expect(listbox().getAttribute('aria-multiselectable')).toBe('true');
      expect(listbox().getAttribute('aria-label')).toBe('Teams');
      // " (group)" is for screen readers; sighted users see the groups icon.
      expect(option('Frontend (group)').querySelector('.visually-hidden')?.textContent).toBe(' (group)');
      expect(option('Frontend (group)').querySelector('app-icon[name="groups"]')).not.toBeNull();
      expect(option('Everyone').querySelector('app-icon[name="check"]')).not.toBeNull();
      expect(option('Team A').querySelector('app-icon')).toBeNull();
      // A few teams need no find field or count.
      expect(findField()).toBeNull();
      expect(text(host())).not.toContain('selected');
    });

    it('shows a group named in ?teams= as selected, and says which names in the link are no team or group', async () => {
      const unknown = () => host().querySelector('.unknown');
      expect(unknown()).toBeNull();
      fixture.componentRef.setInput('selection', { teams: ['Frontend'] });
      await fixture.whenStable();
      expect(selected()).toEqual(['Frontend (group)', 'Team A', 'Team B']);
      expect(unknown()).toBeNull();

      fixture.componentRef.setInput('selection', { teams: ['Team C', 'Team X'] });
      await fixture.whenStable();
      expect(selected()).toEqual(['Team C']);
      expect(text(unknown()!)).toBe('“Team X” in the link is no team or group here, so it is left out.');

      fixture.componentRef.setInput('selection', { teams: ['Web', 'Ops', 'Data', 'QA', 'Team X'] });
      await fixture.whenStable();
      expect(selected()).toEqual(['Everyone']);
      expect(text(unknown()!)).toBe(
        '“Web”, “Ops”, “Data” and 2 more in the link are no teams or groups here, so all teams are shown.',
      );
      fixture.componentRef.setInput('selection', { teams: [], group: 'Backend' });
      await fixture.whenStable();
      expect(text(unknown()!)).toBe('“Backend” in the link is no team or group here, so all teams are shown.');
    });

    it('names the list after its label', async () => {
      fixture.componentRef.setInput('label', 'Teams in the report');
      await fixture.whenStable();
      expect(listbox().getAttribute('aria-label')).toBe('Teams in the report');
    });

    it('shows the team clicked alone, and adds or removes one with Ctrl, ⌘ or Shift held', async () => {
      await click('Team A');
      expect(emitted.at(-1)).toEqual({ teams: ['Team A'] });
      await click('Team C');
      expect(emitted.at(-1))
        .withContext('a plain click replaces')
        .toEqual({ teams: ['Team C'] });
      await click('Team C');
      expect(emitted.at(-1))
        .withContext('and clicked again, stays')
        .toEqual({ teams: ['Team C'] });
      await add('Team A');
      expect(emitted.at(-1)).toEqual({ teams: ['Team A', 'Team C'] });
      expect(selected()).toEqual(['Team A', 'Team C']);
      expect(option('Team C').querySelector('app-icon[name="check"]')).not.toBeNull();
      await click('Team C', { metaKey: true });
      expect(emitted.at(-1)).toEqual({ teams: ['Team A'] });
      await click('Team B', { shiftKey: true });
      expect(emitted.at(-1)).withContext('all members chosen: the group').toEqual({ teams: [], group: 'Frontend' });
      expect(selected()).toEqual(['Frontend (group)', 'Team A', 'Team B']);
      expect(option('Frontend (group)').querySelector('app-icon[name="check"]')).not.toBeNull();
      expect(option('Frontend (group)').querySelector('app-icon[name="groups"]')).toBeNull();
      // Every team chosen is the same as all teams.
      await add('Team C');
      expect(emitted.at(-1)).toEqual(ALL_TEAMS);
      expect(selected()).toEqual(['Everyone']);
    });

    it('shows the group clicked alone, and adds or removes its teams with a modifier', async () => {
      await click('Team C');
      await click('Frontend (group)');
      expect(emitted.at(-1)).toEqual({ teams: [], group: 'Frontend' });
      expect(selected()).toEqual(['Frontend (group)', 'Team A', 'Team B']);
      await click('Frontend (group)');
      expect(emitted.at(-1)).toEqual({ teams: [], group: 'Frontend' });
      await add('Frontend (group)');
      expect(emitted.at(-1)).toEqual(ALL_TEAMS);
      await click('Team C');
      await add('Frontend (group)');
      expect(emitted.at(-1)).toEqual(ALL_TEAMS);
      await click('Team A');
      await add('Frontend (group)');
      expect(emitted.at(-1)).toEqual({ teams: [], group: 'Frontend' });
    });

    it('says on each chip what a click does, and that a modifier adds', async () => {
      expect(option('Team A').title).toBe(
        'Show Team A only. Ctrl-, ⌘- or Shift-click (Ctrl+Enter) adds it to the selection.',
      );
      expect(option('Frontend (group)').title).toBe(
        'Show the group Frontend only. Ctrl-, ⌘- or Shift-click (Ctrl+Enter) adds its teams to the selection.\n' +
          'Frontend: Team A, Team B',
      );
      expect(option('Everyone').title).toBe('Show all teams.');
      await click('Team A');
      expect(option('Team A').title).toContain('removes it from the selection');
      const hint = host().querySelector(`#${listbox().getAttribute('aria-describedby')}`)!;
      expect(text(hint)).toBe(
        'A click or Enter shows one team or group; with Ctrl, ⌘ or Shift held, it adds to the selection.',
      );
    });

    it('adds with a plain click while "Select several" is ticked, for touch screens', async () => {
      expect(text(several().labels![0])).toBe('Select several');
      several().click();
      await fixture.whenStable();
      expect(option('Team B').title).toBe('Add Team B to the selection.');
      await click('Team B');
      await click('Team C');
      expect(emitted.at(-1)).toEqual({ teams: ['Team B', 'Team C'] });
      await click('Team C');
      expect(emitted.at(-1)).toEqual({ teams: ['Team B'] });
      await click('Frontend (group)');
      expect(emitted.at(-1)).toEqual({ teams: [], group: 'Frontend' });
      expect(text(host().querySelector(`#${listbox().getAttribute('aria-describedby')}`)!)).toBe(
        'A click or Enter adds a team or group to the selection, or removes it.',
      );
      several().click();
      await fixture.whenStable();
      await click('Team C');
      expect(emitted.at(-1)).toEqual({ teams: ['Team C'] });
    });

    it('keeps "All teams" selected when it is clicked again, and goes back to it', async () => {
      await click('Everyone');
      expect(selected()).toEqual(['Everyone']);
      await click('Team B');
      expect(selected()).toEqual(['Team B']);
      await click('Everyone');
      expect(emitted.at(-1)).toEqual(ALL_TEAMS);
      expect(selected()).toEqual(['Everyone']);
    });

    it('chooses from the keyboard: Enter or Space alone, with Ctrl or Shift adds', async () => {
      option('Team C').focus();
      await press(' ');
      expect(emitted.at(-1)).toEqual({ teams: ['Team C'] });
      expect(selected()).toEqual(['Team C']);
      await press('ArrowLeft');
      await press('Enter', undefined, { ctrlKey: true });
      expect(emitted.at(-1)).toEqual({ teams: ['Team B', 'Team C'] });
      await press(' ', undefined, { shiftKey: true });
      expect(emitted.at(-1)).toEqual({ teams: ['Team C'] });
      await press('Enter');
      expect(emitted.at(-1)).toEqual({ teams: ['Team B'] });
    });

    it('is one tab stop, and the arrow keys, Home and End move through the chips', async () => {
      const tabStops = () =>
        options()
          .filter((o) => o.tabIndex === 0)
          .map(text);
      expect(tabStops()).toEqual(['Everyone']);
      option('Everyone').focus();
      await press('ArrowRight');
      expect(text(document.activeElement!)).toBe('Frontend (group)');
      await press('ArrowDown');
      expect(text(document.activeElement!)).toBe('Team A');
      expect(tabStops()).toEqual(['Team A']);
      await press('ArrowLeft');
      await press('ArrowUp');
      expect(text(document.activeElement!)).toBe('Everyone');
      await press('ArrowLeft');
      expect(text(document.activeElement!)).toBe('Team C');
      await press('Home');
      expect(text(document.activeElement!)).toBe('Everyone');
      await press('End');
      expect(text(document.activeElement!)).toBe('Team C');
      expect(tabStops()).toEqual(['Team C']);
      // The tab stop stays where the user left it, after toggling too.
      await press(' ');
      expect(selected()).toEqual(['Team C']);
      expect(tabStops()).toEqual(['Team C']);
    });
  });

  describe('with more than 24 teams', () => {
    beforeEach(() => create(MANY));

    it('shows a find field, a count, the groups and 40 teams, and says how many more there are', () => {
      expect(findField()).not.toBeNull();
      expect(text(findField()!.labels![0])).toBe('Find a team');
      expect(text(host())).toContain('All 1,000 teams');
      expect(names().slice(0, 4)).toEqual([...ABOVE_TEAMS, 'Team 1']);
      expect(names().length).toBe(3 + 40);
      expect(names().at(-1)).toBe('Team 40');
      expect(text(host())).toContain('The list shows 40 of 1,000 teams; type in “Find a team” to find the other 960');
    });

    it('finds teams by part of their name, in any case, and keeps the selected ones in view', async () => {
      await find('TEAM 50');
      expect(names()).toEqual([...ABOVE_TEAMS, 'Team 50', ...Array.from({ length: 10 }, (_, i) => `Team ${500 + i}`)]);
      expect(text(host())).not.toContain('The list shows');
      await click('Team 503');
      await add('Platform (group)');
      expect(selected()).toEqual(['Platform (group)', 'Team 1', 'Team 2', 'Team 503']);
      expect(text(host())).toContain('3 of 1,000 teams selected');

      // 112 teams contain "team 1": the selected ones show, then 40 more.
      await find('team 1');
      expect(names().slice(0, 6)).toEqual([...ABOVE_TEAMS, 'Team 1', 'Team 2', 'Team 10']);
      expect(names()).toContain('Team 503');
      expect(names().length).toBe(3 + 3 + 40);
      // Team 1 and the 40 listed after it match; Team 2 and Team 503 are listed as selected.
      expect(text(host())).toContain('The list shows 41 of 112 teams that match; type more to narrow down');

      await find('team 1234');
      expect(names()).toEqual([...ABOVE_TEAMS, 'Team 1', 'Team 2', 'Team 503']);
      expect(text(host())).toContain('No other team matches “team 1234”.');
    });

    it('keeps a team that no longer matches in place until the search changes, so a click can be undone', async () => {
      await find('team 7');
      await click('Team 7');
      await find('team 8');
      expect(names()).toContain('Team 7');
      await add('Team 7');
      expect(selected()).toEqual(['Everyone']);
      expect(names()).toContain('Team 7');
      await find('team 80');
      expect(names()).not.toContain('Team 7');
    });

    it('shows the first 40 teams of a big selection, and finds the others', async () => {
      await click('Big (group)');
      expect(text(host())).toContain('500 of 1,000 teams selected');
      expect(selected().length).toBe(1 + 40);
      expect(selected().slice(0, 3)).toEqual(['Big (group)', 'Team 101', 'Team 102']);
      expect(names().length).toBe(3 + 40 + 40);
      await find('team 59');
      // Team 590 … Team 599 match and are selected: they come before the other selected teams.
      expect(selected()).toContain('Team 599');
      expect(names()).toContain('Team 59');
      expect(selected().length).toBe(1 + 40);
    });
  });
  describe('on a phone (390 px) with a dozen teams', () => {
    const DOZEN: Teams = {
      names: 'Aurora Birch Cedar Dune Ember Fjord Granite Harbor Iris Juniper Kestrel Lumen'
        .split(' ')
        .map((name) => `${name} team`),
      groups: { Web: ['Aurora team', 'Birch team'], Platform: ['Cedar team'] },
    };
    const showAll = () => host().querySelector<HTMLButtonElement>('.show-all');
    const showFewer = () => host().querySelector<HTMLButtonElement>('.show-fewer');
    /** A frame for the box's resize observer, which reports after layout, then the render it asks for. */
    const settle = async () => {
      for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
      await fixture.whenStable();
    };
    beforeEach(async () => {
      await create(DOZEN);
      host().style.width = '390px';
      document.body.appendChild(host());
      // The box measures itself after a render and when it resizes (here: put on the page).
      await settle();
    });
    afterEach(() => host().remove());

    it('cuts a row in half and says how many chips are below, with a button that shows them all', async () => {
      const box = listbox().getBoundingClientRect();
      const cut = options().filter((o) => {
        const chip = o.getBoundingClientRect();
        return chip.top < box.bottom && chip.bottom > box.bottom;
      });
      expect(cut.length).withContext('a row is cut by the edge').toBeGreaterThan(0);
      const below = options().filter((o) => o.getBoundingClientRect().bottom > box.bottom + 1).length;
      expect(below).toBeGreaterThan(0);
      expect(text(showAll()!)).toBe(`Show ${below} more`);
      expect(showAll()!.getAttribute('aria-expanded')).toBe('false');
      expect(showAll()!.getAttribute('aria-controls')).toBe(listbox().id);
      expect(host().querySelector('.chip-box')!.classList).toContain('more-below');

      // The keyboard: the button shows every chip, and the focus goes to the first that was hidden.
      const firstHidden = text(options()[options().length - below]);
      showAll()!.click();
      await fixture.whenStable();
      expect(showAll()).toBeNull();
      expect(listbox().scrollHeight).toBe(listbox().clientHeight);
      expect(text(document.activeElement!)).toBe(firstHidden);
      expect(showFewer()!.getAttribute('aria-expanded')).toBe('true');

      showFewer()!.click();
      await fixture.whenStable();
      expect(showFewer()).toBeNull();
      expect(document.activeElement).toBe(showAll());
    });

    it('says nothing once the list is scrolled to its end', async () => {
      listbox().scrollTop = listbox().scrollHeight;
      listbox().dispatchEvent(new Event('scroll'));
      await settle();
      expect(showAll()).toBeNull();
      expect(host().querySelector('.chip-box')!.classList).not.toContain('more-below');
    });
  });
});
