import { TestBed } from '@angular/core/testing';
import { BreakdownRow, ExecutiveSummary } from '../../domain/report/executive-summary';
import { ExecutiveBreakdown } from './executive-breakdown';

describe('ExecutiveBreakdown', () => {
  const row = (label: string, teams: number, assessed: number): BreakdownRow => ({
    label,
    teams: Array.from({ length: teams }, (_, i) => `${label} ${i + 1}`),
    percent: 0,
    before: 0,
    change: 0,
    dimensions: [0],
    assessed,
    assessable: teams * 194,
    open: 0,
    due: 0,
  });

  it("says each group's assessed pairs as the coverage tile does: thousands separated, under 1% once any", async () => {
    // Found by a walk: "4 of 1164 (0%)" under the tile's "7 of 2,328, under 1% of the activity × team pairs".
    const summary = {
      teams: [],
      breakdown: 'group',
      rows: [row('Web', 6, 4), row('Platform', 6, 0), row('Legacy', 6, 1163)],
      moreRows: 0,
    } as unknown as ExecutiveSummary;
    const fixture = TestBed.createComponent(ExecutiveBreakdown);
    fixture.componentRef.setInput('summary', summary);
    fixture.componentRef.setInput('dimensions', [{ name: 'Build and Deployment', subdimensions: [] }]);
    fixture.componentRef.setInput('since', 'since Sep 6, 2026');
    await fixture.whenStable();
    const cells = [...(fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')].map((tr) =>
      tr.children[4].textContent!.trim(),
    );
    expect(cells).toEqual(['4 of 1,164 (under 1%)', '0 of 1,164 (0%)', '1,163 of 1,164 (99%)']);
  });
});
