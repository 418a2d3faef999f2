import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { until } from '../../shared/testing/until';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { provideMemorySource } from '../../state/testing/memory-source';
import { SERVED_FILES } from '../../state/testing/served-files-fixture';
import { DataPage } from './data-page';
import { folderFile } from './picked-folder.spec';

const BUILD = SMALL_MODEL.activities[0].uuid;
const DEPLOY = SMALL_MODEL.activities[2].uuid;

const RULES = [
  'rules:',
  '  - id: build-in-ci',
  `    activity: ${BUILD}`,
  '    stage: 100%',
  '    says: The build runs in CI',
  "    signals: [{ ci: { run: '^npm run build' } }]",
  '  - id: deployment-in-ci',
  `    activity: ${DEPLOY}`,
  '    stage: 50%',
  '    says: CI deploys',
  "    signals: [{ ci: { run: '^helm upgrade' } }]",
].join('\n');

describe('Data centre: scan a repository folder', () => {
  let store: FakeAssessmentStore;
  let fixture: ComponentFixture<DataPage>;
  let root: HTMLElement;

  function open(rules = RULES, teams = ['Team A', 'Team B']): void {
    store = new FakeAssessmentStore(
      readyState(SMALL_MODEL, {
        teams,
        progress: { [BUILD]: { 'Team A': { stages: { 'Fully implemented': '2026-01-01' } } } },
      }),
    );
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideMemorySource({ ...SERVED_FILES, 'scan-rules.yaml': rules })],
    });
    fixture = TestBed.createComponent(DataPage);
    root = fixture.nativeElement;
    fixture.detectChanges();
  }

  function pickFolder(files: File[]): void {
    const input = root.querySelector<HTMLInputElement>('input[webkitdirectory]')!;
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  }

  it('proposes what the folder shows for the chosen team in the import preview, never below its stage', async () => {
    open();
    const before = store.state().assessment;
    pickFolder([
      folderFile(
        'shop/.github/workflows/ci.yml',
        'on: push\njobs:\n  ci:\n    steps:\n      - run: npm run build\n      - run: helm upgrade shop ./chart\n',
      ),
      folderFile('shop/node_modules/x/.github/workflows/ci.yml', 'on: push\njobs: {}\n'),
    ]);
    const review = await until(
      fixture,
      () => root.querySelector('app-import-review:has([aria-busy="false"])'),
      'the preview',
    );
    expect(review.textContent).toContain('Import "shop-scan.yaml": a DSOMM Studio backup');
    await until(fixture, () => document.activeElement === review.querySelector('h3'), 'the focus on the preview');
    expect(root.textContent).toContain(
      'shop for Team A: 1 stage proposed, 1 kept (the team is at that stage or above)',
    );
    expect(store.state().assessment).toBe(before);

    const teamA = review.querySelector('details')!;
    teamA.open = true;
    teamA.dispatchEvent(new Event('toggle'));
    await until(fixture, () => teamA.querySelector('.changes'), 'the activities of Team A');
    expect(teamA.textContent).toContain('Defined deployment process');
    expect(teamA.textContent).toContain('Added: Partly implemented reached');

    [...root.querySelectorAll('button')].find((b) => /Merge the file/.test(b.textContent ?? ''))!.click();
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    const progress = store.state().assessment.progress;
    expect(progress[BUILD]['Team A'].stages).toEqual({ 'Fully implemented': '2026-01-01' });
    expect(Object.values(progress[DEPLOY]['Team A'].stages)).toEqual([store.today()]);
    expect(store.state().assessment.evidence.map((e) => e.title)).toEqual([
      'shop: The build runs in CI',
      'shop: CI deploys',
    ]);
  });

  it('says so when the folder shows nothing the rules know', async () => {
    open();
    pickFolder([folderFile('empty/README.md', '# nothing\n')]);
    await until(fixture, () => root.textContent?.includes('the scan found nothing its rules know'), 'the message');
    expect(root.querySelector('app-import-review')).toBeNull();
  });

  it('says why when the scan cannot run, and a folder can be chosen again', async () => {
    open('rules:\n  - id: no-activity\n');
    pickFolder([folderFile('shop/Dockerfile', 'FROM node:20\n')]);
    await until(fixture, () => root.textContent?.includes('The scan failed: scan-rules.yaml'), 'the message');
    expect(root.querySelector('app-import-review')).toBeNull();
    const button = [...root.querySelectorAll('button')].find((b) =>
      /Choose a repository folder/.test(b.textContent ?? ''),
    );
    expect(button?.disabled).toBeFalse();
  });

  it('finds the team to scan for by name among 10,000 rather than rendering them all as options', async () => {
    open(
      RULES,
      Array.from({ length: 10_000 }, (_, i) => `Team ${i + 1}`),
    );
    const field = root.querySelector<HTMLInputElement>('app-scan-folder input[role=combobox]')!;
    expect(field.value).toBe('Team 1');
    expect(root.querySelectorAll('mat-option').length).toBe(0);
    field.dispatchEvent(new Event('focusin'));
    field.value = 'Team 9999';
    field.dispatchEvent(new Event('input'));
    const option = await until(
      fixture,
      () =>
        [...document.querySelectorAll<HTMLElement>('mat-option')].find((o) => o.textContent?.trim() === 'Team 9999'),
      'the option',
    );
    expect(document.querySelectorAll('mat-option:not(.more)').length).toBe(1);
    option.click();
    fixture.detectChanges();
    expect(root.querySelector('app-scan-folder code')?.textContent).toContain('"Team 9999"');
  });
});
