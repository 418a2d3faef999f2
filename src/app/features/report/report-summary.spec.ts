import { TestBed } from '@angular/core/testing';
import { Scores } from '../../domain/scoring/score-assessment';
import { ScoreCounts } from '../../domain/scoring/score-counts';
import { ReportSummary } from './report-summary';

describe('ReportSummary', () => {
  it("separates the thousands of the overall row's 'Due for review' as it does the other rows'", async () => {
    // A model of 2,000 activities can have over a thousand due: the overall row said "1234" under "1,200".
    const counts = (due: number): ScoreCounts => ({ total: 2000, done: 0, score: 0, due });
    const scores = {
      teams: ['Team A'],
      maxLevel: 1,
      activities: new Map(),
      overall: counts(1234),
      assessed: 0,
      assessable: 2000,
      byLevel: [counts(1234)],
      dimensions: [{ name: 'Build and Deployment', counts: counts(1200), byLevel: [counts(1200)], subDimensions: [] }],
    } as unknown as Scores;
    const fixture = TestBed.createComponent(ReportSummary);
    fixture.componentRef.setInput('scores', scores);
    fixture.componentRef.setInput('dimensions', [{ name: 'Build and Deployment', subDimensions: [] }]);
    fixture.componentRef.setInput('maxLevel', 1);
    fixture.componentRef.setInput('levelLabels', ['Level 1']);
    fixture.componentRef.setInput('stages', []);
    await fixture.whenStable();
    const dueCells = [...(fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')].map((tr) =>
      tr.lastElementChild!.textContent!.trim(),
    );
    expect(dueCells).toContain('1,234');
    expect(dueCells).not.toContain('1234');
  });
});
