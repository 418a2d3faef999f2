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

  it('says one entry, not "1 entries", of a single progress entry and a single piece of evidence', () => {
    const [build] = SMALL_MODEL.activities;
    const store = new FakeAssessmentStore(
      readyState(SMALL_MODEL, {
        teams: ['Team A'],
        progress: { [build.uuid]: { 'Team A': { stages: { Started: '2026-01-01' } } } },
        evidence: [
          {
            id: 'e1',
            activityUuid: build.uuid,
            teams: ['Team A'],
            title: 'Jenkinsfile',
            description: '',
            evidenceRecorded: '2026-01-02',
            reviewer: '',
            attachments: [],
          },
        ],
      }),
    );
    TestBed.configureTestingModule({ providers: [provideFakeStore(store), provideMemorySource(SERVED_FILES)] });
    const fixture = TestBed.createComponent(DownloadPanel);
    fixture.detectChanges();
    const text = (fixture.nativeElement as HTMLElement).textContent;
    expect(text).toContain('Progress: 1 team × activity entry');
    expect(text).toContain('Evidence: 1 entry');
    expect(text).not.toContain('entries');
  });
});
