import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { CustomFilesPanel } from './custom-files-panel';
import { capProblems } from '../../domain/common/problem-cap';
import { notAppliedNotes } from '../../state/read-served';
import { aliasBomb } from '../../domain/testing/alias-bomb';
import { provideMemorySource } from '../../state/testing/memory-source';
import { until } from '../../shared/testing/until';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const SERVED: Readonly<Record<string, string>> = {
  'meta.yaml': [
    'teamProgressFile: team-progress.yaml',
    'teamEvidenceFile: team-evidence.yaml',
    'progressDefinition:',
    '  Not implemented: {score: 0%}',
    '  Fully implemented: {score: 100%}',
    'teams: [Team A]',
    'activityFiles: [default/model.yaml]',
  ].join('\n'),
  'default/model.yaml': `Build and Deployment:\n  Build:\n    Defined build process:\n      uuid: ${BUILD}\n      level: 1\n`,
};

describe('CustomFilesPanel', () => {
  let store: FakeAssessmentStore;
  let fixture: ComponentFixture<CustomFilesPanel>;
  let root: HTMLElement;

  beforeEach(() => {
    store = new FakeAssessmentStore(readyState(SMALL_MODEL));
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideMemorySource(SERVED)],
    });
    fixture = TestBed.createComponent(CustomFilesPanel);
    root = fixture.nativeElement;
    fixture.detectChanges();
  });

  function add(name: string, text: string): void {
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  }

  it('adds an overlay file that loads with the served model, and keeps it', async () => {
    add(
      'extra.yaml',
      'New dimension:\n  New sub:\n    New activity:\n      uuid: 0c0c0c0c-1111-4222-8333-444455556666\n      level: 1\n',
    );
    await until(fixture, () => store.state().assessment.customFiles.length === 1, 'the file to be kept');
    expect(store.state().assessment.customFiles[0].name).toBe('extra.yaml');
    expect(root.textContent).toContain('Added extra.yaml: the model now has 2 activities');
  });

  it('refuses a file the model does not load with, naming the file and the line; nothing is kept', async () => {
    add('broken.yaml', 'Build and Deployment:\n  Build:\n    Twin:\n      uuid: ' + BUILD + '\n      level: 9\n');
    const alert = await until(fixture, () => root.querySelector('[role="alert"]'), 'the refusal');
    expect(alert.textContent).toContain('"broken.yaml" was not added');
    expect(alert.textContent).toMatch(/broken\.yaml(, line \d+)?.*:/);
    expect(store.state().assessment.customFiles).toEqual([]);
  });

  it('refuses an alias bomb quickly, naming the file and the line', async () => {
    add('bomb.yaml', aliasBomb());
    const alert = await until(fixture, () => root.querySelector('[role="alert"]'), 'the refusal');
    expect(alert.textContent).toContain('"bomb.yaml" was not added');
    expect(alert.textContent).toMatch(/bomb\.yaml, line 4: The file uses YAML aliases .* \(a "YAML bomb"\)/);
    expect(store.state().assessment.customFiles).toEqual([]);
  });

  it('refuses a file with 210,000 problems, listing 200 and saying how many there are', async () => {
    // 10,000 activities, each with 21 problems: a level, 19 tags that are not text, no uuid.
    const tags = Array(19).fill('[]').join(', ');
    const lines = Array.from({ length: 10_000 }, (_, i) => `    a${i}: {level: x, tags: [${tags}]}`);
    add('wrong.yaml', `D:\n  S:\n${lines.join('\n')}\n`);
    const alert = await until(fixture, () => root.querySelector('[role="alert"]'), 'the refusal');
    expect(alert.textContent).toContain('"wrong.yaml" was not added');
    expect(alert.textContent).toContain('Showing 200 of 210,000 problems.');
    expect(alert.querySelectorAll('li').length).toBe(200);
    expect(alert.querySelector('li')?.textContent).toBe(
      "wrong.yaml, line 3, D > S > a0 > level: level must be a whole number, not 'x'.",
    );
  });

  it('lists 200 of the problems of a kept file that has 201,345, with the count', () => {
    const problems = Array.from({ length: 201_345 }, (_, i) => ({
      file: 'kept.yaml',
      line: i + 1,
      message: `problem ${i + 1}`,
      severity: 'error' as const,
    }));
    const state = store.state();
    store.set({
      ...state,
      assessment: { ...state.assessment, customFiles: [{ name: 'kept.yaml', text: 'x: 1' }] },
      // As readServed reports a custom file it left out: capped, then each marked as not applied.
      problems: notAppliedNotes(capProblems(problems)),
    });
    fixture.detectChanges();
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('aria-label')).toBe('Why kept.yaml is not applied');
    expect(alert.textContent).toContain('Showing 200 of 201,345 problems.');
    expect(alert.querySelectorAll('li').length).toBe(200);
  });

  it('shows the load errors of a kept file that the model no longer accepts, and removes it on request', async () => {
    const state = store.state();
    store.set({
      ...state,
      assessment: { ...state.assessment, customFiles: [{ name: 'old.yaml', text: 'x: 1' }] },
      problems: [
        {
          file: 'old.yaml',
          line: 1,
          message: 'Custom activity file not applied: something is wrong',
          severity: 'warning',
          code: 'custom-file-not-applied',
        },
      ],
    });
    fixture.detectChanges();
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('old.yaml, line 1: Custom activity file not applied: something is wrong');
    expect(root.textContent).toContain('not applied');

    root.querySelector<HTMLButtonElement>('button[aria-label="Remove old.yaml"]')!.click();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    expect(await dialog.getContentText()).toContain(
      'Progress and evidence recorded on its activities stay in the data',
    );
    [...document.querySelectorAll<HTMLButtonElement>('mat-dialog-actions button')]
      .find((b) => /Remove file/.test(b.textContent ?? ''))!
      .click();
    await until(fixture, () => store.state().assessment.customFiles.length === 0, 'the removal');
    expect(root.textContent).toContain('Removed old.yaml.');
  });
});
