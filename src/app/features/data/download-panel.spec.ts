import { TestBed } from '@angular/core/testing';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { provideMemorySource } from '../../state/testing/memory-source';
import { SERVED_FILES } from '../../state/testing/served-files-fixture';
import { DownloadPanel } from './download-panel';

describe('DownloadPanel', () => {
  it('writes the counts of thousands of teams and entries with thousands separated, as every page does', () => {
    const teams = Array.from({ length: 1200 }, (_, i) => `Team ${i + 1}`);
    const [build, deploy] = SMALL_MODEL.activities;
    const entries = (day: string) => Object.fromEntries(teams.map((team) => [team, { stages: { Started: day } }]));
    const store = new FakeAssessmentStore(
      readyState(SMALL_MODEL, {
        teams,
        progress: { [build.uuid]: entries('2026-01-01'), [deploy.uuid]: entries('2026-01-02') },
      }),
    );
    TestBed.configureTestingModule({ providers: [provideFakeStore(store), provideMemorySource(SERVED_FILES)] });
    const fixture = TestBed.createComponent(DownloadPanel);
    fixture.detectChanges();
    const text = (fixture.nativeElement as HTMLElement).textContent;
    expect(text).toContain('Progress: 2,400 team × activity entries');
    expect(text).toContain('1,200 teams, 0 groups');
  });
});
