import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CompareEntity, CompareRow } from '../../domain/compare/compare-rows';
import { activityFixture } from '../../domain/testing/model-fixture';
import { until } from '../../shared/testing/until';
import { CompareTable } from './compare-table';

const entities: CompareEntity[] = ['A', 'B'].map((team) => ({
  key: `team:${team}`,
  label: team,
  kind: 'team',
  teams: [team],
}));
const rows = (count: number): CompareRow[] =>
  Array.from({ length: count }, (_, i) => ({
    activity: activityFixture({ name: `Activity ${i}`, uuid: `uuid-${i}`, level: 1 }),
    cells: [
      { score: 1, text: 'Fully implemented' },
      { score: 0, text: 'Not started' },
    ],
    spread: 1,
  }));

describe('CompareTable', () => {
  it('renders the first rows at once and adds the others once frames are painted, busy until then', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(CompareTable);
    fixture.componentRef.setInput('rows', rows(100));
    fixture.componentRef.setInput('entities', entities);
    await fixture.whenStable();
    const table = fixture.nativeElement as HTMLElement;
    const shown = () => table.querySelectorAll('tbody tr').length;
    expect(shown()).toBe(20);
    expect(table.getAttribute('aria-busy')).toBe('true');
    await until(fixture, () => shown() >= 100, 'all 100 rows');
    expect(shown()).toBe(100);
    expect(table.getAttribute('aria-busy')).toBe('false');
    expect(table.querySelector('tbody tr:last-child th a')!.textContent).toBe('Activity 99');

    // Another list starts again from its first rows.
    fixture.componentRef.setInput('rows', rows(60));
    await fixture.whenStable();
    expect(shown()).toBe(20);
  });
});
