import { signal } from '@angular/core';
import { rowsInSteps } from './rows-in-steps';

const teams = (n: number, name = 'Team') => Array.from({ length: n }, (_, i) => `${name} ${i + 1}`);

describe('rowsInSteps', () => {
  it('keeps the rows shown when a row is removed or added, and starts another list at the first rows', () => {
    const items = signal(teams(300));
    const steps = rowsInSteps(items, 50);
    expect(steps.rows().length).toBe(50);
    steps.more();
    expect(steps.rows().length).toBe(250);
    // Team 200 removed: still 250 shown, of 299 (before: back at 50).
    items.set(items().filter((team) => team !== 'Team 200'));
    expect(steps.rows().length).toBe(250);
    expect(steps.rows().at(-1)).toBe('Team 251');
    items.set([...items(), 'Team 301']);
    expect(steps.rows().length).toBe(250);
    expect(steps.next()).toBe(50);
    items.set(teams(300, 'Other'));
    expect(steps.rows().length).toBe(50);
  });

  it('starts at the first rows after the list was emptied', () => {
    const items = signal(teams(300));
    const steps = rowsInSteps(items, 50);
    steps.more();
    items.set([]);
    expect(steps.rows()).toEqual([]);
    items.set(teams(300));
    expect(steps.rows().length).toBe(50);
  });

  it('tells rows made again apart by their key: a stage set keeps the rows shown', () => {
    const rows = (n: number, stage: string) =>
      Array.from({ length: n }, (_, i) => ({ team: 'Team A', uuid: `a${i}`, stage }));
    const items = signal(rows(300, 'Started'));
    const steps = rowsInSteps(items, 50, (row) => `${row.team}\u0000${row.uuid}`);
    steps.more();
    // The list made again after a stage set: the same rows, new objects, one of them done and gone.
    items.set(rows(300, 'Partly implemented').filter((row) => row.uuid !== 'a7'));
    expect(steps.rows().length).toBe(250);
    items.set(rows(300, 'Started').map((row) => ({ ...row, team: 'Team B' })));
    expect(steps.rows().length).toBe(50);
  });
});
