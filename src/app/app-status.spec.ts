import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SMALL_MODEL } from './domain/testing/model-fixture';
import { SetAsideItem } from './domain/persisted/set-aside-item';
import { FakeAssessmentStore, provideFakeStore, readyState } from './state/testing/fake-assessment-store';
import { AppStatus, SET_ASIDE_WRITER } from './app-status';

const SET_ASIDE: SetAsideItem = {
  path: ['progress', SMALL_MODEL.activities[0].uuid, 'Team A'],
  reason: 'expected a map of stage -> date',
  value: 'oops',
  savedAt: Date.UTC(2026, 0, 2),
};

describe('AppStatus, data set aside', () => {
  let store: FakeAssessmentStore;
  let downloads: string[];

  function setUp(writer?: () => Promise<never>): HTMLElement {
    store = new FakeAssessmentStore({ ...readyState(SMALL_MODEL), recovery: { items: [SET_ASIDE] } });
    TestBed.configureTestingModule({
      providers: [
        provideFakeStore(store),
        provideRouter([]),
        ...(writer ? [{ provide: SET_ASIDE_WRITER, useValue: writer }] : []),
      ],
    });
    downloads = [];
    spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    const fixture = TestBed.createComponent(AppStatus);
    fixture.autoDetectChanges();
    return fixture.nativeElement;
  }

  const download = (root: HTMLElement) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Download the unreadable data'))!;

  it('downloads the set-aside data as a backup file', async () => {
    const root = setUp();
    download(root).click();
    await TestBed.inject(SET_ASIDE_WRITER)();
    await new Promise((resolve) => setTimeout(resolve));
    expect(downloads).toEqual([jasmine.stringMatching(/^dsomm-studio-set-aside-\d{4}-\d{2}-\d{2}\.yaml$/)]);
    expect(root.querySelector('.failed')?.textContent?.trim()).toBe('');
  });

  it('says so when the writer of the file cannot be loaded (offline), and keeps the data', async () => {
    const root = setUp(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    download(root).click();
    await new Promise((resolve) => setTimeout(resolve));
    const failed = root.querySelector('.failed')!;
    expect(failed.textContent).toContain('The download could not be prepared');
    expect(failed.textContent).toContain('Reload the page while online');
    // Said once: the panel is the one live region (before, an alert inside the alert read it twice),
    // and reads out what is added rather than the whole panel again.
    const panel = failed.closest('[role="alert"]')!;
    expect(panel.querySelectorAll('[role="alert"], [role="status"], [aria-live]').length).toBe(0);
    expect(panel.getAttribute('aria-atomic')).toBe('false');
    expect(downloads).toEqual([]);
    expect(store.state().recovery?.items).toEqual([SET_ASIDE]);
    expect(root.textContent).toContain('Part of your saved browser data could not be read');
  });

  it('brings a notice into view, where a press far down the page would not see it', async () => {
    const root = setUp();
    const scrolled: Element[] = [];
    spyOn(Element.prototype, 'scrollIntoView').and.callFake(function (this: Element) {
      scrolled.push(this);
    });
    store.notify('The Excel file could not be written: part of the app did not load.');
    await TestBed.inject(ApplicationRef).whenStable();
    const notice = root.querySelector('[role="status"]')!;
    expect(notice.textContent).toContain('The Excel file could not be written');
    expect(scrolled).toEqual([notice]);
    // The notice stays while the user goes on: a change of anything else (here, a stage set far down
    // the page) must not pull the page back up to it.
    store.update((assessment) => ({ ...assessment, progress: { ...assessment.progress } }));
    await TestBed.inject(ApplicationRef).whenStable();
    expect(scrolled).toEqual([notice]);
  });

  it('brings the same notice into view again when it is sent again (a second failed press)', async () => {
    const root = setUp();
    const scrolled: Element[] = [];
    spyOn(Element.prototype, 'scrollIntoView').and.callFake(function (this: Element) {
      scrolled.push(this);
    });
    store.notify('The Excel file could not be written: part of the app did not load.');
    await TestBed.inject(ApplicationRef).whenStable();
    store.notify('The Excel file could not be written: part of the app did not load.');
    await TestBed.inject(ApplicationRef).whenStable();
    const notice = root.querySelector('[role="status"]')!;
    expect(scrolled).toEqual([notice, notice]);
  });
});
